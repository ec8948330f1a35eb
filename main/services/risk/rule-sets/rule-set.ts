// The risk interview as data (resources/risk/rule-set.v1.json): its file format, checked with zod
// and cross-checked against the case-type catalogue when loaded, so a broken file is refused whole.
// A series the kiosk keeps once (the LPR) is read in from the one passed to the loader.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { RiskCondition, RiskHeading, RiskPath, RiskQuestion, RiskSeverity, SmallClaimsExclusion, type CaseType } from '../../../../contract';
import type { LprSeries } from '../../cases/lpr-series';
import { KioskError } from '../../errors';

const Id = z.string().regex(/^[a-z][A-Za-z0-9]{0,47}$/);
const Key = z.string().regex(/^risk\.[A-Za-z0-9_.]+$/);
const Article = z.string().min(4);
const Decimal = z.string().regex(/^\d{1,15}(\.\d{1,2})?$/);

/** Dated series the kiosk keeps once for every service, which a rule set names instead of copying. */
const PUBLISHED_SERIES = ['lprOneYear'] as const;
type PublishedSeries = Record<(typeof PUBLISHED_SERIES)[number], { series: { from: string; value: string }[]; source: string }>;

/** The series a rule set may name, from the ones the kiosk runs on. */
const publishedSeries = (lpr: LprSeries): PublishedSeries => ({
  lprOneYear: { series: lpr.rows.map((row) => ({ from: row.from, value: row.percent })), source: lpr.citation },
});

const Finding = z
  .object({ id: Id, when: RiskCondition, severity: RiskSeverity, messageKey: Key, article: Article, actionKey: Key, riskHeading: RiskHeading.optional() })
  .strict();

/** Ordered by priority (lowest first) across the type's own paths and the shared ones. */
const PathRule = z.object({ path: RiskPath, priority: z.number().int(), when: RiskCondition, reasonKey: Key, article: Article }).strict();

const Limitation = z.discriminatedUnion('regime', [
  z
    .object({
      regime: z.enum(['civil', 'labourArbitration']),
      /** The first of these answered is the day the period is counted from. */
      start: z.array(Id).min(1),
      lastInstalmentDue: Id.optional(),
      interruptions: z.array(Id),
      /** The day of the harm, for the 20-year long stop. */
      harm: Id.optional(),
      /** The day an obstacle in the last six months passed: the period is suspended (Civil Code Art 194). */
      obstacleEnded: Id.optional(),
      noLimitationIf: RiskCondition.optional(),
      /** Wage arrears: not running while employed, then from the end of the employment. */
      wageArrears: z.object({ if: RiskCondition, ongoingIf: RiskCondition, employmentEnd: Id }).strict().optional(),
      /** The period no longer matters, e.g. once arbitration has been applied for. */
      notRelevantIf: z.object({ when: RiskCondition, noteKey: Key }).strict().optional(),
      /**
       * A labour claim the court hears as an ordinary civil one (a wage IOU, 劳动争议解释（一）Art 15):
       * the civil period (Civil Code Art 188), counted from the first of `start` answered.
       */
      ordinaryCivil: z
        .object({ if: RiskCondition, start: z.array(Id).min(1) })
        .strict()
        .optional(),
      /** Suing on an arbitral award: 15 days from the day it was received (仲裁法 Art 50), Arts 201 and 203 applied. */
      awardSuit: z.object({ if: RiskCondition, received: Id }).strict().optional(),
    })
    .strict(),
  z.object({ regime: z.literal('notApplicable'), article: Article, noteKey: Key }).strict(),
]);

const TypeRules = z
  .object({
    questions: z.array(Id).min(1),
    findings: z.array(Id),
    /** The amount claimed: fees, small claims and preservation are priced on it. */
    amountQuestion: Id.optional(),
    limitation: Limitation,
    /** The place that decides the court (defendant's domicile, place of performance, of the accident…), and why. */
    jurisdiction: z
      .object({ place: Id, basisKey: Key, articles: z.array(Article).min(1) })
      .strict()
      .optional(),
    paths: z.array(PathRule),
    /** Catalogue evidence key → when the litigant has it. */
    evidence: z.record(z.string(), RiskCondition),
    enforcement: z.array(z.object({ level: z.enum(['high', 'medium', 'low']), when: RiskCondition, reasonKey: Key }).strict()),
    preservationIf: RiskCondition.optional(),
    smallClaimsExclusions: z.array(z.object({ exclusion: SmallClaimsExclusion, when: RiskCondition }).strict()),
  })
  .strict();

const Duration = z.object({ days: z.number().int().positive(), article: Article }).strict();

/** The file format, with the published series read in from `published`. */
export const ruleSetFile = (published: PublishedSeries) =>
  z
    .object({
      version: z.string().min(1),
      source: z.string(),
      /** Figures the rules compare with, each with its source: given, or a multiple of another. */
      constants: z.record(
        Id,
        z.union([
          z.object({ value: Decimal, asOf: z.iso.date().optional(), source: z.string().min(1) }).strict(),
          /** Figures that change on dates, oldest first, e.g. the LPR: the one in force on a day is used. */
          z.object({ series: z.array(z.object({ from: z.iso.date(), value: Decimal }).strict()).min(1), source: z.string().min(1) }).strict(),
          /** A series kept once for the whole kiosk (the LPR in force: cases/lpr-series.ts), read in as a series. */
          z
            .object({ published: z.enum(PUBLISHED_SERIES) })
            .strict()
            .transform(({ published: name }) => ({ series: published[name].series, source: published[name].source })),
          z.object({ times: Decimal, of: Id, source: z.string().min(1) }).strict(),
        ]),
      ),
      /** Days left below which the limitation is "ending soon". */
      endingSoonDays: z.number().int().positive(),
      durations: z.object({ smallClaims: Duration, simplified: Duration, ordinary: Duration, labourArbitration: Duration }).strict(),
      questions: z.array(RiskQuestion),
      findings: z.array(Finding),
      sharedPaths: z.array(PathRule),
      types: z.record(z.string(), TypeRules),
    })
    .strict();

export type RuleSet = z.output<ReturnType<typeof ruleSetFile>>;
export type TypeRuleSet = RuleSet['types'][string];
export type RiskFinding = z.infer<typeof Finding>;

/** Every question a condition names. */
export function conditionQuestions(c: RiskCondition): string[] {
  if ('above' in c && typeof c.above !== 'string' && c.above.on !== undefined) return [c.q, c.above.on];
  if ('q' in c) return [c.q];
  if ('all' in c) return c.all.flatMap(conditionQuestions);
  if ('any' in c) return c.any.flatMap(conditionQuestions);
  if ('not' in c) return conditionQuestions(c.not);
  return [];
}

function constantsNamed(c: RiskCondition): string[] {
  if ('above' in c) return typeof c.above === 'string' ? [] : [c.above.constant];
  if ('all' in c) return c.all.flatMap(constantsNamed);
  if ('any' in c) return c.any.flatMap(constantsNamed);
  if ('not' in c) return constantsNamed(c.not);
  return [];
}

/** Cross-references zod cannot see: ids that exist, branching only on earlier questions, the catalogue covered. */
function problems(rules: RuleSet, catalogue: readonly CaseType[]): string[] {
  const found: string[] = [];
  const questions = new Map(rules.questions.map((q) => [q.id, q]));
  const findings = new Map(rules.findings.map((f) => [f.id, f]));
  if (questions.size !== rules.questions.length) found.push('question ids must be unique');
  if (findings.size !== rules.findings.length) found.push('finding ids must be unique');
  const checkConstants = (where: string, c: RiskCondition) => {
    for (const name of constantsNamed(c)) if (!(name in rules.constants)) found.push(`${where}: unknown constant ${name}`);
  };
  for (const [name, c] of Object.entries(rules.constants)) {
    const of = 'of' in c ? rules.constants[c.of] : undefined;
    if ('of' in c && (of === undefined || 'of' in of)) found.push(`constant ${name}: ${c.of} is not a given figure or series`);
    if ('series' in c && c.series.some((entry, i) => i > 0 && entry.from <= c.series[i - 1]!.from))
      found.push(`constant ${name}: the series must run oldest first`);
  }
  for (const path of rules.sharedPaths)
    if (conditionQuestions(path.when).length > 0) found.push(`sharedPaths ${path.reasonKey}: shared paths may test facts only`);

  for (const type of catalogue) {
    const t = rules.types[type.id];
    if (!t) {
      found.push(`no rules for the dispute type ${type.id}`);
      continue;
    }
    const asked = new Set<string>();
    const known = (where: string, ids: string[]) => {
      for (const id of ids) if (!t.questions.includes(id)) found.push(`${type.id} ${where}: question ${id} is not asked for this type`);
    };
    for (const id of t.questions) {
      const q = questions.get(id);
      if (!q) found.push(`${type.id}: unknown question ${id}`);
      else if (q.showIf) {
        for (const dep of conditionQuestions(q.showIf)) if (!asked.has(dep)) found.push(`${type.id}: ${id} branches on ${dep}, which is not asked before it`);
      }
      asked.add(id);
    }
    for (const id of t.findings) {
      const f = findings.get(id);
      if (!f) found.push(`${type.id}: unknown finding ${id}`);
      else {
        known(`finding ${id}`, conditionQuestions(f.when));
        checkConstants(`finding ${id}`, f.when);
      }
    }
    const lim = t.limitation;
    if (lim.regime !== 'notApplicable') {
      known('limitation', [
        ...lim.start,
        ...lim.interruptions,
        ...(lim.lastInstalmentDue ? [lim.lastInstalmentDue] : []),
        ...(lim.harm ? [lim.harm] : []),
        ...(lim.obstacleEnded ? [lim.obstacleEnded] : []),
      ]);
      if (lim.noLimitationIf) known('limitation', conditionQuestions(lim.noLimitationIf));
      if (lim.notRelevantIf) known('limitation', conditionQuestions(lim.notRelevantIf.when));
      if (lim.wageArrears)
        known('limitation', [lim.wageArrears.employmentEnd, ...conditionQuestions(lim.wageArrears.if), ...conditionQuestions(lim.wageArrears.ongoingIf)]);
      if (lim.ordinaryCivil) known('limitation', [...lim.ordinaryCivil.start, ...conditionQuestions(lim.ordinaryCivil.if)]);
      if (lim.awardSuit) known('limitation', [lim.awardSuit.received, ...conditionQuestions(lim.awardSuit.if)]);
    }
    if (t.amountQuestion) {
      known('amountQuestion', [t.amountQuestion]);
      if (questions.get(t.amountQuestion)?.type !== 'amount') found.push(`${type.id}: amountQuestion ${t.amountQuestion} is not an amount`);
    }
    if (t.jurisdiction) {
      known('jurisdiction', [t.jurisdiction.place]);
      if (questions.get(t.jurisdiction.place)?.type !== 'place') found.push(`${type.id}: jurisdiction ${t.jurisdiction.place} is not a place question`);
    }
    for (const p of t.paths) known(`path ${p.reasonKey}`, conditionQuestions(p.when));
    for (const [key, c] of Object.entries(t.evidence)) {
      if (!type.evidence.includes(key)) found.push(`${type.id}: evidence ${key} is not in the catalogue for this type`);
      known(`evidence ${key}`, conditionQuestions(c));
    }
    for (const e of t.enforcement) known('enforcement', conditionQuestions(e.when));
    if (t.preservationIf) known('preservationIf', conditionQuestions(t.preservationIf));
    for (const s of t.smallClaimsExclusions) known(`small claims ${s.exclusion}`, conditionQuestions(s.when));
    // Labour disputes must go to arbitration first (劳动争议调解仲裁法 Art 5): the data must say when.
    if (type.firstStep === 'arbitrationRequired' && !t.paths.some((p) => p.path === 'labourArbitration'))
      found.push(`${type.id}: arbitration is required first but no path says so`);
  }
  for (const id of Object.keys(rules.types)) if (!catalogue.some((c) => c.id === id)) found.push(`rules for ${id}, which the catalogue does not have`);
  return found;
}

/** Parses and cross-checks a rule set, on the LPR series in force; a bad one is refused with every problem listed. */
export function parseRuleSet(raw: unknown, catalogue: readonly CaseType[], lpr: LprSeries): RuleSet {
  const parsed = ruleSetFile(publishedSeries(lpr)).safeParse(raw);
  if (!parsed.success) {
    throw new KioskError('RISK_RULE_SET_INVALID', 'risk.errors.ruleSetInvalid', {
      problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    });
  }
  const found = problems(parsed.data, catalogue);
  if (found.length > 0) throw new KioskError('RISK_RULE_SET_INVALID', 'risk.errors.ruleSetInvalid', { problems: found });
  return parsed.data;
}

export function loadRuleSet(file: string, catalogue: readonly CaseType[], lpr: LprSeries): RuleSet {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new KioskError('RISK_RULE_SET_INVALID', 'risk.errors.ruleSetInvalid', { problems: [`${file}: ${String(err)}`] });
  }
  return parseRuleSet(raw, catalogue, lpr);
}
