// Where a litigant's matter stands: a case in the court's system (asked of the court, told only to a
// party), or something handed in at this kiosk (the outbox keeps its fate even after the purge), told
// only to the one who handed it in.
import type { CaseStatus, ReceiptStatus } from '../../../contract';
import type { Clock } from '../clock';
import type { CourtGateway } from '../court/court-gateway';
import { KioskError } from '../errors';
import { requireAnyIdDocument } from '../identity/identity-documents';
import type { ReceiptLookup } from '../outbox/receipt-lookup';
import { receiptStatus } from '../outbox/submission-records';
import type { Database } from '../storage/database';
import { requireCaseNumber } from './case-number';

export interface CaseProgressDeps {
  db: Database;
  clock: Clock;
  court: () => Promise<CourtGateway>;
  receipts: ReceiptLookup;
}

export class CaseProgress {
  constructor(private readonly deps: CaseProgressDeps) {}

  async status(caseNumber: string, idNumber: string): Promise<CaseStatus> {
    const now = this.deps.clock.now();
    const number = requireCaseNumber(caseNumber, now);
    // Any document a party may have filed with (a passport, a permit), as the filing stored it.
    const id = requireAnyIdDocument(idNumber, now);
    const status = await (await this.deps.court()).caseStatus(number.text, id);
    // One answer for both, so the lookup cannot be used to learn whether someone is a party.
    if (!status) throw new KioskError('CASE_NOT_FOUND', 'court.errors.caseNotFound');
    return status;
  }

  /** Only for the one who handed it in: the number with its check, and their ID number or phone's last four digits. */
  async receipt(receiptNo: string, secondFactor: string): Promise<ReceiptStatus> {
    const opened = await this.deps.receipts.open(receiptNo, secondFactor);
    return (await receiptStatus(this.deps.db, opened))!;
  }
}
