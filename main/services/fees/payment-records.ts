// What the rest of the kiosk may know of the payments table, asked through these functions only
// (as outbox/submission-records.ts does for the outbox), so the table's shape stays this folder's
// business: what the helper desk must chase, and the figures and export rows.
import type { Queryable } from '../storage/database';

/**
 * Payments a person must settle, newest first: the terminal's answer is unknown, or money was taken
 * and the court refused to book it.
 */
export async function unresolvedPaymentIds(q: Queryable, limit: number): Promise<string[]> {
  const rows = await q.all<{ id: string }>(
    "SELECT id FROM payments WHERE state = 'unknown' OR (state = 'authorised' AND failure LIKE 'rejected: %') ORDER BY updated_at DESC LIMIT ?",
    [limit],
  );
  return rows.map((row) => row.id);
}

/** When each payment whose money was taken and booked was made, between two ISO instants (since included), for the statistics. */
export async function confirmedPaymentTimes(q: Queryable, since: string, until: string): Promise<{ created_at: string }[]> {
  return q.all<{ created_at: string }>("SELECT created_at FROM payments WHERE state = 'confirmed' AND created_at >= ? AND created_at < ?", [since, until]);
}

/** The columns of the payments export: no payer, only the notice, the amount and what became of it. */
export const PAYMENT_EXPORT_COLUMNS = [
  'id',
  'notice_no',
  'case_number',
  'amount_yuan',
  'method',
  'state',
  'voucher_no',
  'court_ref',
  'failure',
  'created_at',
  'updated_at',
] as const;

/** The payments made between two ISO instants (since included), in the order they were made, for the export. */
export async function paymentExportRows(q: Queryable, since: string, until: string): Promise<Record<string, unknown>[]> {
  // Yuan with two decimals, as on the voucher; fen stay exact in the database.
  return q.all<Record<string, unknown>>(
    "SELECT id, notice_no, case_number, printf('%d.%02d', amount_fen / 100, amount_fen % 100) AS amount_yuan, method, state, voucher_no, court_ref, failure, created_at, updated_at FROM payments WHERE created_at >= ? AND created_at < ? ORDER BY created_at, id",
    [since, until],
  );
}
