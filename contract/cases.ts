// A case's progress in the court's system, and what became of a kiosk receipt's submission.
import { z } from 'zod';
import { method } from './method';
import { LocalizedText, SecondFactor } from './shapes';

/** Where a case stands in the court's system, as the court reports it (court/README.md). */
export const CaseStage = z.enum(['filed', 'feesDue', 'mediating', 'assigned', 'hearingScheduled', 'judged', 'closed']);
export type CaseStage = z.infer<typeof CaseStage>;

export const CaseStatus = z.object({
  caseNumber: z.string(),
  /** 案由, as the court words it. */
  cause: LocalizedText,
  stage: CaseStage,
  /** 承办法官; null until the case is assigned. */
  judge: z.string().nullable(),
  nextHearing: z.object({ at: z.iso.datetime({ offset: true }), place: LocalizedText }).nullable(),
  /** Oldest first. */
  history: z.array(z.object({ date: z.iso.date(), stage: CaseStage })).max(50),
});
export type CaseStatus = z.infer<typeof CaseStatus>;

/** What became of something handed in at this kiosk, by the number on its receipt. */
export const ReceiptStatus = z.object({
  receiptNo: z.string(),
  kind: z.enum(['filing', 'mediation', 'payment', 'refund', 'relief']),
  state: z.enum(['pending', 'sent', 'acknowledged', 'rejected']),
  /** The court's own reference once it has taken it, e.g. the case number of a filing. */
  courtRef: z.string().nullable(),
  rejectReason: z.string().nullable(),
  submittedAt: z.string(),
});
export type ReceiptStatus = z.infer<typeof ReceiptStatus>;

export const casesMethods = {
  /** A case's progress for one of its parties: the same answer for "no such case" and "not your case". */
  'cases.status': method(z.object({ caseNumber: z.string().min(1).max(40), idNumber: z.string().min(1).max(18) }).strict(), CaseStatus),
  /**
   * A kiosk receipt's submission: queued, sent, taken by the court (with its reference) or turned down.
   * Only with the filer's second factor; wrong tries are counted and lock the lookup for a while.
   */
  'cases.receipt': method(z.object({ receiptNo: z.string().min(1).max(60), secondFactor: SecondFactor }).strict(), ReceiptStatus),
} as const;
