// Keeps the screen awake while the terminal is in kiosk mode: a litigant must never find a dark
// kiosk. Takes Electron's power-save blocker through the constructor so Node tests pass a fake.
import type { PowerSaveBlocker } from 'electron';

export class PreventDisplaySleepService {
  private blockerId: number | null = null;

  constructor(private readonly blocker: Pick<PowerSaveBlocker, 'start' | 'stop'>) {}

  /** Idempotent: called at start and on every config change with the current kiosk mode. */
  setEnabled(enabled: boolean): void {
    if (enabled && this.blockerId === null) {
      this.blockerId = this.blocker.start('prevent-display-sleep');
    } else if (!enabled && this.blockerId !== null) {
      this.blocker.stop(this.blockerId);
      this.blockerId = null;
    }
  }
}
