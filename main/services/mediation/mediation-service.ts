// Pre-litigation mediation requests (诉前调解): the organisations a court works with, filtered to
// the dispute, and a request saved with its receipt number and queued for the court in one step.
import { randomUUID } from 'node:crypto';
import type { MediationOrganisation, MediationRequestInput, TerminalConfig } from '../../../preload/contract';
import type { CaseTypeCatalogue } from '../cases/catalogue';
import type { Clock } from '../clock';
import { KioskError } from '../errors';
import { enqueueSubmission } from '../queue/outbox';
import type { Database } from '../storage/database';

export interface MediationDeps {
  db: Database;
  clock: Clock;
  catalogue: CaseTypeCatalogue;
  config: () => Promise<TerminalConfig>;
  /** Asks the outbox to deliver now what was just enqueued. */
  deliver: () => void;
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
    const today = now.toISOString().slice(0, 10);
    if (request.preferredTimes.some((t) => t.date < today)) throw new KioskError('TIME_IN_PAST', 'mediation.errors.timeInPast');
    const { terminalId } = await this.deps.config();
    const requestId = (this.deps.newId ?? randomUUID)();
    const submittedAt = now.toISOString();
    const receiptNo = await this.deps.db.transaction(async (tx) => {
      const prefix = `${terminalId}-TJ-${today.replaceAll('-', '')}-`;
      const { n } = (await tx.get<{ n: number }>('SELECT COUNT(*) AS n FROM mediation_requests WHERE receipt_no LIKE ?', [`${prefix}%`]))!;
      const number = `${prefix}${String(n + 1).padStart(4, '0')}`;
      await tx.run('INSERT INTO mediation_requests (id, receipt_no, case_type, organisation_id, mode, submitted_at) VALUES (?, ?, ?, ?, ?, ?)', [
        requestId,
        number,
        request.caseType,
        organisation.id,
        request.mode,
        submittedAt,
      ]);
      await enqueueSubmission(tx, { key: requestId, kind: 'mediation', receiptNo: number, payload: request }, now);
      return number;
    });
    this.deps.deliver();
    return { requestId, receiptNo, submittedAt };
  }
}
