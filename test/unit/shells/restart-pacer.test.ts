// The pause before restarting the web host or Chromium: growing while it dies at once, capped, and
// short again after a run that lasted.
import { describe, expect, it } from 'vitest';
import { RestartPacer } from '../../../main/browser/restart-pacer';

describe('RestartPacer', () => {
  it('grows the pause while starts die at once, caps it, and starts over after a minute up', () => {
    let now = Date.parse('2026-03-02T09:00:00Z');
    const pacer = new RestartPacer({ now: () => new Date(now) });
    const dieAfter = (ms: number) => {
      pacer.started();
      now += ms;
      return pacer.delayMs();
    };
    expect([1, 2, 3, 4, 5, 6].map(() => dieAfter(100))).toEqual([250, 1_000, 5_000, 15_000, 30_000, 30_000]);
    expect(dieAfter(60_000)).toBe(250);
    expect(dieAfter(59_999)).toBe(1_000);
  });
});
