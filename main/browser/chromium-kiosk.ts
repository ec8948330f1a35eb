// Chromium as the browser shell's kiosk window: found, started in kiosk mode on a launch address,
// and started again on a fresh one whenever it ends (a crash, or Alt+F4 from a passer-by), since a
// kiosk with no window is no kiosk. Only the launcher ending stops it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Log } from '../shared/dispatch';
import { RestartPacer } from './restart-pacer';

export function findChromium(env: NodeJS.ProcessEnv): string | null {
  const candidates = [env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

function kioskFlags(launchUrl: string, dataDir: string): string[] {
  return [
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
    // Reopened after a crash, Chromium would otherwise offer to restore the last pages over the kiosk.
    '--hide-crash-restore-bubble',
    '--overscroll-history-navigation=0',
    // Chromium refuses to start as root without this; a real kiosk runs as an ordinary user.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ];
}

export interface ChromiumKioskOptions {
  binary: string;
  dataDir: string;
  /** A fresh launch address for each start: the last one's code is spent or has expired. */
  launchUrl(): Promise<string>;
  log: Log;
}

/** Keeps a kiosk window open; the answer closes it for good. */
export function keepChromiumOpen({ binary, dataDir, launchUrl, log }: ChromiumKioskOptions): { stop(): Promise<void> } {
  const pacer = new RestartPacer();
  let running: ChildProcess | undefined;
  let stopping = false;
  let restartTimer: NodeJS.Timeout | undefined;

  async function open(): Promise<void> {
    const url = await launchUrl();
    if (stopping) return;
    pacer.started();
    const chromium = spawn(binary, kioskFlags(url, dataDir), { stdio: 'ignore' });
    running = chromium;
    chromium.on('error', (err) => {
      log('Chromium could not start', { error: err.message });
      // Never started, so it will not exit either: nothing to wait for when stopping.
      if (chromium.pid === undefined) running = undefined;
    });
    chromium.on('exit', (code, signal) => {
      running = undefined;
      if (stopping) return;
      const delayMs = pacer.delayMs();
      log('Chromium ended, opening it again', { code, signal, delayMs });
      restartTimer = setTimeout(() => void open(), delayMs);
    });
  }

  void open();
  return {
    stop() {
      stopping = true;
      clearTimeout(restartTimer);
      const chromium = running;
      if (!chromium) return Promise.resolve();
      return new Promise((resolve) => {
        chromium.once('exit', () => resolve());
        chromium.kill('SIGTERM');
      });
    },
  };
}
