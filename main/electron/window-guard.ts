// Keeps the kiosk window up: it cannot be closed while the terminal is in kiosk mode, a crashed
// renderer is reloaded (the app relaunched when it keeps crashing), and a frozen one is ended after
// a grace period so that reload can happen.
// Takes the window through the constructor so Node tests drive it with a fake.
import type { BrowserWindow, WebContents } from 'electron';
import type { Log } from '../shared/dispatch';
import { CrashBudget } from './crash-budget';

export interface GuardedWindow extends Pick<BrowserWindow, 'on' | 'setKiosk' | 'isDestroyed'> {
  webContents: Pick<WebContents, 'on' | 'loadURL' | 'forcefullyCrashRenderer'>;
}

export interface WindowGuardOptions {
  entryUrl: string;
  kioskMode: boolean;
  log: Log;
  /** How long a renderer may hang (a long print job, a slow disk) before it is replaced. */
  unresponsiveGraceMs?: number;
  /** Pause before reloading, so a renderer that dies at once cannot spin the CPU. */
  reloadDelayMs?: number;
  /** Restarts the whole app: for a renderer that has crashed past its budget. */
  relaunch(): void;
  renderCrashes?: CrashBudget;
}

export class WindowGuard {
  private kioskMode: boolean;
  private quitting = false;
  private frozen: NodeJS.Timeout | undefined;

  constructor(
    private readonly window: GuardedWindow,
    { entryUrl, kioskMode, log, unresponsiveGraceMs = 15_000, reloadDelayMs = 1_000, relaunch, renderCrashes = new CrashBudget() }: WindowGuardOptions,
  ) {
    this.kioskMode = kioskMode;
    const contents = window.webContents;
    // Alt+F4, the window manager, a stray close(): in kiosk mode only the app itself may quit.
    window.on('close', (event) => {
      if (this.kioskMode && !this.quitting) {
        event.preventDefault();
        log('refused to close the kiosk window');
      }
    });
    // A reload starts at the home screen: the visit that crashed is wiped like an idle one.
    contents.on('render-process-gone', (_event, details) => {
      clearTimeout(this.frozen);
      if (renderCrashes.overspent()) {
        log('renderer keeps dying: relaunching the app', { reason: details.reason, exitCode: details.exitCode });
        return relaunch();
      }
      log('renderer gone, reloading', { reason: details.reason, exitCode: details.exitCode });
      setTimeout(() => {
        if (!this.window.isDestroyed()) contents.loadURL(entryUrl).catch((err: unknown) => log('reload failed', { error: String(err) }));
      }, reloadDelayMs);
    });
    contents.on('unresponsive', () => {
      log('renderer unresponsive');
      clearTimeout(this.frozen);
      // Ending it raises render-process-gone, which reloads: one restart path, not two.
      this.frozen = setTimeout(() => contents.forcefullyCrashRenderer(), unresponsiveGraceMs);
    });
    contents.on('responsive', () => clearTimeout(this.frozen));
  }

  /** The app is quitting for real (OS shutdown, admin): let the window close. */
  allowClose(): void {
    this.quitting = true;
  }

  /** Follows the terminal config: an admin may leave or re-enter kiosk mode while the app runs. */
  setKioskMode(kioskMode: boolean): void {
    // Every config change lands here; re-entering kiosk mode it is already in would flicker the screen.
    if (kioskMode === this.kioskMode) return;
    this.kioskMode = kioskMode;
    this.window.setKiosk(kioskMode);
  }
}
