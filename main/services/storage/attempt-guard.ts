// Wrong answers to a secret in a row (a resume code, a PIN), counted in SQLite's sign_in_guards so
// a restart does not lift a lock-out; after `maxWrong` of them the guard refuses for `lockMs`.
// Used by the filing resume lock-out and the staff PIN pad, so the rule is written once.
import type { Clock } from '../clock';
import type { Database, Queryable } from './database';

export interface GuardRule {
  maxWrong: number;
  lockMs: number;
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
      // A lock that has run out starts a fresh count.
      const before = row?.locked_until && Date.parse(row.locked_until) <= now.getTime() ? 0 : (row?.failed_attempts ?? 0);
      const attempts = before + 1;
      const lockedUntil = attempts >= this.rule.maxWrong ? new Date(now.getTime() + this.rule.lockMs).toISOString() : null;
      await q.run(
        'INSERT INTO sign_in_guards (key, failed_attempts, locked_until) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET failed_attempts = excluded.failed_attempts, locked_until = excluded.locked_until',
        // Kept full while locked: a wrong answer during the lock (a helper's wrong current PIN when
        // changing it) locks again rather than starting a fresh count that would lift the lock.
        [this.key, lockedUntil ? this.rule.maxWrong : attempts, lockedUntil],
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
