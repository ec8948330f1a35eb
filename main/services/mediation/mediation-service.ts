// Pre-litigation mediation requests (诉前调解): the organisations a court works with, filtered to
// the dispute, and a request saved with its receipt number and queued for the court in one step.
import { randomUUID } from 'node:crypto';
import { MediationRequestInput, type LocalizedText, type MediationOrganisation, type TerminalConfig } from '../../../contract';
import type { CaseTypeCatalogue } from '../cases/catalogue';
import { courtDate, type Clock } from '../clock';
import { KioskError } from '../errors';
import { enqueueSubmission } from '../outbox/outbox';
import { nextReceiptNo } from '../outbox/receipt-numbers';
import { queuedSubmission } from '../outbox/submission-records';
import { assistedField, type VisitHelper } from '../staff/assisted';
import type { Database } from '../storage/database';

export interface MediationDeps {
  db: Database;
  clock: Clock;
  catalogue: CaseTypeCatalogue;
  config: () => Promise<TerminalConfig>;
  /** Asks the outbox to deliver now what was just enqueued. */
  deliver: () => void;
  assistedBy: VisitHelper;
  newId?: () => string;
}

export class MediationService {
  constructor(private readonly deps: MediationDeps) {}

  async organisations(caseType: string): Promise<MediationOrganisation[]> {
    this.deps.catalogue.get(caseType);
    const { mediation } = await this.deps.config();
    return mediation.organisations.filter((o) => o.caseTypes.length === 0 || o.caseTypes.includes(caseType));
  }

  async submit(request: MediationRequestInput): Promise<{ requestId: string; receiptNo: string; submittedAt: string }> {
    const organisation = (await this.organisations(request.caseType)).find((o) => o.id === request.organisationId);
    if (!organisation) throw new KioskError('UNKNOWN_ORGANISATION', 'mediation.errors.unknownOrganisation');
    if ((request.mode === 'online' && !organisation.online) || (request.mode === 'inPerson' && !organisation.inPerson)) {
      throw new KioskError('MODE_NOT_OFFERED', 'mediation.errors.modeNotOffered', { mode: request.mode });
    }
    const now = this.deps.clock.now();
    const { terminalId, timeZone } = await this.deps.config();
    const today = courtDate(now, timeZone);
    if (request.preferredTimes.some((t) => t.date < today)) throw new KioskError('TIME_IN_PAST', 'mediation.errors.timeInPast');
    const requestId = (this.deps.newId ?? randomUUID)();
    const submittedAt = now.toISOString();
    const assistedBy = this.deps.assistedBy();
    const receiptNo = await this.deps.db.transaction(async (tx) => {
      const number = await nextReceiptNo(tx, terminalId, 'mediation', today);
      await tx.run('INSERT INTO mediation_requests (id, receipt_no, case_type, organisation_id, mode, submitted_at) VALUES (?, ?, ?, ?, ?, ?)', [
        requestId,
        number,
        request.caseType,
        organisation.id,
        request.mode,
        submittedAt,
      ]);
      await enqueueSubmission(tx, { key: requestId, kind: 'mediation', receiptNo: number, payload: request, assistedBy }, now);
      return number;
    });
    this.deps.deliver();
    return { requestId, receiptNo, submittedAt };
  }

  /** The application and its receipt as the documents print them, in the asked language. */
  async documents(requestId: string, language: string) {
    const row = await this.deps.db.get<{ receipt_no: string; submitted_at: string }>('SELECT receipt_no, submitted_at FROM mediation_requests WHERE id = ?', [
      requestId,
    ]);
    const queued = row ? await queuedSubmission(this.deps.db, { key: requestId }) : null;
    if (!row || !queued) throw new KioskError('UNKNOWN_REQUEST', 'mediation.errors.unknownRequest');
    // Past the retention period the court has the request and the kiosk keeps no personal data.
    if (queued.payload === null) throw new KioskError('REQUEST_PURGED', 'mediation.errors.requestPurged');
    // The payload is the request as the litigant gave it; who helped was queued beside it.
    const { assistedBy } = queued;
    const request = MediationRequestInput.parse(queued.payload);
    const { mediation, timeZone } = await this.deps.config();
    const inLanguage = (text: LocalizedText) => text[language] ?? text['zh-CN'];
    const organisation = mediation.organisations.find((o) => o.id === request.organisationId);
    const common = {
      caseType: inLanguage(this.deps.catalogue.get(request.caseType).name),
      organisation: organisation ? inLanguage(organisation.name) : request.organisationId,
      mode: request.mode,
      preferredTimes: request.preferredTimes,
      ...assistedField(assistedBy),
    };
    return {
      application: {
        ...common,
        documentNo: row.receipt_no,
        applicant: request.applicant,
        respondent: request.respondent,
        description: request.description,
        signedOn: courtDate(new Date(row.submitted_at), timeZone),
      },
      receipt: { ...common, receiptNo: row.receipt_no, applicant: request.applicant.name, respondent: request.respondent.name },
    };
  }
}
