// The fee desk's printouts: an estimate, a refund request's receipt, a relief application form.
// Each is built from what main knows (the schedule, the queued submission), never from the screen.
import type { MethodInput, PrintJob, ReceiptKind, TerminalConfig } from '../../../contract';
import type { CaseTypeCatalogue } from '../cases/catalogue';
import { courtDate, type Clock } from '../clock';
import { KioskError } from '../errors';
import type { Translate } from '../i18n/translator';
import type { ReceiptLookup } from '../outbox/receipt-lookup';
import { assistedField } from '../staff/assisted';
import { refundReceiptInput, reliefApplicationInput } from './fee-application-documents';
import type { FeeApplications } from './fee-applications';
import { estimateFee, feeEstimateDocument } from './fee-estimate';

export interface FeePaperDeps {
  applications: FeeApplications;
  /** Who may print a fee application's papers again, by its receipt number. */
  receipts: ReceiptLookup;
  catalogue: CaseTypeCatalogue;
  clock: Clock;
  config: () => Promise<TerminalConfig>;
  /** Text of any namespace in a language (the relief form lists situations as the screener words them). */
  translator(language: string): Translate;
  print(kind: ReceiptKind, input: unknown, language: string): Promise<PrintJob>;
}

/** An opened number of another kind, or one whose payload is purged: nothing left to print. */
const notFound = (receiptNo: string) => new KioskError('RECEIPT_NOT_FOUND', 'fees.desk.errors.receiptNotFound', { receiptNo });

export class FeePapers {
  constructor(private readonly deps: FeePaperDeps) {}

  async estimate({ caseType, amount, language }: MethodInput<'print.feeEstimate'>): Promise<PrintJob> {
    const type = this.deps.catalogue.get(caseType);
    const { fees, terminalId, timeZone } = await this.deps.config();
    const estimate = estimateFee(type.feeKind, amount, fees);
    return this.deps.print('fee-estimate', feeEstimateDocument(estimate, type, language, terminalId, this.deps.clock.now(), timeZone), language);
  }

  /** Only for the one who handed it in: the number with its check, and the phone's last four digits. */
  async refundReceipt({ receiptNo, secondFactor, language }: MethodInput<'print.refundReceipt'>): Promise<PrintJob> {
    const opened = await this.deps.receipts.open(receiptNo, secondFactor);
    const refund = await this.deps.applications.submitted('refund', opened);
    if (!refund) throw notFound(opened);
    return this.deps.print(
      'refund-receipt',
      { ...refundReceiptInput(refund.payload, opened, refund.submittedAt), ...assistedField(refund.assistedBy) },
      language,
    );
  }

  /** Only for the applicant: the number with its check, and their ID number or phone's last four digits. */
  async reliefApplication({ receiptNo, secondFactor, language }: MethodInput<'print.reliefApplication'>): Promise<PrintJob> {
    const opened = await this.deps.receipts.open(receiptNo, secondFactor);
    const relief = await this.deps.applications.submitted('relief', opened);
    if (!relief) throw notFound(opened);
    const { timeZone } = await this.deps.config();
    const signedOn = courtDate(new Date(relief.submittedAt), timeZone);
    return this.deps.print(
      'relief-application',
      { ...reliefApplicationInput(relief.payload, opened, signedOn, this.deps.translator(language)), ...assistedField(relief.assistedBy) },
      language,
    );
  }
}
