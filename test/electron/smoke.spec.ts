// The Electron shell end to end, where the binary exists: the kiosk window opens on the home
// screen, the page gets window.kiosk and nothing of Node, and the contract answers over IPC; only a
// signed-in admin may leave kiosk mode or quit, and quitting ends the process cleanly.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type Locator } from '@playwright/test';
import type { KioskBridge } from '../../contract';
import { electronMissing, REPO_ROOT as ROOT } from './electron-binary';

const DEFAULT_CONFIG = JSON.parse(readFileSync(join(ROOT, 'resources', 'config', 'default-terminal.json'), 'utf8')) as {
  court: { name: Record<string, string> };
};

test.skip(electronMissing !== null, electronMissing ?? '');

test('the kiosk window opens on the home screen with only the kiosk bridge', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-electron-'));
  const app = await electron.launch({ args: [join(ROOT, 'build', 'main', 'index.js')], env: { ...process.env, KIOSK_DATA_DIR: dataDir } });
  try {
    const page = await app.firstWindow();
    await expect(page).toHaveURL('app://kiosk/index.html');
    await expect(page.getByText(DEFAULT_CONFIG.court.name['zh-CN']!)).toBeVisible();

    const globals = await page.evaluate(() => ({
      kiosk: typeof (window as unknown as { kiosk?: unknown }).kiosk,
      process: typeof process,
      require: typeof require,
    }));
    expect(globals).toEqual({ kiosk: 'object', process: 'undefined', require: 'undefined' });

    const info = await page.evaluate(() => (window as unknown as { kiosk: KioskBridge }).kiosk.invoke('app.info', {}));
    expect(info).toMatchObject({ ok: true, value: { shell: 'electron' } });

    // setWindowOpenHandler denies every new window.
    expect(await page.evaluate(() => window.open('app://kiosk/index.html') === null)).toBe(true);
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

/** Types a PIN on the pad inside a sign-in dialog. */
async function typePin(dialog: Locator, pin: string): Promise<void> {
  const keypad = dialog.getByRole('group', { name: /数字键盘|Number keypad/ });
  for (const digit of pin) await keypad.getByRole('button', { name: digit, exact: true }).click();
}

test('only an admin may leave kiosk mode or quit; an admin who quits ends the app with exit code 0', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-electron-'));
  const app = await electron.launch({ args: [join(ROOT, 'build', 'main', 'index.js')], env: { ...process.env, KIOSK_DATA_DIR: dataDir } });
  const exited = new Promise<number | null>((resolve) => app.process().once('exit', (code) => resolve(code)));
  try {
    const page = await app.firstWindow();
    const courtName = page.getByText(DEFAULT_CONFIG.court.name['zh-CN']!);
    await expect(courtName).toBeVisible();

    // A litigant is offered neither, and main refuses both when asked directly; the app stays up.
    await expect(page.getByRole('button', { name: '关闭程序' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: '退出全屏锁定' })).toHaveCount(0);
    for (const method of ['app.quit', 'app.leaveKioskMode'] as const) {
      const answer = await page.evaluate((m) => (window as unknown as { kiosk: KioskBridge }).kiosk.invoke(m, {}), method);
      expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    await expect(courtName).toBeVisible();

    // The default admin: three seconds on the court's name, their name, the PIN, the new PIN a first sign-in requires.
    await page.locator('[data-staff-gesture]').hover();
    await page.mouse.down();
    await page.waitForTimeout(3300);
    await page.mouse.up();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^Administrator（/ })
      .click();
    const signIn = page.getByRole('dialog', { name: '工作人员登录' });
    await typePin(signIn, '000000');
    await signIn.getByRole('button', { name: '登录' }).click();
    for (const name of ['请设置新密码', '请再输入一次新密码']) {
      const dialog = page.getByRole('dialog', { name });
      await typePin(dialog, '582913');
      await dialog.getByRole('button', { name: '确定' }).click();
    }
    await expect(page.getByRole('heading', { name: '工作人员菜单' })).toBeVisible();
    await expect(page.getByRole('button', { name: '退出全屏锁定' })).toBeVisible();

    await page.getByRole('button', { name: '关闭程序' }).click();
    expect(await exited).toBe(0);
  } finally {
    // Closing an app that has already exited has nothing left to do.
    await app.close().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
