// What the rest of the kiosk may know of the outbox, asked through these functions only, so the
// table's shape (and its purge of payloads) is this folder's business alone: a receipt's fate, a
// submission as it was queued, what the helper desk must chase, and the figures and export rows.
import type { DeskSubmission, ReceiptStatus } from '../../../contract';
import type { Queryable } from '../storage/database';
import type { NewSubmission } from './outbox';
import { factorDigest, filerDigests } from './receipt-factors';

type SubmissionKind = NewSubmission['kind'];

/** A receipt's fate at the court, by its number; null for a number this terminal never issued. */
export async function receiptStatus(q: Queryable, receiptNo: string): Promise<ReceiptStatus | null> {
  const row = await q.get<{
    receipt_no: string;
    kind: ReceiptStatus['kind'];
    state: ReceiptStatus['state'];
    court_ref: string | null;
    reject_reason: string | null;
    created_at: string;
  }>('SELECT receipt_no, kind, state, court_ref, reject_reason, created_at FROM outbox WHERE receipt_no = ?', [receiptNo]);
  return row
    ? { receiptNo: row.receipt_no, kind: row.kind, state: row.state, courtRef: row.court_ref, rejectReason: row.reject_reason, submittedAt: row.created_at }
    : null;
}

/**
 * Whether a second factor (normalised) opens a receipt: false for a number this terminal never issued.
 * A row from before the digests were kept (migration 016) is read from its payload while it still has
 * one; once purged, nothing shows who filed it, so nothing opens it.
 */
export async function factorOpensReceipt(q: Queryable, receiptNo: string, factor: string): Promise<boolean> {
  const row = await q.get<{ key: string; kind: SubmissionKind; payload: string | null; filer_digests: string | null }>(
    'SELECT key, kind, payload, filer_digests FROM outbox WHERE receipt_no = ?',
    [receiptNo],
  );
  if (!row) return false;
  const digests =
    row.filer_digests !== null
      ? (JSON.parse(row.filer_digests) as string[])
      : row.payload === null
        ? []
        : filerDigests(row.kind, row.key, JSON.parse(row.payload) as Record<string, unknown>);
  return digests.includes(factorDigest(row.key, factor));
}

export interface QueuedSubmission {
  /** What the service queued, without the helper enqueueSubmission adds; null once purged. */
  payload: Record<string, unknown> | null;
  /** The helper of the visit it was made in (帮办人), null when the litigant was alone or it was purged. */
  assistedBy: string | null;
  receiptNo: string;
  createdAt: string;
}

/** A submission as it was queued, by its key or by its kind and receipt number; null when there is none. */
export async function queuedSubmission(q: Queryable, by: { key: string } | { kind: SubmissionKind; receiptNo: string }): Promise<QueuedSubmission | null> {
  const row =
    'key' in by
      ? await q.get<{ payload: string | null; receipt_no: string; created_at: string }>('SELECT payload, receipt_no, created_at FROM outbox WHERE key = ?', [
          by.key,
        ])
      : await q.get<{ payload: string | null; receipt_no: string; created_at: string }>(
          'SELECT payload, receipt_no, created_at FROM outbox WHERE kind = ? AND receipt_no = ?',
          [by.kind, by.receiptNo],
        );
  if (!row) return null;
  if (row.payload === null) return { payload: null, assistedBy: null, receiptNo: row.receipt_no, createdAt: row.created_at };
  const { assistedBy, ...payload } = JSON.parse(row.payload) as { assistedBy?: string | null };
  return { payload, assistedBy: assistedBy ?? null, receiptNo: row.receipt_no, createdAt: row.created_at };
}

/** Of these keys, those the court acknowledged at or before `cutoff` (ISO instant): their personal data may go. */
export async function acknowledgedBy(q: Queryable, keys: readonly string[], cutoff: string): Promise<string[]> {
  if (keys.length === 0) return [];
  const rows = await q.all<{ key: string }>(
    `SELECT key FROM outbox WHERE state = 'acknowledged' AND settled_at <= ? AND key IN (${keys.map(() => '?').join(', ')})`,
    [cutoff, ...keys],
  );
  return rows.map((r) => r.key);
}

/** What the helper desk must chase: not yet taken by the court, or turned down; rejected first, newest first. */
export async function unsettledSubmissions(q: Queryable, limit: number): Promise<DeskSubmission[]> {
  const rows = await q.all<{
    receipt_no: string;
    kind: string;
    state: DeskSubmission['state'];
    attempts: number;
    last_error: string | null;
    reject_reason: string | null;
    created_at: string;
  }>(
    `SELECT receipt_no, kind, state, attempts, last_error, reject_reason, created_at FROM outbox WHERE state IN ('pending', 'sent', 'rejected')
     ORDER BY state = 'rejected' DESC, id DESC LIMIT ?`,
    [limit],
  );
  return rows.map((r) => ({
    receiptNo: r.receipt_no,
    kind: r.kind,
    state: r.state,
    attempts: r.attempts,
    lastError: r.last_error,
    rejectReason: r.reject_reason,
    createdAt: r.created_at,
  }));
}

/** When each submission of a kind was made, between two ISO instants (since included), for the statistics. */
export async function submissionTimes(q: Queryable, kind: SubmissionKind, since: string, until: string): Promise<{ created_at: string }[]> {
  return q.all<{ created_at: string }>('SELECT created_at FROM outbox WHERE kind = ? AND created_at >= ? AND created_at < ?', [kind, since, until]);
}

/** The columns of the submissions export: a receipt number and its fate, never the payload (personal data). */
export const SUBMISSION_EXPORT_COLUMNS = [
  'receipt_no',
  'kind',
  'state',
  'attempts',
  'court_ref',
  'reject_reason',
  'last_error',
  'created_at',
  'settled_at',
] as const;

/** The submissions made between two ISO instants (since included), in the order they were made, for the export. */
export async function submissionExportRows(q: Queryable, since: string, until: string): Promise<Record<string, unknown>[]> {
  return q.all<Record<string, unknown>>(`SELECT ${SUBMISSION_EXPORT_COLUMNS.join(', ')} FROM outbox WHERE created_at >= ? AND created_at < ? ORDER BY id`, [
    since,
    until,
  ]);
}
