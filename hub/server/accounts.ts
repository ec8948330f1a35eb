// Staff who use the console: enrolment of an account with an admin code, sign-in with scrypt-hashed
// passwords, and a lockout per account after repeated wrong passwords (so guessing one account's
// password does not lock out everyone else).
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { useEnrolmentCode } from './enrolment-codes';
import { HubError } from './hub-error';
import { hashPassword, passwordMatches } from './passwords';
import type { HubStore } from './store';

export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MS = 15 * 60_000;
const SESSION_MS = 8 * 3600_000;

export const MIN_PASSWORD_LENGTH = 10;
export const AccountEnrolment = z.object({ code: z.string().max(64), account: z.string().max(200), password: z.string().max(200) }).strict();
export const SignIn = z.object({ account: z.string().min(1).max(32), password: z.string().min(1).max(200) }).strict();

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export class Accounts {
  constructor(
    private readonly db: HubStore,
    private readonly now: () => Date,
  ) {}

  async enrol(input: z.infer<typeof AccountEnrolment>): Promise<void> {
    // Said in the console's words, field by field: these are typed by a person, not sent by a program.
    if (!/^[a-z0-9._-]{2,32}$/.test(input.account)) throw new HubError(400, 'ACCOUNT_NAME', 'errors.accountName');
    if ([...input.password].length < MIN_PASSWORD_LENGTH)
      throw new HubError(400, 'PASSWORD_TOO_SHORT', 'errors.passwordTooShort', { min: MIN_PASSWORD_LENGTH });
    const hash = await hashPassword(input.password);
    const now = this.now();
    await this.db.transaction(async (tx) => {
      await useEnrolmentCode(tx, input.code, 'admin', now);
      const taken = await tx.query('SELECT 1 FROM accounts WHERE id = $1', [input.account]);
      if (taken.length) throw new HubError(409, 'ACCOUNT_TAKEN', 'errors.accountTaken');
      await tx.query('INSERT INTO accounts (id, password_hash, created_at) VALUES ($1, $2, $3)', [input.account, hash, now.toISOString()]);
    });
  }

  /** A session token for the console, or a refusal that does not say whether the account exists. */
  async signIn(input: z.infer<typeof SignIn>): Promise<{ token: string; account: string }> {
    const now = this.now();
    const [row] = await this.db.query<{ password_hash: string; failed_attempts: number; locked_until: string | null }>(
      'SELECT password_hash, failed_attempts, locked_until FROM accounts WHERE id = $1',
      [input.account],
    );
    if (row?.locked_until && new Date(row.locked_until) > now) throw new HubError(423, 'ACCOUNT_LOCKED', 'errors.accountLocked', { until: row.locked_until });
    if (!row || !(await passwordMatches(input.password, row.password_hash))) {
      if (row) {
        // Counted in SQL, so two wrong guesses at once both count.
        await this.db.query(
          `UPDATE accounts SET failed_attempts = failed_attempts + 1,
             locked_until = CASE WHEN failed_attempts + 1 >= $2 THEN $3::timestamptz ELSE NULL END
           WHERE id = $1`,
          [input.account, MAX_FAILED_SIGN_INS, new Date(now.getTime() + LOCKOUT_MS).toISOString()],
        );
      }
      throw new HubError(401, 'SIGN_IN_REFUSED', 'errors.signInRefused');
    }
    const token = randomBytes(32).toString('hex');
    await this.db.transaction(async (tx) => {
      await tx.query('UPDATE accounts SET failed_attempts = 0, locked_until = NULL WHERE id = $1', [input.account]);
      await tx.query('DELETE FROM console_sessions WHERE expires_at < $1', [now.toISOString()]);
      await tx.query('INSERT INTO console_sessions (token_hash, account_id, expires_at) VALUES ($1, $2, $3)', [
        tokenHash(token),
        input.account,
        new Date(now.getTime() + SESSION_MS).toISOString(),
      ]);
    });
    return { token, account: input.account };
  }

  /** The account a session token belongs to; throws when it is unknown or expired. */
  async accountFor(token: string | undefined): Promise<string> {
    if (token) {
      const [row] = await this.db.query<{ account_id: string }>('SELECT account_id FROM console_sessions WHERE token_hash = $1 AND expires_at > $2', [
        tokenHash(token),
        this.now().toISOString(),
      ]);
      if (row) return row.account_id;
    }
    throw new HubError(401, 'NOT_SIGNED_IN', 'errors.notSignedIn');
  }

  async signOut(token: string): Promise<void> {
    await this.db.query('DELETE FROM console_sessions WHERE token_hash = $1', [tokenHash(token)]);
  }
}
