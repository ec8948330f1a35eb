// How many crashes of one process the Electron shell rides out before it relaunches the whole app:
// a renderer or GPU process that keeps dying is not cured by another reload, a fresh app may be.
import type { App } from 'electron';
import { systemClock, type Clock } from '../services/clock';
import type { Log } from '../shared/dispatch';

export interface CrashBudgetOptions {
  /** Crashes allowed within the window; the one after them asks for a relaunch. */
  allowed?: number;
  windowMs?: number;
  clock?: Clock;
}

export class CrashBudget {
  private crashes: number[] = [];
  private readonly allowed: number;
  private readonly windowMs: number;
  private readonly clock: Clock;

  constructor({ allowed = 3, windowMs = 10 * 60_000, clock = systemClock }: CrashBudgetOptions = {}) {
    this.allowed = allowed;
    this.windowMs = windowMs;
    this.clock = clock;
  }

  /** Counts a crash now; true when it is one too many within the window, so the app should relaunch. */
  overspent(): boolean {
    const now = this.clock.now().getTime();
    this.crashes = [...this.crashes.filter((at) => now - at < this.windowMs), now];
    return this.crashes.length > this.allowed;
  }
}

/**
 * Logs every helper process of Electron's that dies (GPU, utility, network service…). Chromium
 * starts a dead one again by itself, falling back to software drawing for the GPU; only a GPU
 * process that keeps dying makes the app relaunch.
 */
export function watchChildProcesses(
  app: Pick<App, 'on'>,
  { log, relaunch, budget = new CrashBudget() }: { log: Log; relaunch(): void; budget?: CrashBudget },
): void {
  app.on('child-process-gone', (_event, details) => {
    log('electron child process gone', { type: details.type, reason: details.reason, exitCode: details.exitCode, name: details.name });
    if (details.type === 'GPU' && details.reason !== 'clean-exit' && budget.overspent()) {
      log('the GPU process keeps dying: relaunching the app');
      relaunch();
    }
  });
}
