// A risk report's "because" in words — each answer behind a finding with the question it answered,
// and a fact in a sentence — shared by the screen (renderer/src/flows/risk) and the printed report
// (main/services/risk/report-paper.ts), so both say exactly the same.
import { proseDate, proseYuan } from './prose';
import type { DirectoryCourt, RiskQuestion, RiskReport } from './index';
import { SUMMARY_QUESTIONS } from './risk-summary.data';

export type Reason = RiskReport['findings'][number]['because'][number];

export interface ReasonContext {
  /** Full keys: 'risk.…'. */
  t: (key: string, values?: Record<string, unknown>) => string;
  language: string;
  questions: readonly RiskQuestion[];
  courtDirectory: readonly DirectoryCourt[];
}

const inLanguage = (text: Record<string, string>, language: string) => text[language] ?? text['zh-CN'] ?? '';

/** An answer as the litigant gave it: 是/否, the option's words, an amount or a date in prose, a court's area. */
export function answerText(ctx: ReasonContext, question: RiskQuestion, answer: boolean | string): string {
  const { t } = ctx;
  if (typeof answer === 'boolean') return t(answer ? 'risk.answers.yes' : 'risk.answers.no');
  switch (question.type) {
    case 'choice':
      return t(question.options?.find((o) => o.value === answer)?.textKey ?? answer);
    case 'amount':
      return proseYuan(answer, ctx.language);
    case 'percent':
      return t('risk.answers.percent', { value: answer });
    case 'date':
      return proseDate(answer, ctx.language);
    case 'place': {
      const court = ctx.courtDirectory.find((c) => c.areas.includes(answer));
      return court ? t('risk.answers.areaOf', { court: inLanguage(court.name, ctx.language) }) : t('risk.answers.elsewhere');
    }
    default:
      return answer;
  }
}

export function reasonText(ctx: ReasonContext, reason: Reason): string {
  if (reason.fact) return ctx.t(`risk.facts.${reason.fact}`);
  const question = ctx.questions.find((q) => q.id === reason.question);
  if (!question) return '';
  const answer = reason.answer === null ? ctx.t('risk.answers.none') : answerText(ctx, question, reason.answer);
  const said = ctx.t('risk.report.answered', { question: ctx.t(question.textKey), answer });
  return reason.period ? `${said}${periodText(ctx, reason.period)}` : said;
}

/** The last day of a period counted from an answer, and why it is later than the date n months on (Civil Code Art 203, CPL Art 85). */
function periodText(ctx: ReasonContext, period: NonNullable<Reason['period']>): string {
  const date = proseDate(period.lastDay, ctx.language);
  if (period.rolledFrom !== null) return ctx.t('risk.report.periodRolled', { from: proseDate(period.rolledFrom, ctx.language), date });
  return ctx.t(period.notApplied.length > 0 ? 'risk.report.periodHolidaysUnknown' : 'risk.report.periodEnds', { date });
}

/**
 * What happened, in a few plain sentences made only from the answers given (one per answer listed in
 * SUMMARY_QUESTIONS): the first draft of a mediation request's description, instead of a list of
 * questions and answers. An answer not given writes nothing.
 */
export function summaryText(ctx: ReasonContext, answers: Readonly<Record<string, boolean | string>>): string {
  const sentences = ctx.questions.flatMap((q) => {
    const answer = answers[q.id];
    if (answer === undefined || answer === '' || !SUMMARY_QUESTIONS.includes(q.id)) return [];
    if (typeof answer === 'boolean') return [ctx.t(`risk.summary.${q.id}.${answer ? 'yes' : 'no'}`)];
    return [ctx.t(`risk.summary.${q.id}`, { answer: answerText(ctx, q, answer) })];
  });
  // Chinese sentences end in 。 and run on; English ones need a space between them.
  return sentences.join(ctx.language.startsWith('zh') ? '' : ' ');
}

type DatedLimitation = Extract<RiskReport['limitation'], { lastDay: string }>;

/** The limitation section's heading, naming the time limit it is about (a labour claim has no 诉讼时效 to speak of). */
export const limitationTitleKey = (limitation: RiskReport['limitation']) => `risk.report.limitation.titles.${limitation.period}`;

/**
 * What a dated limitation period's last day needs said beside it: a suspension (Art 194), a last day
 * moved off a rest day (Art 203), or a year whose holidays the terminal does not know yet.
 */
export function limitationNotes(t: ReasonContext['t'], language: string, limitation: DatedLimitation): string[] {
  const date = proseDate(limitation.lastDay, language);
  return [
    ...(limitation.suspended ? [t('risk.limitation.suspended')] : []),
    ...(limitation.rolledFrom !== null ? [t('risk.limitation.notes.rolled', { from: proseDate(limitation.rolledFrom, language), date })] : []),
    // The litigant hears what it means for them; which calendar the terminal lacks is the helper desk's business.
    ...(limitation.notApplied.length > 0 ? [t('risk.limitation.notes.holidaysUnknown', { date })] : []),
  ];
}
