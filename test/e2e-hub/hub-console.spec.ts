// The hub console by touch, in both languages, axe-clean: the first admin's account from the code
// `npm run hub` prints, terminals by site with their alerts, the configuration editor with its diff
// and a refused value, and the submissions inbox with statistics.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { signedHeaders } from '../../main/services/hub/request-signature';
import { createHub, type Hub } from '../../hub/server/hub';
import { createHubServer } from '../../hub/server/http-server';
import { openPgliteStore } from '../../hub/server/pglite-store';
import { migrate } from '../../hub/server/store';

const ROOT = resolve(__dirname, '../..');
const SHOTS = join(ROOT, 'test', 'artifacts', 'hub');
let hub: Hub;
let url: string;
let stop: () => Promise<void>;

async function asTerminal(path: string, body: unknown, who: { terminalId: string; secret: string }) {
  const text = JSON.stringify(body);
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signedHeaders(who, 'POST', path, text, new Date()) },
    body: text,
  });
  expect(res.status).toBe(200);
}

test.beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hub-e2e-'));
  const store = await openPgliteStore(join(dir, 'pglite'));
  await migrate(store);
  hub = await createHub({ store, appRoot: ROOT, signingKeyFile: join(dir, 'signing-key.pem'), secretKeyFile: join(dir, 'secret-key') });
  const server = createHubServer(hub, { consoleDir: process.env.HUB_CONSOLE_DIR ?? join(ROOT, 'build', 'hub-console'), log: (m, c) => console.error(m, c) });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  stop = async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  };
  // The account the later tests sign in with; the first test makes its own through the screens.
  await hub.accounts.enrol({ code: await hub.newEnrolmentCode('admin', null), account: 'it.staff', password: 'correct horse battery' });
  // Two village terminals: one well, one out of paper; one filing received.
  for (const [id, printer] of [
    ['ZB-YY-01', 'ready'],
    ['ZB-YY-02', 'paperOut'],
  ] as const) {
    const me = await hub.terminals.enrol({ code: await hub.newEnrolmentCode('terminal', { site: '沂源县 巡回法庭', group: 'villages' }), terminalId: id });
    await asTerminal(
      '/terminal/v1/heartbeat',
      {
        softwareVersion: '0.1.0',
        courtReachable: true,
        outbox: { depth: 2, oldestAgeSeconds: 30 },
        printers: [{ role: 'receipt', name: 'TM-T88', state: printer }],
        diskFreeBytes: 2 ** 34,
        configVersion: null,
        dataVersion: null,
        auditHead: { id: 5, hash: 'a'.repeat(64) },
      },
      me,
    );
    await asTerminal(
      '/court/v1/submissions',
      {
        submissions: [
          {
            key: `${id}-k1`,
            kind: 'filing',
            receiptNo: `${id}-20261207-0001`,
            createdAt: new Date().toISOString(),
            payload: { plaintiff: '张建国' },
            auditHead: null,
          },
        ],
      },
      me,
    );
  }
});
test.afterAll(() => stop());

async function axeClean(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function signIn(page: Page) {
  await page.goto(url);
  await page.getByRole('textbox', { name: '账号' }).fill('it.staff');
  await page.getByLabel('密码', { exact: true }).fill('correct horse battery');
  await page.getByRole('button', { name: '登录', exact: true }).last().tap();
  await expect(page.getByRole('heading', { name: '终端状况' })).toBeVisible();
}

test('the first admin makes an account with the printed code, signs in and sees terminals by site with their alerts', async ({ page }) => {
  const code = await hub.newEnrolmentCode('admin', null);
  await page.goto(url);
  await axeClean(page);
  await page.getByRole('button', { name: '用登记码新建账号' }).tap();
  await page.getByLabel('一次性登记码').fill(code);
  await page.getByRole('textbox', { name: '账号' }).fill('it.admin');
  await page.getByLabel('密码', { exact: true }).fill('short');
  await page.getByRole('button', { name: '建立账号' }).tap();
  await expect(page.getByRole('alert')).toHaveText('密码太短，至少需要 10 个字符。');
  await page.getByLabel('密码', { exact: true }).fill('correct horse battery');
  await page.getByRole('button', { name: '建立账号' }).tap();
  await expect(page.getByRole('status')).toHaveText('账号已建好，请登录。');
  await page.getByRole('button', { name: '登录', exact: true }).last().tap();
  await expect(page.getByRole('heading', { name: '终端状况' })).toBeVisible();
  const site = page.getByRole('region', { name: '沂源县 巡回法庭' });
  await expect(site.locator('[data-terminal="ZB-YY-02"] [data-alert="paperOut"]')).toHaveText('缺纸');
  await expect(site.locator('[data-terminal="ZB-YY-01"] [data-status]')).toHaveText('正常');
  await page.getByLabel('站点').fill('博山区 诉讼服务中心');
  await page.getByLabel('分组', { exact: true }).fill('centre');
  await page.getByRole('button', { name: '生成登记码' }).tap();
  await expect(page.locator('[data-enrolment-code]')).toHaveText(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await axeClean(page);
  await page.screenshot({ path: join(SHOTS, 'terminals-zh.png'), fullPage: true });
});

test('the configuration editor shows the diff, refuses a bad value naming it, and rolls out to the group', async ({ page }) => {
  await signIn(page);
  await page.getByRole('button', { name: '设置下发' }).tap();
  const editor = page.getByLabel('该组的设置（JSON）');
  await editor.fill('{"idle": {"timeoutSeconds": 5');
  await page.getByRole('button', { name: '查看改动' }).tap();
  await expect(page.getByRole('alert')).toHaveText('编辑框里的内容不是有效的 JSON 对象，请检查括号、引号和逗号。');
  await editor.fill('{"idle": {"timeoutSeconds": 5, "countdownSeconds": 20}}');
  await page.getByRole('button', { name: '查看改动' }).tap();
  await expect(page.getByRole('alert')).toContainText('idle.timeoutSeconds');
  await editor.fill('{"idle": {"timeoutSeconds": 120, "countdownSeconds": 20}}');
  await page.getByRole('button', { name: '查看改动' }).tap();
  await expect(page.locator('[data-section="idle"] .diff__after')).toContainText('120');
  await axeClean(page);
  await page.getByRole('button', { name: '下发到 villages 组' }).tap();
  await expect(page.getByRole('status')).toContainText('已下发到 villages 组');
  expect((await hub.configs.groupPatch('villages')).idle).toEqual({ timeoutSeconds: 120, countdownSeconds: 20 });
  await page.getByRole('button', { name: 'English' }).tap();
  await expect(page.getByRole('heading', { name: 'Configuration' })).toBeVisible();
  await page.getByRole('button', { name: 'Show changes' }).tap();
  await expect(page.getByText('The same as what the group has now: nothing changes.')).toBeVisible();
  await axeClean(page);
  await page.screenshot({ path: join(SHOTS, 'config-en.png'), fullPage: true });
});

test('the inbox lists what the terminals delivered, and statistics chart it', async ({ page }) => {
  await signIn(page);
  await page.getByRole('button', { name: '收件箱' }).tap();
  await expect(page.locator('[data-submission]')).toHaveCount(2);
  await expect(page.getByRole('link', { name: '导出 CSV' })).toHaveAttribute('href', /format=csv/);
  await axeClean(page);
  await page.screenshot({ path: join(SHOTS, 'inbox-zh.png'), fullPage: true });
  await page.getByRole('button', { name: '统计' }).tap();
  await expect(page.getByRole('img', { name: '每日收到材料数量柱状图' })).toBeVisible();
  await expect(page.locator('.tile--attention .tile__number')).toHaveText('1');
  await axeClean(page);
  await page.screenshot({ path: join(SHOTS, 'statistics-zh.png'), fullPage: true });
});

test('the data-package editor opens with a package the hub accepts, and says in words why an edit is refused', async ({ page }) => {
  await signIn(page);
  await page.getByRole('button', { name: '法律数据包' }).tap();
  const editor = page.getByLabel('内容（JSON）');
  // Before any package, it opens with the one-year LPR rows the terminals ship with, in the package's form.
  await expect(editor).toHaveValue(/"lprOneYear": \[\s*\{\s*"from": "2019-08-20",\s*"percent": "4\.25"/);
  const draft = await editor.inputValue();
  await page.getByLabel('版本号').fill('2027.1.0');
  // A rate with one decimal: the part, the row and the field, and what to write instead.
  await editor.fill(draft.replace('"percent": "4.25"', '"percent": "4.2"'));
  await page.getByRole('button', { name: '核验、签名并发布' }).tap();
  await expect(page.getByRole('alert')).toHaveText(
    '数据包未通过核验，没有发布。问题在：一年期 LPR › 第 1 项 › “percent”。写法不对。利率写成两位小数，如 3.00；其他项请照当前数据包的写法。',
  );
  await axeClean(page);
  await page.screenshot({ path: join(SHOTS, 'packages-refused-zh.png'), fullPage: true });
  expect(await hub.packages.latest()).toBeNull();
  // As it opened, it publishes.
  await editor.fill(draft);
  await page.getByRole('button', { name: '核验、签名并发布' }).tap();
  await expect(page.getByRole('status')).toHaveText('数据包 2027.1.0 已签名发布，终端下次联系时更新。');
  await page.getByRole('button', { name: 'English' }).tap();
  await page.getByLabel('Content (JSON)').fill('{"lprOneYear": []}');
  await page.getByLabel('Version').fill('2027.1.1');
  await page.getByRole('button', { name: 'Check, sign and publish' }).tap();
  await expect(page.getByRole('alert')).toHaveText(
    'The package failed its checks and was not published. The problem is in: One-year LPR. This list cannot be empty; it needs at least one item.',
  );
  await axeClean(page);
  await page.screenshot({ path: join(SHOTS, 'packages-refused-en.png'), fullPage: true });
});
