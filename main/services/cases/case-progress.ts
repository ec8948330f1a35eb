// Where a litigant's matter stands: a case in the court's system (asked of the court, told only to a
// party), or something handed in at this kiosk (the outbox keeps its fate even after the purge).
import type { CaseStatus, ReceiptStatus } from '../../../contract';
import type { Clock } from '../clock';
import type { CourtGateway } from '../court/court-gateway';
import { KioskError } from '../errors';
import { requireResidentId } from '../identity/resident-id';
import { receiptStatus } from '../outbox/submission-records';
import type { Database } from '../storage/database';
import { requireCaseNumber } from './case-number';

export interface CaseProgressDeps {
  db: Database;
  clock: Clock;
  court: () => Promise<CourtGateway>;
}

export class CaseProgress {
  constructor(private readonly deps: CaseProgressDeps) {}

  async status(caseNumber: string, idNumber: string): Promise<CaseStatus> {
    const now = this.deps.clock.now();
    const number = requireCaseNumber(caseNumber, now);
    const id = requireResidentId(idNumber, now);
    const status = await (await this.deps.court()).caseStatus(number.text, id);
    // One answer for both, so the lookup cannot be used to learn whether someone is a party.
    if (!status) throw new KioskError('CASE_NOT_FOUND', 'court.errors.caseNotFound');
    return status;
  }

  async receipt(receiptNo: string): Promise<ReceiptStatus> {
    const status = await receiptStatus(this.deps.db, receiptNo.trim().toUpperCase());
    if (!status) throw new KioskError('RECEIPT_NOT_FOUND', 'court.errors.receiptNotFound');
    return status;
  }
}
