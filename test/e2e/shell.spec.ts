// The browser shell as the page meets it: the launch code traded for the token and taken out of the
// address, a spent code refused in words, a reload that still gets in, and a page that reloads
// itself when its host comes back on the same address with the same token (as the launcher's
// supervisor restarts it).
import { resolve } from 'node:path';
import { createKiosk } from '../../main/services/kiosk';
import { startWebHost } from '../../main/browser/web-host';
import { checkScreen, expect, test } from './fixtures';

const HOME = '.service-grid, .home__none';

test('trades the launch code, gets in again after a reload, and reloads when the host comes back', async ({ page, kiosk, browser }) => {
  const launchUrl = kiosk.launchUrl();
  await page.goto(launchUrl);
  await expect(page.locator(HOME)).toBeVisible();
  expect(page.url()).toBe(kiosk.host.origin);

  // The same address in another window (someone who read it in `ps` and came second): nothing.
  const second = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const intruder = await second.newPage();
  await intruder.goto(launchUrl);
  await expect(intruder.getByRole('alert').filter({ hasText: '访问没有得到授权，请重新启动自助机。' })).toBeVisible();
  await checkScreen(intruder, 'launch-code-refused');
  await second.close();
  await page.reload();
  await expect(page.locator(HOME)).toBeVisible();

  // The host dies and a new one takes its place: same port, same data, same token.
  await page.evaluate(() => ((window as unknown as { beforeRestart: boolean }).beforeRestart = true));
  await kiosk.host.close();
  const restarted = await createKiosk({ dataDir: kiosk.dataDir, appRoot: resolve(__dirname, '../..'), shell: 'browser', version: 'e2e', log: () => undefined });
  const host = await startWebHost({
    kiosk: restarted,
    rendererDir: process.env.E2E_RENDERER_DIR ?? resolve(__dirname, '../../build/renderer'),
    port: Number(new URL(kiosk.host.origin).port),
    token: kiosk.host.token,
    log: () => undefined,
  });
  try {
    await expect.poll(() => page.evaluate(() => 'beforeRestart' in window).catch(() => true)).toBe(false);
    await expect(page.locator(HOME)).toBeVisible();
    expect(page.url()).toBe(kiosk.host.origin);
  } finally {
    await host.close();
    await restarted.close();
  }
});
