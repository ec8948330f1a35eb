// The Electron shell end to end, where the binary exists: the kiosk window opens on the home
// screen, the page gets window.kiosk and nothing of Node, and the contract answers over IPC.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import type { KioskBridge } from '../../preload/contract';
import { electronMissing, REPO_ROOT as ROOT } from './electron-binary';

const DEFAULT_CONFIG = JSON.parse(readFileSync(join(ROOT, 'resources', 'config', 'default-terminal.json'), 'utf8')) as { court: { name: Record<string, string> } };

test.skip(electronMissing !== null, electronMissing ?? '');

test('the kiosk window opens on the home screen with only the kiosk bridge', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-electron-'));
  const app = await electron.launch({ args: [join(ROOT, 'build', 'main', 'index.js')], env: { ...process.env, KIOSK_DATA_DIR: dataDir } });
  try {
    const page = await app.firstWindow();
    await expect(page).toHaveURL('app://kiosk/index.html');
    await expect(page.getByText(DEFAULT_CONFIG.court.name['zh-CN']!)).toBeVisible();

    const globals = await page.evaluate(() => ({ kiosk: typeof (window as unknown as { kiosk?: unknown }).kiosk, process: typeof process, require: typeof require }));
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
