// The risk report (诉讼风险评估): reads one dispute type's rules from the rule set and answers with
// findings that say why, the limitation period, a recommended path, evidence gaps and costs.
// Information, not legal advice: the report carries its disclaimer and the rule-set version.
import type { RestDays } from '../calendar/rest-days';
import { courtForArea } from '../court/court-directory';
import {
  RiskHeading,
  type CaseType,
  type DirectoryCourt,
  type FeePractice,
  type RiskAnswers,
  type RiskCondition,
  type RiskFact,
  type RiskLimitationPeriod,
  type RiskReport,
} from '../../../contract';
import { KioskError } from '../errors';
import { parseFeeRequest, quoteFee, type ProvinceBases } from '../fees/fee-calculator';
import { parseYuan, type Exact } from '../fees/money';
import { smallClaimsEligibility } from '../fees/small-claims';
import { askedAnswers } from './answers';
import { evaluate, type ConditionContext, type RiskReason } from './conditions';
import { limitationLastDay, type IsoDate } from './limitation';
import { PERIOD_COUNTING } from './limitation.data';
import { conditionQuestions, type RuleSet, type TypeRuleSet } from './rule-sets/rule-set';

export interface AssessOptions {
  /** The court's date today (courtDate of the clock in the court's time zone). */
  asOf: IsoDate;
  /** The province's figures inside the fee ranges (terminal config fees.bases). */
  bases: ProvinceBases;
  /** The province's previous-year average annual wage, for small claims (CPL Art 165). */
  averageWage: number | null;
  /** The small-claims limit as the province publishes it, when it does (terminal config fees.smallClaimsLimit). */
  smallClaimsLimit?: number | null;
  /** The court's fee practice (terminal config fees.practice); today's defaults when not given. */
  practice?: FeePractice;
  /** Which court hears which place (terminal config courtDirectory), and this terminal's court code. */
  courtDirectory: readonly DirectoryCourt[];
  courtCode: string;
  /** The national calendar of rest days, for a limitation period ending on one (Civil Code Art 203). */
  restDays: RestDays;
}

/** Freezing the other side's property before or during the suit (CPL Arts 103–104); security is usually required. */
const PRESERVATION_ARTICLES = ['《民事诉讼法》第一百零三条', '《民事诉讼法》第一百零四条'];

type Limitation = RiskReport['limitation'];
type Jurisdiction = RiskReport['jurisdiction'];

/** The court for the place answered: this one, another one by cross-region filing (跨域立案), or not one we know. */
function jurisdictionFor(t: TypeRuleSet, answers: RiskAnswers, options: AssessOptions): Jurisdiction {
  if (!t.jurisdiction) return null;
  const { place: question, basisKey, articles } = t.jurisdiction;
  const place = typeof answers[question] === 'string' ? (answers[question] as string) : null;
  const court = place === null || place === 'elsewhere' ? null : courtForArea(options.courtDirectory, place);
  const status = place === null ? 'unknown' : court === null ? 'notInDirectory' : court.code === options.courtCode ? 'thisCourt' : 'crossRegion';
  return { place, status, court, basisKey, articles };
}

/** Resolves the rule set's constants: a figure, the entry of a series in force on a day, or a multiple of either. */
function constants(rules: RuleSet): (name: string, on: IsoDate) => Exact | null {
  const resolve = (name: string, on: IsoDate): Exact | null => {
    const c = rules.constants[name];
    if (!c) throw new Error(`rule set ${rules.version}: unknown constant ${name}`);
    if ('value' in c) return parseYuan(c.value, name);
    if ('series' in c) {
      const inForce = c.series.filter((entry) => entry.from <= on).at(-1);
      return inForce ? parseYuan(inForce.value, name) : null;
    }
    return resolve(c.of, on)?.mul(parseYuan(c.times, name)) ?? null;
  };
  return resolve;
}

/** The limitation, and whether it is the 15-day period for suing on a labour award rather than a limitation period. */
function limitationFor(t: TypeRuleSet, answers: RiskAnswers, ctx: ConditionContext, restDays: RestDays): { limitation: Limitation; awardSuit: boolean } {
  const lim = t.limitation;
  if (lim.regime === 'notApplicable')
    return { limitation: { period: 'civil', status: 'notApplicable', articles: [lim.article], noteKey: lim.noteKey }, awardSuit: false };
  const holds = (c: RiskCondition | undefined) => c !== undefined && evaluate(c, ctx).holds;
  const date = (id: string | undefined) => (id !== undefined && typeof answers[id] === 'string' ? (answers[id] as string) : undefined);
  const unknown = (period: RiskLimitationPeriod): Limitation => ({ period, status: 'unknown', articles: [], noteKey: 'risk.limitation.notes.unknownStart' });
  const common = { asOf: ctx.asOf, restDays, ...(date(lim.obstacleEnded) ? { obstacleEnded: date(lim.obstacleEnded) } : {}) };
  const interruptions = lim.interruptions.map(date).filter((d): d is string => d !== undefined);
  // After an award only the 15 days to sue are left (仲裁法 Art 50); they run on past a rest day (Art 203).
  if (lim.awardSuit && holds(lim.awardSuit.if)) {
    const received = date(lim.awardSuit.received);
    if (received === undefined) return { limitation: unknown('awardSuit'), awardSuit: true };
    return { limitation: described('awardSuit', limitationLastDay({ regime: 'awardSuit', start: received, asOf: ctx.asOf, restDays })), awardSuit: true };
  }
  if (lim.notRelevantIf && holds(lim.notRelevantIf.when))
    return { limitation: { period: lim.regime, status: 'notApplicable', articles: [], noteKey: lim.notRelevantIf.noteKey }, awardSuit: false };
  // A wage IOU is sued on as an ordinary debt: the civil period, from the day the IOU says it is paid.
  if (lim.ordinaryCivil && holds(lim.ordinaryCivil.if)) {
    const start = lim.ordinaryCivil.start.map(date).find((d) => d !== undefined);
    if (start === undefined) return { limitation: unknown('civil'), awardSuit: false };
    return { limitation: described('civil', limitationLastDay({ regime: 'civil', start, interruptions, ...common })), awardSuit: false };
  }
  let employmentEnd: string | null | undefined;
  if (lim.wageArrears && holds(lim.wageArrears.if)) employmentEnd = holds(lim.wageArrears.ongoingIf) ? null : date(lim.wageArrears.employmentEnd);
  const start = lim.start.map(date).find((d) => d !== undefined) ?? employmentEnd ?? undefined;
  if (start === undefined && employmentEnd !== null) return { limitation: unknown(lim.regime), awardSuit: false };
  const result = limitationLastDay({
    regime: lim.regime,
    start: start ?? ctx.asOf,
    interruptions,
    noLimitation: holds(lim.noLimitationIf),
    ...common,
    ...(employmentEnd !== undefined ? { wageArrearsEmploymentEnd: employmentEnd } : {}),
    ...(date(lim.lastInstalmentDue) ? { lastInstalmentDue: date(lim.lastInstalmentDue) } : {}),
    ...(date(lim.harm) ? { harmDate: date(lim.harm) } : {}),
  });
  return { limitation: described(lim.regime, result), awardSuit: false };
}

function described(period: RiskLimitationPeriod, result: ReturnType<typeof limitationLastDay>): Limitation {
  if ('lastDay' in result) return { period, ...result };
  return { period, ...result, noteKey: result.status === 'noLimitation' ? 'risk.limitation.notes.noLimitation' : 'risk.limitation.notes.notRunning' };
}

/** The facts findings and paths test. The award's 15 days are not a limitation period: they have facts of their own. */
function factsOf({ limitation, awardSuit }: ReturnType<typeof limitationFor>, endingSoonDays: number, smallClaims: RiskReport['smallClaims']): Set<RiskFact> {
  const facts = new Set<RiskFact>();
  if (awardSuit) {
    if (limitation.status === 'expired') facts.add('awardSuitPassed');
  } else {
    if (limitation.status === 'expired') facts.add('limitationExpired');
    if (limitation.status === 'running' && limitation.daysLeft <= endingSoonDays) facts.add('limitationEndingSoon');
    if (limitation.status === 'unknown') facts.add('limitationUnknown');
  }
  if (smallClaims?.eligibility === 'automatic') facts.add('smallClaimsAutomatic');
  return facts;
}

/** A fee quote, or the reason it cannot be given (no amount, no provincial figure…). */
function caseFee(
  type: CaseType,
  amount: string | undefined,
  simplified: boolean,
  bases: ProvinceBases,
  practice?: FeePractice,
): { fee: string | null; problem: string | null } {
  try {
    const request = parseFeeRequest({ kind: type.feeKind, ...(amount !== undefined ? { amount } : {}), options: simplified ? { simplified: true } : {} });
    return { fee: quoteFee(request, bases, practice).fee, problem: null };
  } catch (err) {
    // A flat fee (labour 10 yuan, per Art 13(4)) takes no amount: the amount claimed is beside the point.
    if (err instanceof KioskError && err.messageKey === 'fees.quote.errors.amountNotApplicable' && amount !== undefined)
      return caseFee(type, undefined, simplified, bases, practice);
    if (err instanceof KioskError) return { fee: null, problem: err.messageKey };
    throw err;
  }
}

/**
 * A finding's article, and beside it the roll-over article of a period it counted whose last day
 * moved off a rest day (Civil Code Art 203 after Art 692; CPL Art 85 after Art 127(7)): the same
 * law is named once (…第六百九十二条、第二百零三条), another after a semicolon.
 */
function citingRollovers(article: string, because: readonly RiskReason[]): string {
  const rollovers = new Set(Object.values(PERIOD_COUNTING).map((law) => law.rollover));
  const cited = because.flatMap((r) => (r.period?.rolledFrom ? r.period.articles.filter((a) => rollovers.has(a)) : []));
  return [...new Set(cited)].reduce((text, extra) => {
    if (text.includes(extra)) return text;
    const law = /^《[^》]+》/.exec(extra)?.[0];
    const lastLaw = text.match(/《[^》]+》/g)?.at(-1);
    return law !== undefined && law === lastLaw ? `${text}、${extra.slice(law.length)}` : `${text}；${extra}`;
  }, article);
}

export function assess(rules: RuleSet, type: CaseType, answers: RiskAnswers, options: AssessOptions): RiskReport {
  const t = rules.types[type.id];
  if (!t) throw new KioskError('UNKNOWN_CASE_TYPE', 'catalogue.errors.unknownType', { caseType: type.id });
  const constant = constants(rules);
  const questions = t.questions.map((id) => rules.questions.find((q) => q.id === id)!);
  const { asked, ignored } = askedAnswers(questions, answers, options.asOf, constant, options.restDays);
  const base: ConditionContext = { answers: asked, facts: new Set(), asOf: options.asOf, constant, restDays: options.restDays };
  const holds = (c: RiskCondition) => evaluate(c, base).holds;

  const amount = t.amountQuestion !== undefined && typeof asked[t.amountQuestion] === 'string' ? (asked[t.amountQuestion] as string) : undefined;
  const smallClaims =
    amount === undefined
      ? null
      : smallClaimsEligibility(
          amount,
          options,
          t.smallClaimsExclusions.filter((s) => holds(s.when)).map((s) => s.exclusion),
        );
  const limited = limitationFor(t, asked, base, options.restDays);
  const { limitation } = limited;
  const ctx: ConditionContext = { ...base, facts: factsOf(limited, rules.endingSoonDays, smallClaims) };

  const findings = t.findings.flatMap((id) => {
    const f = rules.findings.find((finding) => finding.id === id)!;
    const outcome = evaluate(f.when, ctx);
    return outcome.holds
      ? [
          {
            id: f.id,
            severity: f.severity,
            messageKey: f.messageKey,
            actionKey: f.actionKey,
            article: citingRollovers(f.article, outcome.because),
            riskHeading: f.riskHeading ?? null,
            because: outcome.because,
          },
        ]
      : [];
  });

  const paths = [...t.paths, ...rules.sharedPaths]
    .sort((a, b) => a.priority - b.priority)
    .map((p) => ({ rule: p, outcome: evaluate(p.when, ctx) }))
    .filter(({ rule, outcome }, i, all) => outcome.holds && all.findIndex((o) => o.rule.reasonKey === rule.reasonKey) === i);
  const reasons = paths.map(({ rule, outcome }) => ({ path: rule.path, reasonKey: rule.reasonKey, article: rule.article, because: outcome.because }));

  const evidence = type.evidence.map((key) => {
    const have = t.evidence[key];
    if (!have) return { key, status: 'unknown' as const };
    if (evaluate(have, ctx).holds) return { key, status: 'have' as const };
    // Missing only when every question behind it was answered; otherwise the litigant just brings it if they have it.
    return { key, status: conditionQuestions(have).every((q) => asked[q] !== undefined) ? ('missing' as const) : ('unknown' as const) };
  });

  const enforcementRule = t.enforcement.find((e) => evaluate(e.when, ctx).holds);
  const preservationAdvised = t.preservationIf !== undefined && amount !== undefined && holds(t.preservationIf);
  const preservationFee = preservationAdvised ? quoteFee(parseFeeRequest({ kind: 'preservation', amount })).fee : null;

  const full = caseFee(type, amount, false, options.bases, options.practice);
  const halved = caseFee(type, amount, true, options.bases, options.practice);
  const recommended = reasons[0]?.path ?? 'mediationFirst';
  const court = smallClaims?.eligibility === 'automatic' ? 'smallClaims' : 'simplified';
  const procedures = [...(recommended === 'labourArbitration' ? (['labourArbitration'] as const) : []), court, 'ordinary'] as const;

  return {
    ruleSetVersion: rules.version,
    caseType: type.id,
    asOf: options.asOf,
    ignoredAnswers: ignored,
    findings,
    limitation,
    jurisdiction: jurisdictionFor(t, asked, options),
    path: { recommended, reasons },
    evidence,
    enforcement: enforcementRule
      ? { level: enforcementRule.level, reasonKey: enforcementRule.reasonKey }
      : { level: 'unknown', reasonKey: 'risk.enforcement.notAssessed' },
    preservation: {
      advised: preservationAdvised,
      reasonKey:
        t.preservationIf === undefined ? 'risk.preservation.notAssessed' : preservationAdvised ? 'risk.preservation.advised' : 'risk.preservation.notAdvised',
      articles: preservationAdvised ? [...PRESERVATION_ARTICLES, '《诉讼费用交纳办法》第十四条第（二）项'] : [],
      fee: preservationFee,
    },
    smallClaims,
    costs: {
      caseFee: full.fee,
      caseFeeSimplified: halved.fee,
      feeProblem: full.problem,
      durations: procedures.map((procedure) => ({ procedure, ...rules.durations[procedure] })),
      durationNoteKey: 'risk.durations.note',
    },
    riskHeadings: RiskHeading.options.map((heading) => ({ heading, findings: findings.filter((f) => f.riskHeading === heading).map((f) => f.id) })),
    disclaimerKey: 'risk.disclaimer',
  };
}
