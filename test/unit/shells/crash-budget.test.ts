// Electron's helper processes: every death logged, and only a GPU process that keeps dying
// relaunches the app (Chromium restarts the others itself).
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { App } from 'electron';
import { CrashBudget, watchChildProcesses } from '../../../main/electron/crash-budget';

function watched() {
  const app = new EventEmitter();
  let now = Date.parse('2026-03-02T09:00:00Z');
  const clock = { now: () => new Date(now) };
  const log = vi.fn();
  const relaunch = vi.fn();
  watchChildProcesses(app as unknown as App, { log, relaunch, budget: new CrashBudget({ allowed: 2, windowMs: 60_000, clock }) });
  const gone = (type: string, reason: string) => app.emit('child-process-gone', {}, { type, reason, exitCode: 1 });
  return { gone, log, relaunch, later: (ms: number) => (now += ms) };
}

describe('watchChildProcesses', () => {
  it('relaunches on the GPU crash past the budget, and logs each', () => {
    const { gone, log, relaunch } = watched();
    gone('GPU', 'crashed');
    gone('GPU', 'crashed');
    expect(relaunch).not.toHaveBeenCalled();
    gone('GPU', 'crashed');
    expect(relaunch).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith('electron child process gone', expect.objectContaining({ type: 'GPU', reason: 'crashed' }));
  });

  it('only logs other processes, clean exits, and GPU crashes spread out in time', () => {
    const { gone, log, relaunch, later } = watched();
    for (let i = 0; i < 5; i++) gone('Utility', 'crashed');
    for (let i = 0; i < 5; i++) gone('GPU', 'clean-exit');
    for (let i = 0; i < 5; i++) {
      gone('GPU', 'crashed');
      later(40_000);
    }
    expect(relaunch).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledTimes(15);
  });
});
