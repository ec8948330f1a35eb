// The display stays awake exactly while kiosk mode is on, with one blocker, released by its id.
import { describe, expect, it } from 'vitest';
import { PreventDisplaySleepService } from '../../../main/electron/display-sleep';

class FakePowerSaveBlocker {
  readonly active = new Map<number, string>();
  private nextId = 7;
  start(type: 'prevent-app-suspension' | 'prevent-display-sleep'): number {
    const id = this.nextId++;
    this.active.set(id, type);
    return id;
  }
  stop(id: number): boolean {
    return this.active.delete(id);
  }
}

describe('PreventDisplaySleepService', () => {
  it('blocks display sleep once however often it is enabled', () => {
    const blocker = new FakePowerSaveBlocker();
    const service = new PreventDisplaySleepService(blocker);
    service.setEnabled(true);
    service.setEnabled(true);
    expect([...blocker.active.values()]).toEqual(['prevent-display-sleep']);
  });

  it('releases the blocker it started when disabled', () => {
    const blocker = new FakePowerSaveBlocker();
    const service = new PreventDisplaySleepService(blocker);
    service.setEnabled(true);
    service.setEnabled(false);
    expect(blocker.active.size).toBe(0);
    service.setEnabled(true);
    expect(blocker.active.size).toBe(1);
  });

  it('does nothing when disabled before it was ever enabled', () => {
    const blocker = new FakePowerSaveBlocker();
    new PreventDisplaySleepService(blocker).setEnabled(false);
    expect(blocker.active.size).toBe(0);
  });
});
