// Receipt numbers: <terminal>-<kind code>-<court date>-<NNNN>-<check>, counted in the outbox, where
// every receipt's submission is written in the same transaction — so a number is never issued twice.
// The check is what makes the number hard to guess (issue 15 item 6): the sequence alone let 79 of 150
// guesses find someone else's submission. Its first digits are keyed with this database's own secret
// (migration 016), so they cannot be worked out from other receipts; its last digit is a Damm check
// digit over every digit of the number, so a mistyped digit or two swapped neighbours never pass.
import { createHmac } from 'node:crypto';
import { RECEIPT_KIND_CODES } from '../../../contract/receipt-codes';
import type { Queryable } from '../storage/database';
import type { NewSubmission } from './outbox';

export const RECEIPT_CHECK = {
  /** 10^4 keyed values: one blind guess in 10,000 passes, before the second factor and the lock-out. */
  keyedDigits: 4,
  /**
   * Damm's totally anti-symmetric quasigroup of order 10 (H. M. Damm, 2004): detects every single-digit
   * error and every transposition of adjacent digits, which a keyed digest alone only makes unlikely.
   */
  damm: [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
    [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
    [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
    [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
    [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
    [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
  ],
} as const;

const CODES = Object.values(RECEIPT_KIND_CODES).join('|');
/** <terminal>-<kind>-<yyyymmdd>-<NNNN>, then the check as its own group (absent on numbers issued before it). */
const RECEIPT_NO = new RegExp(`^([A-Z0-9_-]+-(?:${CODES})-\\d{8}-\\d{4})(?:-(\\d{${RECEIPT_CHECK.keyedDigits + 1}}))?$`);

/** The database's receipt key, made by migration 016. */
export async function receiptKey(q: Queryable): Promise<Buffer> {
  return (await q.get<{ key: Buffer }>('SELECT key FROM receipt_key WHERE id = 1'))!.key;
}

const dammDigit = (digits: string): number => [...digits].reduce<number>((interim, d) => RECEIPT_CHECK.damm[interim]![Number(d)]!, 0);

/** The check group of a number without it: the keyed digits, then the Damm digit over all digits before. */
export function receiptCheck(key: Buffer, body: string): string {
  const keyed = String(createHmac('sha256', key).update(body).digest().readUInt32BE(0) % 10 ** RECEIPT_CHECK.keyedDigits).padStart(
    RECEIPT_CHECK.keyedDigits,
    '0',
  );
  return `${keyed}${dammDigit(`${body}${keyed}`.replace(/\D/g, ''))}`;
}

/**
 * What a typed receipt number is: 'checked' when its check is right; 'unchecked' when it has none,
 * as numbers issued before checks had — still accepted, since those litigants hold nothing else, but
 * only with the filer's second factor and only for a number this database really issued that way
 * (a newer number is stored with its check, so dropping the check finds nothing); 'invalid' otherwise.
 */
export function receiptNoForm(key: Buffer, receiptNo: string): 'checked' | 'unchecked' | 'invalid' {
  const [, body, check] = RECEIPT_NO.exec(receiptNo) ?? [];
  if (body === undefined) return 'invalid';
  if (check === undefined) return 'unchecked';
  return check === receiptCheck(key, body) ? 'checked' : 'invalid';
}

/** Call inside the transaction that enqueues the submission the number belongs to. */
export async function nextReceiptNo(tx: Queryable, terminalId: string, kind: NewSubmission['kind'], courtDate: string): Promise<string> {
  const prefix = `${terminalId}-${RECEIPT_KIND_CODES[kind]}-${courtDate.replaceAll('-', '')}-`;
  // Numbers from before checks count too, so a day that spans the upgrade goes on from where it was.
  const { n } = (await tx.get<{ n: number }>('SELECT COUNT(*) AS n FROM outbox WHERE receipt_no LIKE ?', [`${prefix}%`]))!;
  const body = `${prefix}${String(n + 1).padStart(4, '0')}`;
  return `${body}-${receiptCheck(await receiptKey(tx), body)}`;
}

/** Whether a text is a filing receipt number as nextReceiptNo writes it, or wrote it before checks (a fee notice may be asked for by one). */
export const isFilingReceiptNo = (text: string): boolean =>
  new RegExp(`^[A-Za-z0-9_-]+-${RECEIPT_KIND_CODES.filing}-\\d{8}-\\d{4}(?:-\\d{${RECEIPT_CHECK.keyedDigits + 1}})?$`).test(text);
