// Written applications about fees — refunds (退费) and judicial relief (司法救助, Art 48) — checked,
// given a receipt number and queued for the court in one transaction.
import { randomUUID } from 'node:crypto';
import type { MethodInput, TerminalConfig } from '../../../contract';
import { requireCaseNumber } from '../cases/case-number';
import { courtDate, type Clock } from '../clock';
import { KioskError } from '../errors';
import { requireApplicantId } from '../identity/applicant-id';
import { isBankCardNumber } from './bank-card';
import { enqueueSubmission, type NewSubmission } from '../outbox/outbox';
import { nextReceiptNo } from '../outbox/receipt-numbers';
import { queuedSubmission } from '../outbox/submission-records';
import type { VisitHelper } from '../staff/assisted';
import type { Database } from '../storage/database';
import type { RefundSubmission, ReliefSubmission } from './fee-application-documents';
import { screenFeeRelief } from './fee-relief';

export interface FeeApplicationDeps {
  db: Database;
  clock: Clock;
  config: () => Promise<TerminalConfig>;
  deliver: () => void;
  assistedBy: VisitHelper;
}

export class FeeApplications {
  constructor(private readonly deps: FeeApplicationDeps) {}

  async refund(request: MethodInput<'fees.refund'>): Promise<{ receiptNo: string; submittedAt: string }> {
    const caseNumber = requireCaseNumber(request.caseNumber, this.deps.clock.now());
    const bankCardNumber = request.bankCardNumber.replace(/\s+/g, '');
    if (!isBankCardNumber(bankCardNumber)) throw new KioskError('INVALID_BANK_CARD', 'fees.refund.errors.bankCard');
    return this.submit('refund', { ...request, caseNumber: caseNumber.text, bankCardNumber });
  }

  async applyForRelief(request: MethodInput<'fees.reliefApply'>): Promise<{ receiptNo: string; submittedAt: string }> {
    const now = this.deps.clock.now();
    const idType = request.applicant.idType ?? 'residentId';
    const idNumber = requireApplicantId(idType, request.applicant.idNumber, now);
    const caseNumber = request.caseNumber === null ? null : requireCaseNumber(request.caseNumber, now);
    // Only relief the screener finds for these grounds may be asked for; a credit code means an
    // organisation, which may not have a waiver (Art 44), any other document a natural person.
    const offered = screenFeeRelief(idType !== 'creditCode', request.grounds).options.map((o) => o.relief);
    if (!offered.includes(request.relief)) throw new KioskError('RELIEF_NOT_OFFERED', 'fees.relief.errors.notOffered', { relief: request.relief });
    return this.submit('relief', { ...request, caseNumber: caseNumber?.text ?? null, applicant: { ...request.applicant, idType, idNumber } });
  }

  /** A refund request or relief application as queued, for printing its papers; null once purged or never made. */
  async submitted<K extends 'refund' | 'relief'>(
    kind: K,
    receiptNo: string,
  ): Promise<{ payload: K extends 'refund' ? RefundSubmission : ReliefSubmission; submittedAt: string; assistedBy: string | null } | null> {
    const queued = await queuedSubmission(this.deps.db, { kind, receiptNo });
    if (!queued?.payload) return null;
    return { payload: queued.payload as never, submittedAt: queued.createdAt, assistedBy: queued.assistedBy };
  }

  private async submit(kind: NewSubmission['kind'], payload: Record<string, unknown>): Promise<{ receiptNo: string; submittedAt: string }> {
    const now = this.deps.clock.now();
    const { terminalId, timeZone } = await this.deps.config();
    const receiptNo = await this.deps.db.transaction(async (tx) => {
      const number = await nextReceiptNo(tx, terminalId, kind, courtDate(now, timeZone));
      await enqueueSubmission(tx, { key: randomUUID(), kind, receiptNo: number, payload, assistedBy: this.deps.assistedBy() }, now);
      return number;
    });
    this.deps.deliver();
    return { receiptNo, submittedAt: now.toISOString() };
  }
}
