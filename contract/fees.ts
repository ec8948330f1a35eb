// The fee area: quotes and estimates, small claims, fee notices and paying them, refunds and fee relief.
import { z } from 'zod';
import { method } from './method';
import { Empty, FreeText, IdDocumentType, LocalizedText, Phone, SubmissionReceipt, Yuan } from './shapes';

/** Court-fee kinds of 《诉讼费用交纳办法》 Arts 13–14; the fee schedule must price every one. */
export const FeeKind = z.enum([
  'property',
  'divorce',
  'personality',
  'other_nonproperty',
  'ip',
  'labor',
  'admin_special',
  'admin_other',
  'jurisdiction_objection',
  'enforcement',
  'preservation',
  'payment_order',
  'public_notice',
  'arbitration_review',
  'bankruptcy',
]);
export type FeeKind = z.infer<typeof FeeKind>;

/** Grounds that halve the case-acceptance fee (Arts 15, 16, 18). */
export const HalvingGround = z.enum(['mediation', 'withdrawal', 'simplified', 'smallClaims', 'counterclaim']);
export type HalvingGround = z.infer<typeof HalvingGround>;

/** Cases the small-claims procedure may not hear (CPL Art 166). */
export const SmallClaimsExclusion = z.enum([
  'personalStatusOrTitle',
  'foreignRelated',
  'needsAppraisal',
  'whereaboutsUnknown',
  'counterclaim',
  'otherUnsuitable',
]);
export type SmallClaimsExclusion = z.infer<typeof SmallClaimsExclusion>;

/** A court's fee notice (交费通知) as the terminal shows it; amounts in fen. */
export const FeeNotice = z.object({
  noticeNo: z.string(),
  caseNumber: z.string(),
  payerName: z.string(),
  items: z.array(z.object({ kind: FeeKind, label: LocalizedText, amountFen: z.number().int().positive() })).min(1),
  totalFen: z.number().int().positive(),
  /** Payable within 7 days of the notice (Art 22). */
  dueDate: z.iso.date(),
  paid: z.boolean(),
});
export type FeeNotice = z.infer<typeof FeeNotice>;

/** What the small-claims procedure makes of a money claim (CPL Arts 165–166). */
export const SmallClaimsEligibility = z.enum(['automatic', 'byAgreement', 'tooLarge', 'excluded', 'wageNotSet']);
export type SmallClaimsEligibility = z.infer<typeof SmallClaimsEligibility>;

/** The small-claims answer with its figures in yuan: below threshold automatic, up to ceiling by agreement. */
export const SmallClaimsAnswer = z.object({
  eligibility: SmallClaimsEligibility,
  threshold: z.string().nullable(),
  ceiling: z.string().nullable(),
  article: z.string(),
  exclusions: z.array(SmallClaimsExclusion),
});
export type SmallClaimsAnswer = z.infer<typeof SmallClaimsAnswer>;

/** A court fee in yuan, with the steps of the schedule that made it. */
export const FeeQuote = z.object({ kind: FeeKind, fee: z.string(), breakdown: z.array(z.object({ step: z.string(), fee: z.string() }).catchall(z.unknown())) });
export type FeeQuote = z.infer<typeof FeeQuote>;

/** A fee as the estimator shows and prints it: as claimed, halved where the law allows, and small claims. */
export const FeeEstimate = z.object({
  kind: FeeKind,
  amount: z.string().nullable(),
  feeType: z.enum(['acceptance', 'application']),
  quote: FeeQuote,
  /** Null for application fees, which are never halved (Arts 15, 16, 18 name only the acceptance fee). */
  mediated: FeeQuote.nullable(),
  simplified: FeeQuote.nullable(),
  smallClaims: SmallClaimsEligibility.nullable(),
  /** When the fee is paid where the law does not ask for it in advance (办法 Art 20): a key of feeEstimate.paymentTiming.*, and the article. */
  paymentTiming: z.object({ noteKey: z.string(), article: z.string() }).nullable(),
});
export type FeeEstimate = z.infer<typeof FeeEstimate>;

/** Fee practice a court decides where the law is silent (docs/RULES.md §1–2, ~): halving once for several grounds, small claims halved as simplified procedure, and whether a failed jurisdiction objection's fee is halved. */
export const FeePractice = z.object({ halveOnce: z.boolean(), smallClaimsHalved: z.boolean(), jurisdictionObjectionHalvable: z.boolean() }).strict();
export type FeePractice = z.infer<typeof FeePractice>;

/** required: priced by the amount; orNoAmount: by the amount or, with none, per case; optional: the amount only adds; none: per case. */
export const FeeAmountNeed = z.enum(['required', 'orNoAmount', 'optional', 'none']);
export type FeeAmountNeed = z.infer<typeof FeeAmountNeed>;

export const RefundReason = z.enum(['overpaid', 'withdrawn', 'mediated', 'other']);
export type RefundReason = z.infer<typeof RefundReason>;

export const PaymentMethod = z.enum(['card', 'qr']);
export const PaymentState = z.enum(['created', 'awaiting_payer', 'authorised', 'confirmed', 'failed', 'cancelled', 'unknown']);
export type PaymentState = z.infer<typeof PaymentState>;

/** A payment as the screen follows it; `prompt` says what the payer must do right now. */
export const Payment = z.object({
  id: z.string(),
  noticeNo: z.string(),
  caseNumber: z.string(),
  amountFen: z.number().int().positive(),
  method: PaymentMethod,
  state: PaymentState,
  prompt: z.union([z.object({ kind: z.literal('insertCard') }), z.object({ kind: z.literal('scanQr'), payload: z.string() })]).nullable(),
  failure: z.string().nullable(),
  voucherNo: z.string().nullable(),
  courtRef: z.string().nullable(),
  updatedAt: z.string(),
});
export type Payment = z.infer<typeof Payment>;

/** Situations that may qualify for judicial fee relief (《诉讼费用交纳办法》 Arts 45–47). */
export const ReliefGround = z.enum([
  'disabledNoIncome',
  'supportOrPensionClaim',
  'subsistenceAllowance',
  'braveAct',
  'disasterHardship',
  'specialCareRecipient',
  'welfareInstitution',
  'socialInsuranceClaim',
  'accidentVictim',
  'legalAidRecipient',
  'otherHardship',
]);
export type ReliefGround = z.infer<typeof ReliefGround>;

export const ReliefAnswer = z.object({
  eligible: z.boolean(),
  reason: z.enum(['notNaturalPerson', 'noGround']).nullable(),
  /** Strongest first: waive, reduce (by at least minimumPercent), defer. */
  options: z.array(z.object({ relief: z.enum(['waive', 'reduce', 'defer']), articles: z.array(z.string()), minimumPercent: z.number().optional() })),
  /** Keys of fees.relief.proof.* in the locale files. */
  proof: z.array(z.string()),
  applicationArticle: z.string(),
  /** The situations open to this applicant: all for a natural person, fewer for an organisation (Arts 44–47), for the screen to offer. */
  openGrounds: z.array(ReliefGround),
});
export type ReliefAnswer = z.infer<typeof ReliefAnswer>;

/** Who asks about a fee notice: its case number and the payer's ID number, which together prove the asker may see it. */
export const NoticeQuery = { caseNumber: z.string().min(1).max(40), payerIdNumber: z.string().min(1).max(18) };

export const feesMethods = {
  /** A court-fee quote; the service checks the request in detail so every refusal has its own code. */
  'fees.quote': method(
    z.object({ kind: z.string(), amount: z.unknown().optional(), options: z.record(z.string(), z.unknown()).optional() }).strict(),
    FeeQuote,
  ),
  /** Whether a money claim of this amount goes to the small-claims procedure (CPL Arts 165–166). */
  'fees.smallClaims': method(z.object({ amount: Yuan, exclusions: z.array(SmallClaimsExclusion).max(6) }).strict(), SmallClaimsAnswer),
  /** Looks up a fee notice by case number and the payer's ID number. */
  'fees.findNotice': method(z.object(NoticeQuery).strict(), FeeNotice),
  /** The estimator's answer for a kind and an amount in yuan (null: charged per case). */
  'fees.estimate': method(
    z
      .object({
        kind: FeeKind,
        amount: Yuan.nullable(),
      })
      .strict(),
    FeeEstimate,
  ),
  /** Each fee kind as the fee schedule prices it: whether it needs an amount, can be halved, has a province-fixed figure. */
  'fees.kinds': method(
    Empty,
    z.object({
      kinds: z.array(
        z.object({
          kind: FeeKind,
          amount: FeeAmountNeed,
          halvable: z.boolean(),
          provinceRange: z.object({ min: z.number(), max: z.number(), article: z.string() }).nullable(),
        }),
      ),
    }),
  ),
  /** Starts paying a notice; a second tap returns the payment already under way. */
  'fees.pay': method(z.object({ ...NoticeQuery, method: PaymentMethod }).strict(), Payment),
  'fees.payment': method(z.object({ paymentId: z.string().uuid() }).strict(), Payment),
  /** The payer gives up before paying; too late once the terminal has approved. */
  'fees.cancelPayment': method(z.object({ paymentId: z.string().uuid() }).strict(), Payment),
  /** Which fee relief the litigant's situation may bring, and what proof to bring (Arts 44–48). */
  'fees.reliefScreen': method(z.object({ naturalPerson: z.boolean(), grounds: z.array(ReliefGround).max(11) }).strict(), ReliefAnswer),
  /** Applies in writing for fee relief (Art 48); queued for the court with its receipt. */
  'fees.reliefApply': method(
    z
      .object({
        caseNumber: z.string().max(40).nullable(),
        /** A person names an identity document (absent: resident ID); an organisation gives its credit code (Art 44: no waiver). */
        applicant: z
          .object({
            name: FreeText(60, { min: 1 }),
            idType: z.union([IdDocumentType, z.literal('creditCode')]).optional(),
            idNumber: z.string().max(18),
            phone: Phone,
          })
          .strict(),
        grounds: z.array(ReliefGround).min(1).max(11),
        relief: z.enum(['waive', 'reduce', 'defer']),
      })
      .strict(),
    SubmissionReceipt,
  ),
  /** Asks for an overpaid or no-longer-due fee back (退费申请); queued for the court with its receipt. */
  'fees.refund': method(
    z
      .object({
        caseNumber: z.string().max(40),
        reason: RefundReason,
        accountHolder: FreeText(60, { min: 1 }),
        bankCardNumber: z.string().max(23),
        bankName: FreeText(60, { min: 2 }),
        phone: Phone,
      })
      .strict(),
    SubmissionReceipt,
  ),
} as const;

export const feesEvents = {
  'fees.paymentChanged': Payment,
} as const;
