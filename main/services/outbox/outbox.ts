// The outbox: every submission to the court is written here in the same transaction as the receipt
// the litigant is given, so nothing the screen called saved can be lost on its way to the court.
import { appendAudit } from '../audit/audit-log';
import type { Queryable } from '../storage/database';
import { filerDigests } from './receipt-factors';

export type OutboxState = 'pending' | 'sent' | 'acknowledged' | 'rejected';

export interface OutboxRow {
  id: number;
  key: string;
  kind: string;
  receipt_no: string;
  payload: string | null;
  state: OutboxState;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  court_ref: string | null;
  reject_reason: string | null;
  created_at: string;
  settled_at: string | null;
}

export interface NewSubmission {
  /** The idempotency key: one per submission, never reused. */
  key: string;
  kind: 'filing' | 'mediation' | 'payment' | 'refund' | 'relief';
  receiptNo: string;
  payload: Record<string, unknown>;
  /** The helper who filed it on the litigant's behalf (帮办人), from SessionService.assistedBy(). */
  assistedBy?: string | null;
  /** Digests of second factors the payload does not hold (a payment's payer_digest), beside those it does. */
  filerDigests?: readonly string[];
}

/** Call inside the transaction that issues the receipt: both are saved, or neither is. */
export async function enqueueSubmission(tx: Queryable, submission: NewSubmission, now: Date): Promise<void> {
  const at = now.toISOString();
  const assistedBy = submission.assistedBy ?? null;
  // The court hears who helped, whatever the kind; the audit entry keeps it past the payload's purge.
  const digests = [...filerDigests(submission.kind, submission.key, submission.payload), ...(submission.filerDigests ?? [])];
  await tx.run(
    "INSERT INTO outbox (key, kind, receipt_no, payload, filer_digests, state, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, 'pending', ?, ?)",
    [submission.key, submission.kind, submission.receiptNo, JSON.stringify({ ...submission.payload, assistedBy }), JSON.stringify(digests), at, at],
  );
  // Every submission is in the audit log, in the same transaction; its payload (personal data) is not.
  await appendAudit(tx, {
    at: now,
    actor: assistedBy ?? 'litigant',
    action: 'submission',
    details: { kind: submission.kind, receiptNo: submission.receiptNo, key: submission.key, assistedBy },
  });
}
