// The one door to the court's case system (docs/DESIGN.md §5). Every call that changes something carries
// our own id, so the court can recognise a retry and answer it without booking twice.
import type { AuditWitness, CaseStatus, FeeNotice } from '../../../contract';
import type { AuditHead } from '../audit/audit-log';
import { KioskError } from '../errors';

/** One thing the kiosk hands to the court: a filing, a mediation request, a taken payment, a refund… */
export interface Submission {
  /** Unique per submission, forever: the court books a key at most once. */
  key: string;
  kind: string;
  receiptNo: string;
  createdAt: string;
  payload: unknown;
  /**
   * The terminal's audit-log head when this was sent (audit/audit-log.ts): the court keeps a witness
   * of the chain, so entries cut off the end of the log later can be shown to be missing.
   */
  auditHead: AuditHead | null;
}

export type SubmissionResult = { key: string; status: 'accepted'; courtRef: string } | { key: string; status: 'rejected'; reason: string };

export interface CourtGateway {
  /** 'demo' is the court built into the app, used when no endpoint is configured. */
  readonly kind: 'demo' | 'http';
  /** The fee notice for this case and payer; null when the court has none. */
  findFeeNotice(caseNumber: string, payerIdNumber: string): Promise<FeeNotice | null>;
  /**
   * The fee notice the court issued on registering a filing made at this terminal, by the filing's
   * receipt number and a plaintiff's ID number; null while it has none (not yet registered, or not theirs).
   */
  findFilingFeeNotice(receiptNo: string, payerIdNumber: string): Promise<FeeNotice | null>;
  /**
   * Delivers submissions; a key the court booked before is answered as accepted with its first
   * reference. Throws courtUnavailable() when the court cannot be reached or answers nonsense.
   */
  submit(batch: Submission[]): Promise<SubmissionResult[]>;
  /** A case's progress, told only to one of its parties; null for no such case or not a party. */
  caseStatus(caseNumber: string, partyIdNumber: string): Promise<CaseStatus | null>;
  /**
   * The newest audit head (highest id) the court has received from this terminal, with when it
   * came; null when it has none. What `cli audit verify --witness` holds the local log against.
   */
  auditWitness(): Promise<AuditWitness | null>;
}

/** The court could not be reached or did not answer; what was asked may be retried. */
export const courtUnavailable = () => new KioskError('COURT_UNAVAILABLE', 'court.errors.unavailable');
