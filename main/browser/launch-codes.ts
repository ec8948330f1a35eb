// One-time launch codes for the browser shell. Chromium's command line is readable by every local
// user (`ps`), so it carries a code, never the session token: the page trades the code for the
// token once, and a code not traded within its short lifetime is worth nothing.
import { randomBytes } from 'node:crypto';
import type { Clock } from '../services/clock';

/** Long enough for Chromium to start on a slow terminal, short enough that a code left in `ps` soon dies. */
export const LAUNCH_CODE_LIFETIME_MS = 60_000;

export class LaunchCodes {
  /** Each code still open, with the time it stops being worth anything. */
  private readonly open = new Map<string, number>();

  constructor(private readonly clock: Clock) {}

  /** A longer lifetime only for a code no other local user can see (printed to the launcher's own terminal). */
  mint(lifetimeMs = LAUNCH_CODE_LIFETIME_MS): string {
    const now = this.clock.now().getTime();
    for (const [code, expires] of this.open) if (expires <= now) this.open.delete(code);
    const code = randomBytes(24).toString('base64url');
    this.open.set(code, now + lifetimeMs);
    return code;
  }

  /** True once for a code minted here and not yet expired: every try spends the code, right or late. */
  redeem(code: string): boolean {
    const expires = this.open.get(code);
    this.open.delete(code);
    return expires !== undefined && this.clock.now().getTime() < expires;
  }
}
