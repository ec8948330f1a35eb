// The printed risk report in words: turns a RiskReport (ids, keys, dates) into the sentences the
// A4 document (receipts/documents/risk-report.ts) lays out, in the language asked — each finding
// with the answers behind it and its article, as the screen shows it.
import type { CaseType, DirectoryCourt, RiskQuestion, RiskReport } from '../../../contract';
import { FEN, parseYuan } from '../fees/money';
import type { Translate } from '../i18n/translator';
import { proseDate } from '../../../contract/prose';
import { limitationNotes, limitationTitleKey, reasonText, type Reason } from '../../../contract/risk-wording';

export interface PaperContext {
  /** Full keys: 'risk.…', 'catalogue.…'. */
  t: Translate;
  language: string;
  type: CaseType;
  questions: readonly RiskQuestion[];
  courtDirectory: readonly DirectoryCourt[];
}

const inLanguage = (text: Record<string, string>, language: string) => text[language] ?? text['zh-CN'] ?? '';
/** Fees come as yuan with two places; the document takes whole fen. */
const fen = (yuan: string) => Number(parseYuan(yuan, 'fee').div(FEN).toDecimal(0));

const reasonsText = (ctx: PaperContext, because: readonly Reason[]) =>
  because
    .map((r) => reasonText(ctx, r))
    .filter((text) => text !== '')
    .join(ctx.t('risk.report.reasonSeparator'));

export function limitationText(t: Translate, language: string, limitation: RiskReport['limitation']): string {
  if (!('lastDay' in limitation)) return t(limitation.noteKey);
  const date = proseDate(limitation.lastDay, language);
  const status =
    limitation.status === 'running'
      ? t('risk.report.limitation.running', { date, count: limitation.daysLeft })
      : t('risk.report.limitation.expired', { date, count: -limitation.daysLeft });
  return [
    t('risk.report.limitation.countedFrom', { date: proseDate(limitation.countedFrom, language) }),
    status,
    ...limitationNotes(t, language, limitation),
  ].join(' ');
}

export function jurisdictionText(ctx: PaperContext, jurisdiction: NonNullable<RiskReport['jurisdiction']>): string {
  const court = jurisdiction.court ? inLanguage(jurisdiction.court.name, ctx.language) : '';
  return `${ctx.t(`risk.jurisdiction.status.${jurisdiction.status}`, { court })} ${ctx.t(jurisdiction.basisKey)}`;
}

/** The risk-report document's input for a kept report. */
export function riskReportPaper(ctx: PaperContext, documentNo: string, report: RiskReport) {
  const { t } = ctx;
  const costs = [
    ...(report.costs.caseFee ? [{ label: t('risk.report.costs.caseFee'), amountFen: fen(report.costs.caseFee) }] : []),
    ...(report.costs.caseFeeSimplified ? [{ label: t('risk.report.costs.caseFeeSimplified'), amountFen: fen(report.costs.caseFeeSimplified) }] : []),
    ...(report.preservation.fee ? [{ label: t('risk.report.costs.preservationFee'), amountFen: fen(report.preservation.fee) }] : []),
  ];
  return {
    documentNo,
    caseType: inLanguage(ctx.type.name, ctx.language),
    assessedOn: report.asOf,
    ruleSetVersion: report.ruleSetVersion,
    path: {
      name: t(`risk.paths.names.${report.path.recommended}`),
      reasons: report.path.reasons.map((r) =>
        t('risk.report.pathReason', { path: t(`risk.paths.names.${r.path}`), reason: t(r.reasonKey), article: r.article }),
      ),
    },
    findings: report.findings.map((f) => ({
      severity: f.severity,
      message: t(f.messageKey),
      why: reasonsText(ctx, f.because),
      article: f.article,
      action: t(f.actionKey),
    })),
    limitation: {
      title: t(limitationTitleKey(report.limitation)),
      text: limitationText(t, ctx.language, report.limitation),
      articles: report.limitation.articles.join('、'),
    },
    jurisdiction: report.jurisdiction ? { text: jurisdictionText(ctx, report.jurisdiction), articles: report.jurisdiction.articles.join('、') } : null,
    evidence: report.evidence.map((e) => ({ name: t(`catalogue.evidence.${e.key}`), status: e.status })),
    enforcement: t(report.enforcement.reasonKey),
    preservation: [t(report.preservation.reasonKey), ...report.preservation.articles].join(' '),
    costs,
    durations: [
      ...report.costs.durations.map((d) =>
        t('risk.report.duration', { procedure: t(`risk.durations.procedures.${d.procedure}`), days: d.days, article: d.article }),
      ),
      t(report.costs.durationNoteKey),
    ],
    headings: report.riskHeadings.filter((h) => h.findings.length > 0).map((h) => t(`risk.headings.${h.heading}`)),
    disclaimer: t(report.disclaimerKey),
  };
}
