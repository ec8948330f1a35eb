// `npm start`: the Electron kiosk where Electron's binary is installed; otherwise the browser shell,
// opened in Chromium's kiosk mode when a Chromium is found, else its address printed.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { appVersion, defaultDataDir, findAppRoot } from './shared/install-locations';
import { installedElectronBinary } from './electron/installed-binary';
import { createKiosk } from './services/kiosk';
import { startWebHost } from './browser/web-host';

function findChromium(env: NodeJS.ProcessEnv): string | null {
  const candidates = [env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

async function startBrowserShell(appRoot: string): Promise<void> {
  const dataDir = defaultDataDir();
  const kiosk = await createKiosk({ dataDir, appRoot, shell: 'browser', version: appVersion(appRoot) });
  const host = await startWebHost({
    kiosk,
    rendererDir: join(appRoot, 'build', 'renderer'),
    port: process.env.KIOSK_PORT ? Number(process.env.KIOSK_PORT) : 0,
    log: (message, context) => console.error(message, context ?? ''),
  });
  const shutdown = async () => {
    await host.close();
    await kiosk.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());

  const chromium = findChromium(process.env);
  const hasDisplay = process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
  if (!chromium || !hasDisplay) {
    console.log(`Kiosk running at ${host.launchUrl()}  (data: ${dataDir}; Ctrl-C stops it)`);
    return;
  }
  const flags = [
    '--kiosk',
    `--app=${host.launchUrl()}`,
    `--user-data-dir=${join(dataDir, 'chromium-profile')}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // A kiosk in two languages must never be offered Chromium's own translation bar.
    '--disable-features=Translate,TranslateUI',
    // Fill the screen even where no window manager honours --kiosk.
    '--start-fullscreen',
    '--noerrdialogs',
    '--overscroll-history-navigation=0',
    // Chromium refuses to start as root without this; a real kiosk runs as an ordinary user.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ];
  console.log(`Kiosk running at ${host.origin} in ${chromium} (data: ${dataDir})`);
  spawn(chromium, flags, { stdio: 'ignore' }).on('exit', () => void shutdown());
}

async function main(): Promise<void> {
  const appRoot = findAppRoot();
  const electron = installedElectronBinary(appRoot);
  if (electron) {
    const child = spawn(electron, [appRoot], { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }
  console.log('Electron binary not installed here (see README); starting the browser shell instead.');
  await startBrowserShell(appRoot);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
