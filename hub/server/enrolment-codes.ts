// One-time codes an admin reads out or types: for the first admin account, or for a terminal to
// enrol. Only their hash is kept; a used or expired code is refused like an unknown one.
import { createHash, randomInt } from 'node:crypto';
import type { Queryable } from './store';
import { HubError } from './hub-error';

// No 0/O, 1/I/L: read out over a phone to a village site.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const LIFETIME_MS = { admin: 24 * 3600_000, terminal: 7 * 24 * 3600_000 };

export const codeHash = (code: string) => createHash('sha256').update(code.trim().toUpperCase().replaceAll('-', '')).digest('hex');

export type CodePurpose = 'admin' | 'terminal';

export async function createEnrolmentCode(
  db: Queryable,
  purpose: CodePurpose,
  now: Date,
  placement: { site: string; group: string } | null = null,
): Promise<string> {
  const raw = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  await db.query('INSERT INTO enrolment_codes (code_hash, purpose, site, group_name, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)', [
    codeHash(raw),
    purpose,
    placement?.site ?? null,
    placement?.group ?? null,
    now.toISOString(),
    new Date(now.getTime() + LIFETIME_MS[purpose]).toISOString(),
  ]);
  return raw.match(/.{4}/g)!.join('-');
}

/** Marks the code used, in the caller's transaction, and says where it places what it enrols. */
export async function useEnrolmentCode(tx: Queryable, code: string, purpose: CodePurpose, now: Date): Promise<{ site: string | null; group: string | null }> {
  const rows = await tx.query<{ site: string | null; group_name: string | null }>(
    'UPDATE enrolment_codes SET used_at = $1 WHERE code_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $1 RETURNING site, group_name',
    [now.toISOString(), codeHash(code), purpose],
  );
  if (!rows[0]) throw new HubError(403, 'CODE_REFUSED', 'errors.codeRefused');
  return { site: rows[0].site, group: rows[0].group_name };
}
