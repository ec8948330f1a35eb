// Receipt numbers: <terminal>-<kind code>-<court date>-<NNNN>, counted in the outbox, where every
// receipt's submission is written in the same transaction — so a number is never issued twice.
import { RECEIPT_KIND_CODES } from '../../../contract/receipt-codes';
import type { Queryable } from '../storage/database';
import type { NewSubmission } from './outbox';

/** Call inside the transaction that enqueues the submission the number belongs to. */
export async function nextReceiptNo(tx: Queryable, terminalId: string, kind: NewSubmission['kind'], courtDate: string): Promise<string> {
  const prefix = `${terminalId}-${RECEIPT_KIND_CODES[kind]}-${courtDate.replaceAll('-', '')}-`;
  const { n } = (await tx.get<{ n: number }>('SELECT COUNT(*) AS n FROM outbox WHERE receipt_no LIKE ?', [`${prefix}%`]))!;
  return `${prefix}${String(n + 1).padStart(4, '0')}`;
}

/** Whether a text is a filing receipt number as nextReceiptNo writes it (a fee notice may be asked for by one). */
export const isFilingReceiptNo = (text: string): boolean => new RegExp(`^[A-Za-z0-9_-]+-${RECEIPT_KIND_CODES.filing}-\\d{8}-\\d{4}$`).test(text);
