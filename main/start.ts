// `npm start`: the Electron kiosk where Electron's binary is installed; otherwise the browser shell,
// opened in Chromium's kiosk mode when a Chromium is found, else its address printed. The browser
// shell's web host runs in a child process (this same program, run with HOST_PROCESS_ARG) that the
// launcher starts again whenever it dies.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { appVersion, defaultDataDir, findAppRoot } from './shared/install-locations';
import { installedElectronBinary } from './electron/installed-binary';
import type { Log } from './shared/dispatch';
import { HOST_PROCESS_ARG, runHostProcess } from './browser/host-process';
import { superviseHost } from './browser/host-supervisor';

/** One line each, context as JSON, so an operator (or a test) can read it back. */
const log: Log = (message, context) => console.error(context ? `${message} ${JSON.stringify(context)}` : message);

function findChromium(env: NodeJS.ProcessEnv): string | null {
  const candidates = [env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

async function startBrowserShell(appRoot: string, launcher: string): Promise<void> {
  const dataDir = defaultDataDir();
  const host = superviseHost({
    script: launcher,
    args: [HOST_PROCESS_ARG],
    settings: { dataDir, appRoot, version: appVersion(appRoot), port: process.env.KIOSK_PORT ? Number(process.env.KIOSK_PORT) : 0 },
    log,
  });
  const shutdown = async () => {
    await host.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
  const { origin, launchUrl } = await host.ready;

  const chromium = findChromium(process.env);
  const hasDisplay = process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
  if (!chromium || !hasDisplay) {
    console.log(`Kiosk running at ${launchUrl}  (data: ${dataDir}; Ctrl-C stops it)`);
    return;
  }
  const flags = [
    '--kiosk',
    `--app=${launchUrl}`,
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
  console.log(`Kiosk running at ${origin} in ${chromium} (data: ${dataDir})`);
  spawn(chromium, flags, { stdio: 'ignore' }).on('exit', () => void shutdown());
}

async function main(): Promise<void> {
  const [launcher = '', role] = process.argv.slice(1);
  if (role === HOST_PROCESS_ARG) return runHostProcess(log);
  const appRoot = findAppRoot();
  // KIOSK_SHELL=browser: the browser shell even where Electron is installed (a test, a machine whose GPU Electron dislikes).
  const electron = process.env.KIOSK_SHELL === 'browser' ? null : installedElectronBinary(appRoot);
  if (electron) {
    const child = spawn(electron, [appRoot], { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }
  if (process.env.KIOSK_SHELL !== 'browser') console.log('Electron binary not installed here (see README); starting the browser shell instead.');
  await startBrowserShell(appRoot, launcher);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
