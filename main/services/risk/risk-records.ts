// Kept risk assessments: the report with the answers and rule-set version that produced it, the
// litigant's acknowledgement of the risk notice, and both as printable documents. A report is
// numbered <terminal>-FX-<court date>-NNNN; its notice carries the same count as -GZ-.
import { randomUUID } from 'node:crypto';
import type { RecordedRiskReport, RiskAnswers, RiskReport, TerminalConfig } from '../../../contract';
import type { CaseTypeCatalogue } from '../cases/catalogue';
import { courtDate, type Clock } from '../clock';
import { KioskError } from '../errors';
import { createTranslator, type Translate } from '../i18n/translator';
import { verificationCode, verificationUrl } from '../receipts/receipt-service';
import { assistedField, recordAssisted, type VisitHelper } from '../staff/assisted';
import type { Database } from '../storage/database';
import { riskReportPaper, type PaperContext } from './report-paper';
import type { RiskService } from './risk-service';

export interface RiskRecordsDeps {
  db: Database;
  clock: Clock;
  risk: RiskService;
  catalogue: CaseTypeCatalogue;
  config: () => Promise<TerminalConfig>;
  localesDir: string;
  assistedBy: VisitHelper;
  newId?: () => string;
}

interface ReportRow {
  id: string;
  document_no: string;
  case_type: string;
  report: string;
  recorded_at: string;
}

interface AcknowledgementRow {
  litigant: string;
  method: 'signature' | 'readAndUnderstood';
  signature_png: Buffer | null;
  assisted_by: string | null;
  acknowledged_at: string;
}

/** A document ready for the receipts service, issued at the time it was first recorded. */
export interface KeptDocument {
  input: unknown;
  issuedAt: Date;
}

export class RiskRecords {
  private readonly translators = new Map<string, Translate>();

  constructor(private readonly deps: RiskRecordsDeps) {}

  async record(caseType: string, answers: RiskAnswers): Promise<RecordedRiskReport> {
    const report = await this.deps.risk.assess(caseType, answers);
    const config = await this.deps.config();
    const now = this.deps.clock.now();
    const reportId = (this.deps.newId ?? randomUUID)();
    const recordedAt = now.toISOString();
    const prefix = `${config.terminalId}-FX-${courtDate(now, config.timeZone).replaceAll('-', '')}-`;
    const documentNo = await this.deps.db.transaction(async (tx) => {
      const { n } = (await tx.get<{ n: number }>('SELECT COUNT(*) AS n FROM risk_reports WHERE document_no LIKE ?', [`${prefix}%`]))!;
      const number = `${prefix}${String(n + 1).padStart(4, '0')}`;
      await tx.run('INSERT INTO risk_reports (id, document_no, case_type, rule_set_version, answers, report, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
        reportId,
        number,
        caseType,
        report.ruleSetVersion,
        JSON.stringify(answers),
        JSON.stringify(report),
        recordedAt,
      ]);
      return number;
    });
    // The same code the printed report will carry: it is issued with the time it was recorded.
    const verifyUrl = verificationUrl(config, documentNo, verificationCode('risk-report', documentNo, config.terminalId, now));
    return { reportId, documentNo, verifyUrl, recordedAt, report };
  }

  async acknowledge(ack: {
    reportId: string;
    litigant: string;
    method: 'signature' | 'readAndUnderstood';
    signaturePng: string | null;
  }): Promise<{ acknowledgedAt: string }> {
    const report = await this.row(ack.reportId);
    const now = this.deps.clock.now();
    const acknowledgedAt = now.toISOString();
    await this.deps.db.transaction(async (tx) => {
      // Acknowledging again (e.g. signing after first only ticking) replaces the earlier one.
      // Who helped is kept with the acknowledgement for its paper; the audit entry beside it is the evidence.
      const assistedBy = this.deps.assistedBy();
      await tx.run(
        'INSERT OR REPLACE INTO risk_acknowledgements (report_id, litigant, method, signature_png, assisted_by, acknowledged_at) VALUES (?, ?, ?, ?, ?, ?)',
        [ack.reportId, ack.litigant.trim(), ack.method, ack.signaturePng === null ? null : Buffer.from(ack.signaturePng, 'base64'), assistedBy, acknowledgedAt],
      );
      await recordAssisted(tx, now, 'risk.acknowledge', assistedBy, { reportId: ack.reportId, documentNo: report.document_no, method: ack.method });
    });
    return { acknowledgedAt };
  }

  async reportDocument(reportId: string, language: string): Promise<KeptDocument> {
    const row = await this.row(reportId);
    const report = JSON.parse(row.report) as RiskReport;
    const config = await this.deps.config();
    const ctx: PaperContext = {
      t: this.translator(language),
      language,
      type: this.deps.catalogue.get(row.case_type),
      questions: this.deps.risk.questions().types.find((t) => t.caseType === row.case_type)?.questions ?? [],
      courtDirectory: config.courtDirectory,
    };
    return { input: riskReportPaper(ctx, row.document_no, report), issuedAt: new Date(row.recorded_at) };
  }

  async noticeDocument(reportId: string, language: string): Promise<KeptDocument> {
    const row = await this.row(reportId);
    const ack = await this.deps.db.get<AcknowledgementRow>(
      'SELECT litigant, method, signature_png, assisted_by, acknowledged_at FROM risk_acknowledgements WHERE report_id = ?',
      [reportId],
    );
    if (!ack) throw new KioskError('RISK_NOT_ACKNOWLEDGED', 'risk.errors.notAcknowledged', { reportId });
    const { timeZone } = await this.deps.config();
    const type = this.deps.catalogue.get(row.case_type);
    const acknowledgedAt = new Date(ack.acknowledged_at);
    return {
      input: {
        documentNo: row.document_no.replace('-FX-', '-GZ-'),
        reportNo: row.document_no,
        litigant: ack.litigant,
        caseType: type.name[language] ?? type.name['zh-CN'],
        method: ack.method,
        ...(ack.signature_png ? { signaturePng: ack.signature_png.toString('base64') } : {}),
        signedOn: courtDate(acknowledgedAt, timeZone),
        ...assistedField(ack.assisted_by),
      },
      issuedAt: acknowledgedAt,
    };
  }

  /** Names and signatures are personal data: kept reports go once the retention period has passed. */
  async purge(retentionDays: number): Promise<number> {
    const cutoff = new Date(this.deps.clock.now().getTime() - retentionDays * 86_400_000).toISOString();
    return this.deps.db.transaction(async (tx) => {
      await tx.run('DELETE FROM risk_acknowledgements WHERE report_id IN (SELECT id FROM risk_reports WHERE recorded_at <= ?)', [cutoff]);
      return (await tx.run('DELETE FROM risk_reports WHERE recorded_at <= ?', [cutoff])).changes;
    });
  }

  private async row(reportId: string): Promise<ReportRow> {
    const row = await this.deps.db.get<ReportRow>('SELECT id, document_no, case_type, report, recorded_at FROM risk_reports WHERE id = ?', [reportId]);
    if (!row) throw new KioskError('RISK_REPORT_NOT_FOUND', 'risk.errors.reportNotFound', { reportId });
    return row;
  }

  private translator(language: string): Translate {
    let t = this.translators.get(language);
    if (!t) {
      t = createTranslator(this.deps.localesDir, language);
      this.translators.set(language, t);
    }
    return t;
  }
}
