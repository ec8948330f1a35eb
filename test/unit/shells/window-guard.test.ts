// The kiosk window guard with a fake window: no closing in kiosk mode, reload after a crash (a
// relaunch once crashes pile up), a frozen renderer ended only once its grace period runs out.
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WindowGuard, type GuardedWindow } from '../../../main/electron/window-guard';

const ENTRY = 'app://kiosk/index.html';

class FakeContents extends EventEmitter {
  loadURL = vi.fn(() => Promise.resolve());
  forcefullyCrashRenderer = vi.fn();
}

class FakeWindow extends EventEmitter {
  readonly webContents = new FakeContents();
  destroyed = false;
  setKiosk = vi.fn();
  isDestroyed = () => this.destroyed;
  /** Emits 'close' like Electron and says whether the window would close. */
  tryClose(): boolean {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    return !prevented;
  }
}

function guarded(kioskMode: boolean) {
  const window = new FakeWindow();
  const log = vi.fn();
  const relaunch = vi.fn();
  const guard = new WindowGuard(window as unknown as GuardedWindow, {
    entryUrl: ENTRY,
    kioskMode,
    log,
    relaunch,
    unresponsiveGraceMs: 10_000,
    reloadDelayMs: 1_000,
  });
  return { window, contents: window.webContents, guard, log, relaunch };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('WindowGuard', () => {
  it('refuses to close in kiosk mode until the app quits', () => {
    const { window, guard } = guarded(true);
    expect(window.tryClose()).toBe(false);
    guard.allowClose();
    expect(window.tryClose()).toBe(true);
  });

  it('lets the window close outside kiosk mode, and follows the config into and out of it', () => {
    const { window, guard } = guarded(false);
    expect(window.tryClose()).toBe(true);
    guard.setKioskMode(true);
    guard.setKioskMode(true);
    expect(window.setKiosk.mock.calls).toEqual([[true]]);
    expect(window.tryClose()).toBe(false);
    guard.setKioskMode(false);
    expect(window.setKiosk).toHaveBeenLastCalledWith(false);
    expect(window.tryClose()).toBe(true);
  });

  it('reloads the entry page after the renderer is gone, but not into a destroyed window', () => {
    const { window, contents } = guarded(true);
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(contents.loadURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(contents.loadURL).toHaveBeenCalledWith(ENTRY);

    window.destroyed = true;
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    vi.advanceTimersByTime(1_000);
    expect(contents.loadURL).toHaveBeenCalledTimes(1);
  });

  it('relaunches the app instead of reloading once the renderer has crashed past its budget', () => {
    const { contents, relaunch } = guarded(true);
    const crash = () => {
      contents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 0 });
      vi.advanceTimersByTime(60_000);
    };
    for (let i = 0; i < 3; i++) crash();
    expect(contents.loadURL).toHaveBeenCalledTimes(3);
    expect(relaunch).not.toHaveBeenCalled();
    crash();
    expect(contents.loadURL).toHaveBeenCalledTimes(3);
    expect(relaunch).toHaveBeenCalledTimes(1);
  });

  it('forgets crashes older than the budget window', () => {
    const { contents, relaunch } = guarded(true);
    for (let i = 0; i < 4; i++) {
      contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
      vi.advanceTimersByTime(4 * 60_000);
    }
    expect(relaunch).not.toHaveBeenCalled();
    expect(contents.loadURL).toHaveBeenCalledTimes(4);
  });

  it('ends a renderer that stays unresponsive past the grace period', () => {
    const { contents } = guarded(true);
    contents.emit('unresponsive');
    vi.advanceTimersByTime(9_999);
    expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(contents.forcefullyCrashRenderer).toHaveBeenCalledTimes(1);
  });

  it('spares a renderer that recovers within the grace period', () => {
    const { contents } = guarded(true);
    contents.emit('unresponsive');
    vi.advanceTimersByTime(5_000);
    contents.emit('responsive');
    vi.advanceTimersByTime(60_000);
    expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
  });
});
