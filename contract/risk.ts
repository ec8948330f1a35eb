// Litigation risk assessment (诉讼风险评估): the interview's questions and the report.
import { z } from 'zod';
import { DirectoryCourt } from './config';
import { SmallClaimsAnswer } from './fees';
import { method } from './method';
import { Empty, FreeText, Yuan } from './shapes';

/** The 17 headings of the SPC's 2003 《人民法院民事诉讼风险提示书》, in its order (docs/RULES.md §3). */
export const RiskHeading = z.enum([
  'filingConditions',
  'improperClaims',
  'lateChangeOfClaims',
  'limitationExpired',
  'unclearPowerOfAttorney',
  'feesUnpaid',
  'defectivePreservation',
  'insufficientEvidence',
  'lateEvidence',
  'noOriginals',
  'absentWitness',
  'appraisalNotApplied',
  'absenceFromHearing',
  'wrongServiceAddress',
  'lateEnforcementApplication',
  'noAssets',
  'nonPerformance',
]);
export type RiskHeading = z.infer<typeof RiskHeading>;

const RiskId = z.string().regex(/^[a-z][A-Za-z0-9]{0,47}$/, 'an id like lastDemandDate');
/** A key in resources/locales/<lng>/risk.json. */
const RiskKey = z.string().regex(/^risk\.[A-Za-z0-9_.]+$/, 'a key like risk.questions.loanDate.text');

/** What the assessment works out before the rules are read; conditions may name them. */
/** awardSuitPassed: the 15 days to sue on a labour award (仲裁法 Art 50) are over, so the award is final. */
export const RiskFact = z.enum(['limitationExpired', 'limitationEndingSoon', 'limitationUnknown', 'smallClaimsAutomatic', 'awardSuitPassed']);
export type RiskFact = z.infer<typeof RiskFact>;

/** The law whose counting rules a period follows: the Civil Code (Arts 201–203) or the CPL (Art 85). */
export const PeriodLaw = z.enum(['civilCode', 'civilProcedure']);
export type PeriodLaw = z.infer<typeof PeriodLaw>;

/** A test on earlier answers: showIf for branching, when for findings and paths. */
export type RiskCondition =
  | { q: string; is: boolean | string }
  | { q: string; in: string[] }
  | { q: string; answered: boolean }
  /** An amount or percent answer above a figure, or above a constant of the rule set (as in force on the date answered to `on`). */
  | { q: string; above: string | { constant: string; on?: string } }
  /** A date answer at least this many months before the day of the assessment. */
  | { q: string; monthsAgoAtLeast: number }
  /**
   * A period of months counted from a date answer is over: today is after its last day, which moves
   * off a rest day by the roll-over of its law (Civil Code Art 203, CPL Art 85). False when unanswered.
   */
  | { q: string; periodEnded: { months: number; law: PeriodLaw } }
  /** A date answer before this day, e.g. a loan made before the 2020 interest rules. */
  | { q: string; before: string }
  | { fact: RiskFact }
  | { all: RiskCondition[] }
  | { any: RiskCondition[] }
  | { not: RiskCondition }
  | { always: true };
export const RiskCondition: z.ZodType<RiskCondition> = z.lazy(() =>
  z.union([
    z.object({ q: RiskId, is: z.union([z.boolean(), RiskId]) }).strict(),
    z.object({ q: RiskId, in: z.array(RiskId).min(1) }).strict(),
    z.object({ q: RiskId, answered: z.boolean() }).strict(),
    z.object({ q: RiskId, above: z.union([Yuan, z.object({ constant: RiskId, on: RiskId.optional() }).strict()]) }).strict(),
    z.object({ q: RiskId, monthsAgoAtLeast: z.number().int().positive().max(1200) }).strict(),
    z.object({ q: RiskId, periodEnded: z.object({ months: z.number().int().positive().max(1200), law: PeriodLaw }).strict() }).strict(),
    z.object({ q: RiskId, before: z.iso.date() }).strict(),
    z.object({ fact: RiskFact }).strict(),
    z.object({ all: z.array(RiskCondition).min(1) }).strict(),
    z.object({ any: z.array(RiskCondition).min(1) }).strict(),
    z.object({ not: RiskCondition }).strict(),
    z.object({ always: z.literal(true) }).strict(),
  ]),
);

export const RiskQuestion = z
  .object({
    id: RiskId,
    /** amount: yuan as a decimal text; percent: a yearly rate as a decimal text; date: YYYY-MM-DD; place: a division code of 2, 4 or 6 digits, or 'elsewhere'. */
    type: z.enum(['yesNo', 'choice', 'date', 'amount', 'percent', 'place']),
    textKey: RiskKey,
    helpKey: RiskKey,
    options: z
      .array(z.object({ value: RiskId, textKey: RiskKey }).strict())
      .min(2)
      .optional(),
    /** Asked only when this holds on the answers given so far. */
    showIf: RiskCondition.optional(),
  })
  .strict()
  .refine((q) => (q.type === 'choice') === (q.options !== undefined), { message: 'choice questions, and only they, have options', path: ['options'] });
export type RiskQuestion = z.infer<typeof RiskQuestion>;

/** Answers by question id: yesNo as a boolean, everything else as text. */
export const RiskAnswers = z.record(RiskId, z.union([z.boolean(), z.string().max(40)]));
export type RiskAnswers = z.infer<typeof RiskAnswers>;

export const RiskPath = z.enum(['mediationFirst', 'fileNow', 'labourArbitration', 'legalAid']);
export type RiskPath = z.infer<typeof RiskPath>;
export const RiskSeverity = z.enum(['high', 'medium', 'low', 'info']);

const Articles = z.array(z.string());

/**
 * A period counted from a date answer (a guarantee period, the six-month bar on suing again): its
 * last day, the day it moved from when that was a rest day, the counting articles, and the roll-over
 * article in notApplied when the calendar lacks the year of the last day.
 */
const RiskPeriodEnd = z.object({ lastDay: z.iso.date(), rolledFrom: z.iso.date().nullable(), articles: Articles, notApplied: Articles });

/** One answer or fact that made a rule hold: the report's "why"; with the period it started, when a rule counted one. */
const RiskReason = z.object({
  question: RiskId.nullable(),
  fact: RiskFact.nullable(),
  answer: z.union([z.boolean(), z.string()]).nullable(),
  period: RiskPeriodEnd.optional(),
});

/**
 * Which time limit the limitation section is about, so it is named rightly: 诉讼时效 (Civil Code
 * Art 188), 仲裁时效 (劳动争议调解仲裁法 Art 27), the time to apply for enforcement (CPL Art 250) or
 * the 15 days to sue on a labour award (Art 50). A type no limitation applies to says 'civil'.
 */
export const RiskLimitationPeriod = z.enum(['civil', 'labourArbitration', 'enforcement', 'awardSuit']);
export type RiskLimitationPeriod = z.infer<typeof RiskLimitationPeriod>;

export const RiskLimitation = z.union([
  z.object({
    period: RiskLimitationPeriod,
    status: z.enum(['running', 'expired']),
    countedFrom: z.iso.date(),
    lastDay: z.iso.date(),
    /** The period's own last day when it was a rest day and the period ran on to lastDay (Civil Code Art 203). */
    rolledFrom: z.iso.date().nullable(),
    daysLeft: z.number().int(),
    cappedByLongStop: z.boolean(),
    /** Suspended by an obstacle in the last six months (Civil Code Art 194): ends six months after it passed. */
    suspended: z.boolean(),
    articles: Articles,
    /** Rules not applied: Art 203 when the terminal's calendar lacks the year of the last day. */
    notApplied: Articles,
  }),
  z.object({ period: RiskLimitationPeriod, status: z.enum(['noLimitation', 'notRunning', 'notApplicable', 'unknown']), articles: Articles, noteKey: RiskKey }),
]);

export const RiskReport = z.object({
  ruleSetVersion: z.string(),
  caseType: z.string(),
  asOf: z.iso.date(),
  /** Answers to questions that were not asked on this branch: left out of every rule. */
  ignoredAnswers: z.array(z.string()),
  findings: z.array(
    z.object({
      id: RiskId,
      severity: RiskSeverity,
      messageKey: RiskKey,
      actionKey: RiskKey,
      article: z.string(),
      riskHeading: RiskHeading.nullable(),
      because: z.array(RiskReason),
    }),
  ),
  limitation: RiskLimitation,
  /** Which court hears it, from the place answered and the terminal's court directory; null for a type that does not ask. */
  jurisdiction: z
    .object({
      place: z.string().nullable(),
      status: z.enum(['thisCourt', 'crossRegion', 'notInDirectory', 'unknown']),
      court: DirectoryCourt.nullable(),
      basisKey: RiskKey,
      articles: Articles,
    })
    .nullable(),
  path: z.object({
    recommended: RiskPath,
    reasons: z.array(z.object({ path: RiskPath, reasonKey: RiskKey, article: z.string(), because: z.array(RiskReason) })),
  }),
  evidence: z.array(z.object({ key: z.string(), status: z.enum(['have', 'missing', 'unknown']) })),
  enforcement: z.object({ level: z.enum(['high', 'medium', 'low', 'unknown']), reasonKey: RiskKey }),
  preservation: z.object({ advised: z.boolean(), reasonKey: RiskKey, articles: Articles, fee: z.string().nullable() }),
  smallClaims: SmallClaimsAnswer.nullable(),
  costs: z.object({
    /** The case-acceptance fee in yuan, and halved under simplified procedure (Art 16); null with a reason when it cannot be priced. */
    caseFee: z.string().nullable(),
    caseFeeSimplified: z.string().nullable(),
    feeProblem: z.string().nullable(),
    durations: z.array(
      z.object({ procedure: z.enum(['smallClaims', 'simplified', 'ordinary', 'labourArbitration']), days: z.number().int().positive(), article: z.string() }),
    ),
    durationNoteKey: RiskKey,
  }),
  /** All 17 headings, each with the findings under it (none: shown as the standard notice only). */
  riskHeadings: z.array(z.object({ heading: RiskHeading, findings: z.array(RiskId) })),
  disclaimerKey: RiskKey,
});
export type RiskReport = z.infer<typeof RiskReport>;

/** A report kept at the terminal: its number and the address its QR code opens on a phone. */
export const RecordedRiskReport = z.object({ reportId: z.string(), documentNo: z.string(), verifyUrl: z.string(), recordedAt: z.string(), report: RiskReport });
export type RecordedRiskReport = z.infer<typeof RecordedRiskReport>;

/** The litigant's acknowledgement of the risk notice (诉讼风险告知书): a signature, or "I have read and understood". */
export const RiskAcknowledgement = z
  .object({
    reportId: z.string().uuid(),
    litigant: FreeText(60),
    method: z.enum(['signature', 'readAndUnderstood']),
    signaturePng: z.base64().max(500_000).nullable(),
  })
  .strict()
  .refine((a) => (a.method === 'signature') === (a.signaturePng !== null), {
    message: 'a signature, and only a signature, comes with its picture',
    path: ['signaturePng'],
  });

export const riskMethods = {
  /** The risk interview per dispute type: questions in order, with their branching and help keys. */
  'risk.ruleSet': method(Empty, z.object({ version: z.string(), types: z.array(z.object({ caseType: z.string(), questions: z.array(RiskQuestion) })) })),
  /** Assesses one dispute from the interview's answers: findings with their reasons, limitation, path, costs. */
  'risk.assess': method(z.object({ caseType: z.string().max(40), answers: RiskAnswers }).strict(), RiskReport),
  /** Assesses and keeps the report with the answers and the rule-set version that made it. */
  'risk.record': method(z.object({ caseType: z.string().max(40), answers: RiskAnswers }).strict(), RecordedRiskReport),
  /** Records the acknowledgement of the risk notice for a kept report. */
  'risk.acknowledge': method(RiskAcknowledgement, z.object({ acknowledgedAt: z.string() })),
} as const;
