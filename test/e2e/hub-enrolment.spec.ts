// Enrolling a terminal with the court's hub from the admin console: the hub's address and a one-time
// code; a refused code is said plainly and changes nothing; once enrolled the console shows the link.
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHub, type Hub } from '../../hub/server/hub';
import { createHubServer } from '../../hub/server/http-server';
import { openPgliteStore } from '../../hub/server/pglite-store';
import { migrate } from '../../hub/server/store';
import { checkScreen, expect, openKiosk, test } from './fixtures';
import { ADMIN_PIN, provisionAdmin, signInOnScreen } from './staff-steps';

test.slow();

let hub: Hub;
let hubUrl: string;
let stopHub: () => Promise<void>;
test.beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hub-e2e-'));
  const store = await openPgliteStore(join(dir, 'pglite'));
  await migrate(store);
  hub = await createHub({ store, appRoot: resolve(__dirname, '../..'), signingKeyFile: join(dir, 'signing-key.pem'), secretKeyFile: join(dir, 'secret-key') });
  const server = createHubServer(hub, { consoleDir: null, log: () => undefined });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  hubUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  stopHub = async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  };
});
test.afterAll(() => stopHub());

test('an admin enrols the terminal with the hub from the console', async ({ page, kiosk }) => {
  await provisionAdmin(kiosk);
  await openKiosk(page, kiosk);
  await signInOnScreen(page, 'Administrator', ADMIN_PIN);
  await page.getByRole('button', { name: '终端设置与统计' }).click();
  await page.getByRole('button', { name: '集中管理平台' }).click();
  await expect(page.getByText('本机尚未登记到集中管理平台，目前独立运行。')).toBeVisible();

  await page.getByRole('textbox', { name: '平台地址' }).fill(hubUrl);
  await page.getByRole('textbox', { name: '一次性登记码' }).fill('AAAA-BBBB-CCCC');
  await page.getByRole('button', { name: '登记本机' }).click();
  await expect(page.getByRole('alert')).toContainText('登记码无效、已用过或已过期');
  expect(await hub.terminals.list()).toEqual([]);

  await page.getByRole('textbox', { name: '一次性登记码' }).fill(await hub.newEnrolmentCode('terminal', { site: '沂源县 巡回法庭', group: 'villages' }));
  await page.getByRole('button', { name: '登记本机' }).click();
  const link = page.locator('[data-hub-link=enrolled]');
  await expect(link).toContainText('沂源县 巡回法庭');
  await expect(link).toContainText('villages');
  await expect(page.getByRole('button', { name: '重新登记' })).toBeVisible();
  // It reported at once: the hub sees the terminal's heartbeat.
  expect((await hub.terminals.list())[0]).toMatchObject({
    id: 'KIOSK-01',
    site: '沂源县 巡回法庭',
    heartbeat: expect.objectContaining({ courtReachable: true }),
  });
  await checkScreen(page, 'admin-hub-zh');
});
