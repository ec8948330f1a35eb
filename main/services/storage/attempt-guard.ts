// Wrong answers to a secret in a row (a resume code, a PIN), counted in SQLite's sign_in_guards so
// a restart does not lift a lock-out; after `maxWrong` of them the guard refuses for `lockMs`.
// Used by the filing resume lock-out and the staff PIN pad, so the rule is written once.
import type { Clock } from '../clock';
import type { Database, Queryable } from './database';

export interface GuardRule {
  maxWrong: number;
  lockMs: number;
  /**
   * When set, delays grow: a lock that has run out does not start a fresh count, so each wrong answer
   * after it locks again for twice the last lock, up to this, until a right answer (or an admin) clears it.
   */
  maxLockMs?: number;
}

export interface AttemptGuardDeps {
  db: Database;
  clock: Clock;
  /**
   * The row's key: a staff id or '*' (the PIN pad) for staff sign-in; any other guard a dotted name,
   * e.g. 'filing.resume', which no staff id (lower-case letters, digits and '-') can be.
   */
  key: string;
  rule: GuardRule;
}

export class AttemptGuard {
  private readonly db: Database;
  private readonly clock: Clock;
  private readonly key: string;
  private readonly rule: GuardRule;

  constructor({ db, clock, key, rule }: AttemptGuardDeps) {
    this.db = db;
    this.clock = clock;
    this.key = key;
    this.rule = rule;
  }

  /** When the lock-out ends, or null when the guard lets a try through. */
  async lockedUntil(): Promise<string | null> {
    const row = await this.db.get<{ locked_until: string | null }>('SELECT locked_until FROM sign_in_guards WHERE key = ?', [this.key]);
    return row?.locked_until && Date.parse(row.locked_until) > this.clock.now().getTime() ? row.locked_until : null;
  }

  /**
   * Counts a wrong answer; the last allowed one locks the guard, and the count starts again once the
   * lock has run out. Given a transaction, counts inside it, so what the caller records alongside
   * (an audit entry) stands or falls with the count. `attempts` is the wrong answers in a row so far.
   */
  async wrong(tx?: Queryable): Promise<{ attempts: number; lockedUntil: string | null; triesLeft: number }> {
    const now = this.clock.now();
    const count = async (q: Queryable) => {
      const row = await q.get<{ failed_attempts: number; locked_until: string | null }>(
        'SELECT failed_attempts, locked_until FROM sign_in_guards WHERE key = ?',
        [this.key],
      );
      const growing = this.rule.maxLockMs !== undefined;
      // A lock that has run out starts a fresh count, unless delays grow.
      const lapsed = row?.locked_until && Date.parse(row.locked_until) <= now.getTime();
      const attempts = (lapsed && !growing ? 0 : (row?.failed_attempts ?? 0)) + 1;
      const over = attempts - this.rule.maxWrong;
      const lockMs = growing ? Math.min(this.rule.lockMs * 2 ** over, this.rule.maxLockMs ?? 0) : this.rule.lockMs;
      const lockedUntil = over >= 0 ? new Date(now.getTime() + lockMs).toISOString() : null;
      await q.run(
        'INSERT INTO sign_in_guards (key, failed_attempts, locked_until) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET failed_attempts = excluded.failed_attempts, locked_until = excluded.locked_until',
        // Kept full while locked: a wrong answer during the lock (a helper's wrong current PIN when
        // changing it) locks again rather than starting a fresh count that would lift the lock.
        // With growing delays the count goes on, so the next lock is longer.
        [this.key, lockedUntil && !growing ? this.rule.maxWrong : attempts, lockedUntil],
      );
      return { attempts, lockedUntil, triesLeft: lockedUntil ? 0 : this.rule.maxWrong - attempts };
    };
    return tx ? count(tx) : this.db.transaction(count);
  }

  /** A right answer clears the count (and a lock: an admin's PIN reset); inside `tx` when given. */
  async passed(tx: Queryable = this.db): Promise<void> {
    await tx.run('DELETE FROM sign_in_guards WHERE key = ?', [this.key]);
  }
}
