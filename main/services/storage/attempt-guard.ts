// Wrong answers to a secret in a row (a resume code, a PIN), counted in SQLite's sign_in_guards so
// a restart does not lift a lock-out; after `maxWrong` of them the guard refuses for `lockMs`.
import type { Clock } from '../clock';
import type { Database } from './database';

export interface GuardRule {
  maxWrong: number;
  lockMs: number;
}

export class AttemptGuard {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    /** The row's key; never a staff id (those are lower-case letters, digits and '-'), e.g. 'filing.resume'. */
    private readonly key: string,
    private readonly rule: GuardRule,
  ) {}

  /** When the lock-out ends, or null when the guard lets a try through. */
  async lockedUntil(): Promise<string | null> {
    const row = await this.db.get<{ locked_until: string | null }>('SELECT locked_until FROM sign_in_guards WHERE key = ?', [this.key]);
    return row?.locked_until && Date.parse(row.locked_until) > this.clock.now().getTime() ? row.locked_until : null;
  }

  /** Counts a wrong answer; the last allowed one locks the guard and starts the count again. */
  async wrong(): Promise<{ lockedUntil: string | null; triesLeft: number }> {
    const now = this.clock.now();
    return this.db.transaction(async (tx) => {
      const row = await tx.get<{ failed_attempts: number; locked_until: string | null }>('SELECT failed_attempts, locked_until FROM sign_in_guards WHERE key = ?', [this.key]);
      // A lock that has run out starts a fresh count.
      const before = row?.locked_until && Date.parse(row.locked_until) <= now.getTime() ? 0 : (row?.failed_attempts ?? 0);
      const attempts = before + 1;
      const lockedUntil = attempts >= this.rule.maxWrong ? new Date(now.getTime() + this.rule.lockMs).toISOString() : null;
      await tx.run(
        'INSERT INTO sign_in_guards (key, failed_attempts, locked_until) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET failed_attempts = excluded.failed_attempts, locked_until = excluded.locked_until',
        [this.key, lockedUntil ? 0 : attempts, lockedUntil],
      );
      return { lockedUntil, triesLeft: lockedUntil ? 0 : this.rule.maxWrong - attempts };
    });
  }

  /** A right answer clears the count. */
  async passed(): Promise<void> {
    await this.db.run('DELETE FROM sign_in_guards WHERE key = ?', [this.key]);
  }
}
