// `npm start`: the Electron kiosk where Electron's binary is installed; otherwise the browser shell,
// opened in Chromium's kiosk mode when a Chromium and a display are found, else its address
// printed. The browser shell's web host runs in a child process (this same program, run with
// HOST_PROCESS_ARG); the launcher starts it, and Chromium, again whenever either dies.
import { spawn } from 'node:child_process';
import { appVersion, defaultDataDir, findAppRoot } from './shared/install-locations';
import { installedElectronBinary } from './electron/installed-binary';
import type { Log } from './shared/dispatch';
import { findChromium, keepChromiumOpen } from './browser/chromium-kiosk';
import { HOST_PROCESS_ARG, runHostProcess } from './browser/host-process';
import { superviseHost } from './browser/host-supervisor';

/** The printed address is for a person to copy: its code is on this terminal only, never on a command line. */
const PRINTED_CODE_LIFETIME_MS = 8 * 3600_000;

/** One line each, context as JSON, so an operator (or a test) can read it back. */
const log: Log = (message, context) => console.error(context ? `${message} ${JSON.stringify(context)}` : message);

async function startBrowserShell(appRoot: string, launcher: string): Promise<void> {
  const dataDir = defaultDataDir();
  const host = superviseHost({
    script: launcher,
    args: [HOST_PROCESS_ARG],
    settings: { dataDir, appRoot, version: appVersion(appRoot), port: process.env.KIOSK_PORT ? Number(process.env.KIOSK_PORT) : 0 },
    log,
  });
  // Nothing to close until Chromium is opened, below.
  let closeWindow = (): Promise<void> => Promise.resolve();
  const shutdown = async () => {
    await closeWindow();
    await host.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
  const origin = await host.ready;

  const chromium = findChromium(process.env);
  const hasDisplay = process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
  if (!chromium || !hasDisplay) {
    console.log(`Kiosk running at ${await host.launchUrl(PRINTED_CODE_LIFETIME_MS)}  (data: ${dataDir}; its code opens one tab; Ctrl-C stops it)`);
    return;
  }
  console.log(`Kiosk running at ${origin} in ${chromium} (data: ${dataDir}; Ctrl-C stops it)`);
  const kioskWindow = keepChromiumOpen({ binary: chromium, dataDir, launchUrl: () => host.launchUrl(), log });
  closeWindow = () => kioskWindow.stop();
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
