// The fee desk's printouts: an estimate, a refund request's receipt, a relief application form.
// Each is built from what main knows (the schedule, the queued submission), never from the screen.
import type { MethodInput, PrintJob, ReceiptKind, TerminalConfig } from '../../../contract';
import type { CaseTypeCatalogue } from '../cases/catalogue';
import { requireCaseNumber } from '../cases/case-number';
import { courtDate, type Clock } from '../clock';
import { KioskError } from '../errors';
import type { Translate } from '../i18n/translator';
import { assistedField } from '../staff/assisted';
import { refundReceiptInput, reliefApplicationInput } from './fee-application-documents';
import type { FeeApplications } from './fee-applications';
import { estimateFee, feeEstimateDocument } from './fee-estimate';

export interface FeePaperDeps {
  applications: FeeApplications;
  catalogue: CaseTypeCatalogue;
  clock: Clock;
  config: () => Promise<TerminalConfig>;
  /** Text of any namespace in a language (the relief form lists situations as the screener words them). */
  translator(language: string): Translate;
  print(kind: ReceiptKind, input: unknown, language: string): Promise<PrintJob>;
}

const notFound = (receiptNo: string) => new KioskError('RECEIPT_NOT_FOUND', 'fees.desk.errors.receiptNotFound', { receiptNo });

export class FeePapers {
  constructor(private readonly deps: FeePaperDeps) {}

  async estimate({ caseType, amount, language }: MethodInput<'print.feeEstimate'>): Promise<PrintJob> {
    const type = this.deps.catalogue.get(caseType);
    const { fees, terminalId, timeZone } = await this.deps.config();
    const estimate = estimateFee(type.feeKind, amount, fees);
    return this.deps.print('fee-estimate', feeEstimateDocument(estimate, type, language, terminalId, this.deps.clock.now(), timeZone), language);
  }

  async refundReceipt({ receiptNo, caseNumber, language }: MethodInput<'print.refundReceipt'>): Promise<PrintJob> {
    const asked = requireCaseNumber(caseNumber, this.deps.clock.now()).text;
    const refund = await this.deps.applications.submitted('refund', receiptNo);
    // A wrong case number gets the same answer as a wrong receipt number: nothing to learn by guessing.
    if (!refund || refund.payload.caseNumber !== asked) throw notFound(receiptNo);
    return this.deps.print(
      'refund-receipt',
      { ...refundReceiptInput(refund.payload, receiptNo, refund.submittedAt), ...assistedField(refund.assistedBy) },
      language,
    );
  }

  async reliefApplication({ receiptNo, idNumber, language }: MethodInput<'print.reliefApplication'>): Promise<PrintJob> {
    // The number the applicant gave, whatever the document: it is compared, not checked again.
    const asked = idNumber.replace(/\s+/g, '').toUpperCase();
    const relief = await this.deps.applications.submitted('relief', receiptNo);
    if (!relief || asked === '' || relief.payload.applicant.idNumber !== asked) throw notFound(receiptNo);
    const { timeZone } = await this.deps.config();
    const signedOn = courtDate(new Date(relief.submittedAt), timeZone);
    return this.deps.print(
      'relief-application',
      { ...reliefApplicationInput(relief.payload, receiptNo, signedOn, this.deps.translator(language)), ...assistedField(relief.assistedBy) },
      language,
    );
  }
}
