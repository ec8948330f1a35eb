// Case filing (立案): the element-style complaint of a case type, a draft checked and its claims and
// facts generated, and the filing submitted — the filing, its outbox entry and its receipt number
// in one transaction, so a crash leaves either nothing or a queued filing with its receipt.
import { createHash, randomUUID } from 'node:crypto';
import {
  normalisedIdNumber,
  type FilingCourt,
  type FilingDraft,
  type FilingElement,
  type FilingPreview,
  type FilingProblem,
  type FilingReceipt,
  type FilingSubmission,
  type TerminalConfig,
} from '../../../contract';
import type { LprSeries } from '../cases/lpr-series';
import { courtDate, type Clock } from '../clock';
import { isCrossRegion } from '../court/court-directory';
import { KioskError } from '../errors';
import { enqueueSubmission } from '../outbox/outbox';
import { nextReceiptNo } from '../outbox/receipt-numbers';
import { acknowledgedBy } from '../outbox/submission-records';
import type { Database } from '../storage/database';
import { COMPLAINT_LANGUAGES, claimAmountFen, complaintText, type ComplaintText } from './complaint-text';
import type { ElementSets } from './element-sets';
import type { EvidenceStore } from './evidence-store';
import { checkAnswers, checkConsents, checkParties, checkTexts } from './filing-checks';

export interface FilingDeps {
  db: Database;
  clock: Clock;
  elements: ElementSets;
  evidence: EvidenceStore;
  config: () => Promise<TerminalConfig>;
  /** The one-year LPR in force (shipped or from the law-data package), for the interest ceiling. */
  lpr: LprSeries;
  /** The visit under way, whose drafts and pages these are; null before the first touch. */
  currentSession: () => Promise<string | null>;
  /** The helper assisting this visit (帮办人), recorded on the filing and its papers. */
  assistedBy: () => Promise<string | null>;
  /** Asks the outbox to deliver now what was just enqueued. */
  deliver: () => void;
  newId?: () => string;
}

const printed = (idNumber: string | null) => (idNumber === null ? null : normalisedIdNumber(idNumber));

/**
 * Identity numbers as the documents print them (upper case, no spaces), on the papers and in the
 * outbox: the court matches the number a payer or a resuming filer gives, normalised the same way.
 */
function withPrintedIdNumbers(draft: FilingDraft): FilingDraft {
  return {
    ...draft,
    parties: draft.parties.map((p) => ({
      ...p,
      party: p.party.kind === 'person' ? { ...p.party, idNumber: printed(p.party.idNumber) } : p.party,
      agent: p.agent ? { ...p.agent, idNumber: printed(p.agent.idNumber) } : p.agent,
    })),
  };
}

/** A filing as kept in the filings table and sent to the court: the draft as filed, and its facts. */
export interface FiledCase extends Omit<FilingSubmission, 'claims' | 'facts'> {
  filingId: string;
  receiptNo: string;
  submittedAt: string;
  claims: string[];
  facts: string;
  claimAmountFen: number | null;
  court: FilingCourt;
  assistedBy: string | null;
  /** The visit and the submission, hashed: a second tap on Submit finds the filing the first made. */
  fingerprint: string;
}

export function filingCourts(config: TerminalConfig): FilingCourt[] {
  const own = config.courtDirectory.find((c) => c.code === config.court.code);
  return [
    { code: config.court.code, name: config.court.name, address: own?.address ?? null, crossRegion: false, areas: own?.areas ?? [] },
    ...config.courtDirectory
      .filter((c) => isCrossRegion(config, c.code))
      .map((c) => ({ code: c.code, name: c.name, address: c.address, crossRegion: true, areas: c.areas })),
  ];
}

export class FilingService {
  constructor(private readonly deps: FilingDeps) {}

  /** The elements a case type's complaint asks for, without the data's generator hints. */
  elements(caseType: string): { caseType: string; version: string; elements: FilingElement[] } {
    const set = this.deps.elements.get(caseType);
    return {
      caseType,
      version: set.version,
      elements: set.elements.map(({ interestCeilingOn: _ceiling, claimed: _claimed, deadline: _deadline, defaultsTo: _defaultsTo, ...element }) => element),
    };
  }

  async courts(): Promise<FilingCourt[]> {
    return filingCourts(await this.deps.config());
  }

  async preview(draft: FilingDraft): Promise<FilingPreview> {
    const set = this.deps.elements.get(draft.caseType);
    const config = await this.deps.config();
    const now = this.deps.clock.now();
    const today = courtDate(now, config.timeZone);
    const generated: Record<string, ComplaintText> = Object.fromEntries(
      COMPLAINT_LANGUAGES.map((l) => [l, complaintText(set, draft.answers, draft.parties, today, l, this.deps.lpr)]),
    );
    const court = filingCourts(config).find((c) => c.code === draft.courtCode) ?? null;
    const problems: FilingProblem[] = [
      ...(court ? [] : [{ path: 'courtCode', severity: 'error' as const, code: 'unknownCourt', messageKey: 'complaint.problems.unknownCourt' }]),
      ...checkParties(draft.parties, now),
      ...checkAnswers(set, draft.answers, today, this.deps.lpr),
      ...checkTexts(draft),
      ...checkConsents(draft.consents),
    ];
    const zh = generated['zh-CN']!;
    return {
      generated,
      claims: draft.claims ?? zh.claims,
      facts: draft.facts ?? zh.facts,
      claimAmountFen: claimAmountFen(set, draft.answers),
      court,
      problems,
    };
  }

  async submit(submission: FilingSubmission): Promise<FilingReceipt> {
    const { signaturePng, language, ...typed } = submission;
    const draft = withPrintedIdNumbers(typed);
    const sessionId = await this.deps.currentSession();
    if (sessionId === null) throw new KioskError('NO_SESSION', 'errors.session.none');
    const preview = await this.preview(draft);
    const errors = preview.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0 || preview.court === null) {
      throw new KioskError('FILING_INCOMPLETE', 'complaint.errors.incomplete', { problems: errors.map((p) => ({ path: p.path, code: p.code })) });
    }
    const { terminalId, timeZone } = await this.deps.config();
    const now = this.deps.clock.now();
    const filingId = (this.deps.newId ?? randomUUID)();
    const submittedAt = now.toISOString();
    const assistedBy = await this.deps.assistedBy();
    const court = preview.court;
    const fingerprint = createHash('sha256')
      .update(JSON.stringify([sessionId, submission]))
      .digest('hex');
    const receipt = await this.deps.db.transaction(async (tx): Promise<FilingReceipt & { repeated: boolean }> => {
      const same = await tx.get<{ id: string; receipt_no: string; submitted_at: string }>(
        "SELECT id, receipt_no, submitted_at FROM filings WHERE json_extract(filing, '$.fingerprint') = ?",
        [fingerprint],
      );
      if (same) return { filingId: same.id, receiptNo: same.receipt_no, submittedAt: same.submitted_at, repeated: true };
      const number = await nextReceiptNo(tx, terminalId, 'filing', courtDate(now, timeZone));
      const filed: FiledCase = {
        ...draft,
        signaturePng,
        language,
        filingId,
        receiptNo: number,
        submittedAt,
        claims: preview.claims,
        facts: preview.facts,
        claimAmountFen: preview.claimAmountFen,
        court,
        assistedBy,
        fingerprint,
      };
      await tx.run(
        'INSERT INTO filings (id, receipt_no, case_type, court_code, cross_region, assisted_by, language, submitted_at, filing) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [filingId, number, draft.caseType, court.code, court.crossRegion ? 1 : 0, assistedBy, language, submittedAt, JSON.stringify(filed)],
      );
      const pages = await this.deps.evidence.attach(
        tx,
        sessionId,
        filingId,
        draft.evidence.map((e) => e.id),
      );
      // Page images are kept with the filing on the kiosk and printed in its bundle, not queued: the
      // payload stays small and says how many pages there are. The signature is on the printed complaint.
      const { signaturePng: _signature, fingerprint: _fingerprint, ...forCourt } = filed;
      await enqueueSubmission(tx, { key: filingId, kind: 'filing', receiptNo: number, payload: { ...forCourt, evidencePageCount: pages }, assistedBy }, now);
      await tx.run('DELETE FROM filing_resume WHERE session_id = ?', [sessionId]);
      return { filingId, receiptNo: number, submittedAt, repeated: false };
    });
    if (!receipt.repeated) this.deps.deliver();
    return { filingId: receipt.filingId, receiptNo: receipt.receiptNo, submittedAt: receipt.submittedAt };
  }

  /** Clears the personal data of filings the court acknowledged more than retentionDays ago, page files too. */
  async purge(retentionDays: number): Promise<number> {
    const now = this.deps.clock.now();
    const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
    const files = await this.deps.db.transaction(async (tx) => {
      // Filings still holding personal data, of which the outbox says which the court has long had.
      const kept = await tx.all<{ id: string }>('SELECT id FROM filings WHERE filing IS NOT NULL');
      const due = await acknowledgedBy(
        tx,
        kept.map((f) => f.id),
        cutoff,
      );
      const gone: string[] = [];
      for (const id of due) {
        await tx.run('UPDATE filings SET filing = NULL, purged_at = ? WHERE id = ?', [now.toISOString(), id]);
        gone.push(...(await this.deps.evidence.purgeFiling(tx, id)));
      }
      return { count: due.length, gone };
    });
    await this.deps.evidence.deleteFiles(files.gone);
    return files.count;
  }

  /** A filing as submitted; refused when unknown or when its personal data has been purged. */
  async filed(filingId: string): Promise<FiledCase> {
    const row = await this.deps.db.get<{ filing: string | null }>('SELECT filing FROM filings WHERE id = ?', [filingId]);
    if (!row) throw new KioskError('FILING_NOT_FOUND', 'complaint.errors.filingNotFound');
    if (row.filing === null) throw new KioskError('FILING_PURGED', 'complaint.errors.filingPurged');
    return JSON.parse(row.filing) as FiledCase;
  }
}
