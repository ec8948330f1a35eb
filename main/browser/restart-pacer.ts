// The pause before starting again something that died (the web host, Chromium): growing while it
// keeps dying at once, so it cannot spin the CPU, and short again once it has stayed up a while.
import { systemClock, type Clock } from '../services/clock';

const RESTART_DELAYS_MS = [250, 1_000, 5_000, 15_000, 30_000] as const;
/** A run this long counts as a recovery: the next death starts the pauses from the shortest. */
const STABLE_MS = 60_000;

export class RestartPacer {
  private startedAt = 0;
  private inARow = 0;

  constructor(private readonly clock: Clock = systemClock) {}

  started(): void {
    this.startedAt = this.clock.now().getTime();
  }

  /** The pause before the next start, now that the last one has died. */
  delayMs(): number {
    if (this.clock.now().getTime() - this.startedAt >= STABLE_MS) this.inARow = 0;
    const delay = RESTART_DELAYS_MS[Math.min(this.inARow, RESTART_DELAYS_MS.length - 1)]!;
    this.inARow += 1;
    return delay;
  }
}
