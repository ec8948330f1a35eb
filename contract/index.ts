// THE API between the renderer and main: every method and event, with its zod schemas.
// Both shells (Electron IPC, browser HTTP) are generated from this table; nothing else lists channels.
import { z } from 'zod';

// ---------------------------------------------------------------------------------------------
// Shared shapes

export const LanguageCode = z.string().regex(/^[a-z]{2,3}(-[A-Z][A-Za-z]{1,3})?$/, 'language code like zh-CN or en');
export type LanguageCode = z.infer<typeof LanguageCode>;

/** A text the court gives in several languages, e.g. its own name; zh-CN is always present. */
export const LocalizedText = z.object({ 'zh-CN': z.string().min(1).max(200) }).catchall(z.string().max(200));
export type LocalizedText = z.infer<typeof LocalizedText>;

export const ServiceId = z.enum(['risk', 'filing', 'payment', 'mediation', 'status', 'queue']);
export type ServiceId = z.infer<typeof ServiceId>;
/** Home-screen order; the last takes a helper-desk number. */
export const SERVICE_IDS = ServiceId.options;

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
export const SmallClaimsExclusion = z.enum(['personalStatusOrTitle', 'foreignRelated', 'needsAppraisal', 'whereaboutsUnknown', 'counterclaim', 'otherUnsuitable']);
export type SmallClaimsExclusion = z.infer<typeof SmallClaimsExclusion>;

export const MediationOrganisation = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: LocalizedText,
  kind: z.enum(['people', 'industry', 'court_invited']),
  /** The dispute types it takes; empty: all of them. */
  caseTypes: z.array(z.string()),
  online: z.boolean(),
  inPerson: z.boolean(),
});
export type MediationOrganisation = z.infer<typeof MediationOrganisation>;

/** A court of the directory: where a case may be filed, and the areas (行政区划代码 prefixes) it hears. */
export const DirectoryCourt = z
  .object({
    /** As in case numbers (RULES §5); the terminal's own court has its own code. */
    code: z.string().regex(/^(最高法|[\u4e00-\u9fff](\d{2}|\d{4})?)$/, 'court code like 粤0703'),
    name: LocalizedText,
    /** 2-, 4- or 6-digit administrative division codes: a province, a city or a district. */
    areas: z.array(z.string().regex(/^(\d{2}|\d{4}|\d{6})$/, 'division code of 2, 4 or 6 digits')).max(50),
    address: LocalizedText.nullable(),
  })
  .strict();
export type DirectoryCourt = z.infer<typeof DirectoryCourt>;

export const TerminalConfig = z
  .object({
    court: z
      .object({
        name: LocalizedText,
        /** The court's code as in case numbers, e.g. 粤0703 (RULES §5). */
        code: z.string().regex(/^(最高法|[\u4e00-\u9fff](\d{2}|\d{4})?)$/, 'court code like 粤0703'),
      })
      .strict(),
    terminalId: z.string().regex(/^[A-Za-z0-9-]{1,32}$/, 'letters, digits and -'),
    services: z.object(Object.fromEntries(SERVICE_IDS.map((id) => [id, z.boolean()])) as Record<ServiceId, z.ZodBoolean>).strict(),
    languages: z.array(LanguageCode).min(1).max(12),
    defaultLanguage: LanguageCode,
    idle: z
      .object({
        timeoutSeconds: z.number().int().min(15).max(1800),
        countdownSeconds: z.number().int().min(5).max(120),
      })
      .strict(),
    printers: z
      .object({
        receipt: z.string().max(128).nullable(),
        document: z.string().max(128).nullable(),
      })
      .strict(),
    courtEndpoint: z
      .object({
        url: z.url({ protocol: /^https?$/ }).nullable(),
        timeoutMs: z.number().int().min(500).max(120_000),
      })
      .strict(),
    fees: z
      .object({
        province: z.string().max(20),
        /** The figures the province fixed inside the ranges of Art 13 / 14, in yuan. */
        bases: z.partialRecord(FeeKind, z.number().nonnegative().multipleOf(0.01)),
        /** The province's previous-year average annual wage of employed persons, yuan (small claims, CPL Art 165). */
        averageWage: z.number().int().positive().nullable(),
      })
      .strict(),
    mediation: z.object({ organisations: z.array(MediationOrganisation).max(50) }).strict(),
    /** Courts a litigant here may file with; any but this terminal's own is cross-region filing (跨域立案). */
    courtDirectory: z.array(DirectoryCourt).max(200),
    retentionDays: z.number().int().min(1).max(3650),
    /** The court's time zone: dates on receipts, the day the queue numbers restart. */
    timeZone: z.string().refine((tz) => Intl.supportedValuesOf('timeZone').includes(tz) || tz === 'UTC', 'an IANA time zone such as Asia/Shanghai'),
    kioskMode: z.boolean(),
    /**
     * When the centre is open to the public (days 0 = Sunday … 6, times in timeZone). Software updates
     * install only outside these hours; a 24-hour self-service site lists none and installs whenever idle.
     */
    openingHours: z
      .array(
        z
          .object({
            days: z.array(z.number().int().min(0).max(6)).min(1).max(7),
            from: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time like 08:30'),
            to: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time like 17:30'),
          })
          .strict()
          .refine((h) => h.from < h.to, { message: 'opening must come before closing', path: ['to'] }),
      )
      .max(14),
    receipts: z
      .object({
        /** Where a document's QR code sends a reader to check it is genuine: base?no=…&code=…. */
        verifyBaseUrl: z.url({ protocol: /^https?$/ }),
      })
      .strict(),
  })
  .strict()
  .refine((c) => c.languages.includes(c.defaultLanguage), {
    message: 'the default language must be one of the languages',
    path: ['defaultLanguage'],
  });
export type TerminalConfig = z.infer<typeof TerminalConfig>;

/** A change to the terminal config: any top-level sections, each given whole. */
/** The terminal's link to the court's hub, as the admin console shows it. */
export const HubLinkStatus = z.object({
  enrolled: z.boolean(),
  hubUrl: z.string().nullable(),
  site: z.string().nullable(),
  group: z.string().nullable(),
  configVersion: z.number().int().nullable(),
  dataVersion: z.string().nullable(),
});
export type HubLinkStatus = z.infer<typeof HubLinkStatus>;

export const TerminalConfigPatch = z.record(z.string(), z.unknown());

const Empty = z.object({}).strict();

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

const QuotedFee = z.object({ kind: FeeKind, fee: z.string(), breakdown: z.array(z.object({ step: z.string(), fee: z.string() }).catchall(z.unknown())) });
/** A fee as the estimator shows and prints it: as claimed, halved where the law allows, and small claims. */
export const FeeEstimate = z.object({
  kind: FeeKind,
  amount: z.string().nullable(),
  feeType: z.enum(['acceptance', 'application']),
  quote: QuotedFee,
  /** Null for application fees, which are never halved (Arts 15, 16, 18 name only the acceptance fee). */
  mediated: QuotedFee.nullable(),
  simplified: QuotedFee.nullable(),
  smallClaims: z.enum(['automatic', 'byAgreement', 'tooLarge', 'excluded', 'wageNotSet']).nullable(),
});
export type FeeEstimate = z.infer<typeof FeeEstimate>;

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

/** Where a case stands in the court's system, as the court reports it (court/README.md). */
export const CaseStage = z.enum(['filed', 'feesDue', 'mediating', 'assigned', 'hearingScheduled', 'judged', 'closed']);
export type CaseStage = z.infer<typeof CaseStage>;

export const CaseStatus = z.object({
  caseNumber: z.string(),
  /** 案由, as the court words it. */
  cause: LocalizedText,
  stage: CaseStage,
  /** 承办法官; null until the case is assigned. */
  judge: z.string().nullable(),
  nextHearing: z.object({ at: z.iso.datetime({ offset: true }), place: LocalizedText }).nullable(),
  /** Oldest first. */
  history: z.array(z.object({ date: z.iso.date(), stage: CaseStage })).max(50),
});
export type CaseStatus = z.infer<typeof CaseStatus>;

/** What became of something handed in at this kiosk, by the number on its receipt. */
export const ReceiptStatus = z.object({
  receiptNo: z.string(),
  kind: z.enum(['filing', 'mediation', 'payment', 'refund', 'relief']),
  state: z.enum(['pending', 'sent', 'acknowledged', 'rejected']),
  /** The court's own reference once it has taken it, e.g. the case number of a filing. */
  courtRef: z.string().nullable(),
  rejectReason: z.string().nullable(),
  submittedAt: z.string(),
});
export type ReceiptStatus = z.infer<typeof ReceiptStatus>;

/** Whether the court can be reached, and what is still on its way to it. */
export const SyncStatus = z.object({ online: z.boolean(), waiting: z.number().int(), rejected: z.number().int() });
export type SyncStatus = z.infer<typeof SyncStatus>;

/** Every document the kiosk prints (main/services/receipts/documents/). */
export const ReceiptKind = z.enum(['filing-receipt', 'complaint', 'filing-bundle', 'risk-report', 'risk-notice', 'payment-voucher', 'mediation-application', 'mediation-receipt', 'queue-ticket', 'fee-estimate', 'refund-receipt', 'relief-application', 'helper-guide']);
export type ReceiptKind = z.infer<typeof ReceiptKind>;

/** A document sent to a printer. A failed job is kept so a helper can reprint it at the desk. */
export const PrintJob = z.object({
  id: z.number().int(),
  kind: ReceiptKind,
  documentNo: z.string(),
  title: z.string(),
  /** The CUPS / system printer name; null when saved to the terminal's print folder. */
  printer: z.string().nullable(),
  state: z.enum(['queued', 'printing', 'done', 'failed']),
  failure: z.enum(['paperOut', 'printerStopped', 'timeout', 'error']).nullable(),
  attempts: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PrintJob = z.infer<typeof PrintJob>;

export const TicketService = z.enum(['filing', 'fees', 'mediation', 'enquiry']);
export type TicketService = z.infer<typeof TicketService>;

export const Ticket = z.object({
  id: z.number().int(),
  number: z.string(),
  service: TicketService,
  priority: z.boolean(),
  state: z.enum(['waiting', 'called', 'served', 'skipped']),
  windowNo: z.string().nullable(),
  issuedAt: z.string(),
  waitingAhead: z.number().int(),
  estimatedWaitMinutes: z.number().int(),
});
export type Ticket = z.infer<typeof Ticket>;

/** A ticket being called to a window: what the waiting-area display shows and says aloud. */
export const TicketCall = z.object({ number: z.string(), windowNo: z.string(), calledAt: z.string() });

export const QueueBoard = z.object({
  nowServing: TicketCall.nullable(),
  lastCalled: z.array(TicketCall).max(5),
  waiting: z.record(TicketService, z.number().int()),
});
export type QueueBoard = z.infer<typeof QueueBoard>;

const TicketRef = z.object({ ticketId: z.number().int().positive() }).strict();
const WindowNo = z.string().regex(/^[0-9A-Za-z]{1,4}$/);

/** A dispute type of the catalogue in resources/case-types: shared by risk, filing, fees, mediation. */
export const CaseType = z.object({
  id: z.string().regex(/^[a-z_]+$/),
  name: LocalizedText,
  /** The dispute in everyday words, for the litigant choosing it. */
  plain: LocalizedText,
  icon: z.string(),
  feeKind: FeeKind,
  /** Labour disputes must go to arbitration before a court (劳动争议调解仲裁法 Art 5). */
  firstStep: z.enum(['mediationSuggested', 'arbitrationRequired']),
  /** Keys of catalogue.evidence.* in the locale files. */
  evidence: z.array(z.string()).min(1),
});
export type CaseType = z.infer<typeof CaseType>;


const Phone = z.string().regex(/^1\d{10}$|^0\d{2,3}-?\d{7,8}$/, 'a mobile (11 digits) or landline number');
const PartyContact = z.object({ name: z.string().trim().min(1).max(60), phone: Phone }).strict();

export const MediationRequestInput = z
  .object({
    caseType: z.string(),
    organisationId: z.string(),
    mode: z.enum(['online', 'inPerson']),
    /** Up to three half-days the applicant can attend, e.g. 2026-11-25 morning. */
    preferredTimes: z.array(z.object({ date: z.iso.date(), part: z.enum(['morning', 'afternoon']) }).strict()).min(1).max(3),
    applicant: PartyContact,
    respondent: z.object({ name: z.string().trim().min(1).max(60), phone: Phone.nullable() }).strict(),
    description: z.string().trim().min(5).max(2000),
  })
  .strict();
export type MediationRequestInput = z.infer<typeof MediationRequestInput>;

export const MediationReceipt = z.object({ requestId: z.string(), receiptNo: z.string(), submittedAt: z.string() });

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
  /** Keys of fee-relief.proof.* in the locale files. */
  proof: z.array(z.string()),
  applicationArticle: z.string(),
});
export type ReliefAnswer = z.infer<typeof ReliefAnswer>;

/** A receipt for something handed to the court through the outbox. */
export const SubmissionReceipt = z.object({ receiptNo: z.string(), submittedAt: z.string() });

const NoticeQuery = { caseNumber: z.string().min(1).max(40), payerIdNumber: z.string().min(1).max(18) };

// ---------------------------------------------------------------------------------------------
// Litigation risk assessment (诉讼风险评估): the interview's questions and the report.

/** The 17 headings of the SPC's 2003 《人民法院民事诉讼风险提示书》, in its order (RULES §3). */
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
export const RiskFact = z.enum(['limitationExpired', 'limitationEndingSoon', 'limitationUnknown', 'smallClaimsAutomatic']);
export type RiskFact = z.infer<typeof RiskFact>;

/** A test on earlier answers: showIf for branching, when for findings and paths. */
export type RiskCondition =
  | { q: string; is: boolean | string }
  | { q: string; in: string[] }
  | { q: string; answered: boolean }
  /** An amount or percent answer above a figure, or above a constant of the rule set (as in force on the date answered to `on`). */
  | { q: string; above: string | { constant: string; on?: string } }
  /** A date answer at least this many months before the day of the assessment. */
  | { q: string; monthsAgoAtLeast: number }
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
    z.object({ q: RiskId, above: z.union([z.string().regex(/^\d{1,15}(\.\d{1,2})?$/), z.object({ constant: RiskId, on: RiskId.optional() }).strict()]) }).strict(),
    z.object({ q: RiskId, monthsAgoAtLeast: z.number().int().positive().max(1200) }).strict(),
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
    options: z.array(z.object({ value: RiskId, textKey: RiskKey }).strict()).min(2).optional(),
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

/** One answer or fact that made a rule hold: the report's "why". */
const RiskReason = z.object({ question: RiskId.nullable(), fact: RiskFact.nullable(), answer: z.union([z.boolean(), z.string()]).nullable() });
const Articles = z.array(z.string());

export const RiskLimitation = z.union([
  z.object({
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
  z.object({ status: z.enum(['noLimitation', 'notRunning', 'notApplicable', 'unknown']), articles: Articles, noteKey: RiskKey }),
]);

export const RiskReport = z.object({
  ruleSetVersion: z.string(),
  caseType: z.string(),
  asOf: z.iso.date(),
  /** Answers to questions that were not asked on this branch: left out of every rule. */
  ignoredAnswers: z.array(z.string()),
  findings: z.array(
    z.object({ id: RiskId, severity: RiskSeverity, messageKey: RiskKey, actionKey: RiskKey, article: z.string(), riskHeading: RiskHeading.nullable(), because: z.array(RiskReason) }),
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
  path: z.object({ recommended: RiskPath, reasons: z.array(z.object({ path: RiskPath, reasonKey: RiskKey, article: z.string(), because: z.array(RiskReason) })) }),
  evidence: z.array(z.object({ key: z.string(), status: z.enum(['have', 'missing', 'unknown']) })),
  enforcement: z.object({ level: z.enum(['high', 'medium', 'low', 'unknown']), reasonKey: RiskKey }),
  preservation: z.object({ advised: z.boolean(), reasonKey: RiskKey, articles: Articles, fee: z.string().nullable() }),
  smallClaims: z.object({ eligibility: z.enum(['automatic', 'byAgreement', 'tooLarge', 'excluded', 'wageNotSet']), threshold: z.string().nullable(), ceiling: z.string().nullable(), article: z.string(), exclusions: z.array(SmallClaimsExclusion) }).nullable(),
  costs: z.object({
    /** The case-acceptance fee in yuan, and halved under simplified procedure (Art 16); null with a reason when it cannot be priced. */
    caseFee: z.string().nullable(),
    caseFeeSimplified: z.string().nullable(),
    feeProblem: z.string().nullable(),
    durations: z.array(z.object({ procedure: z.enum(['smallClaims', 'simplified', 'ordinary', 'labourArbitration']), days: z.number().int().positive(), article: z.string() })),
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
    litigant: z.string().trim().max(60),
    method: z.enum(['signature', 'readAndUnderstood']),
    signaturePng: z.base64().max(500_000).nullable(),
  })
  .strict()
  .refine((a) => (a.method === 'signature') === (a.signaturePng !== null), { message: 'a signature, and only a signature, comes with its picture', path: ['signaturePng'] });

// ---------------------------------------------------------------------------------------------
// The helper desk and the admin console (staff only): what needs a person, statistics, exports,
// connection and printer tests, the terminal's log.

/** A submission the court has not taken yet (pending, sent) or has turned down for good (rejected). */
export const DeskSubmission = z.object({
  receiptNo: z.string(),
  kind: z.string(),
  state: z.enum(['pending', 'sent', 'rejected']),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  rejectReason: z.string().nullable(),
  createdAt: z.string(),
});
export type DeskSubmission = z.infer<typeof DeskSubmission>;

export const DeskOverview = z.object({ submissions: z.array(DeskSubmission), failedPrints: z.array(PrintJob), unknownPayments: z.array(Payment) });
export type DeskOverview = z.infer<typeof DeskOverview>;

/** Court dates, both ends included. */
const DateRangeInput = { from: z.iso.date(), to: z.iso.date() };

export const Statistics = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  days: z.array(z.object({ date: z.iso.date(), visits: z.number().int(), submissions: z.number().int(), payments: z.number().int(), tickets: z.number().int() })),
  /** filing, mediation, payment (money taken), refund, relief, tickets. */
  perService: z.array(z.object({ service: z.string(), count: z.number().int() })),
  ticketsByService: z.array(z.object({ service: z.string(), count: z.number().int() })),
  averageWaitMinutes: z.number().nullable(),
  /** From call to served at the helper desk. */
  averageHandlingMinutes: z.number().nullable(),
  ticketsServed: z.number().int(),
  /** Visits started in each hour of the day (0–23, court time). */
  busiestHours: z.array(z.object({ hour: z.number().int().min(0).max(23), visits: z.number().int() })).length(24),
});
export type Statistics = z.infer<typeof Statistics>;

export const ExportKind = z.enum(['submissions', 'payments', 'tickets']);
/** A CSV saved under the data folder's exports/, with its text for a shell that can offer it as a download. */
export const ExportResult = z.object({ fileName: z.string(), file: z.string(), rows: z.number().int(), csv: z.string() });
export type ExportResult = z.infer<typeof ExportResult>;

export const CourtTest = z.object({ court: z.enum(['demo', 'http']), reachable: z.boolean(), millis: z.number().int() });
export type CourtTest = z.infer<typeof CourtTest>;

export const PrinterTest = z.object({ role: z.enum(['receipt', 'document']), printer: z.string().nullable(), printed: z.boolean(), failure: PrintJob.shape.failure });
export type PrinterTest = z.infer<typeof PrinterTest>;

export const LogEntry = z.object({ at: z.string(), message: z.string(), context: z.record(z.string(), z.unknown()) });
export type LogEntry = z.infer<typeof LogEntry>;

// ---------------------------------------------------------------------------------------------
// Staff (helpers and admins), assisted filing and the audit log (main/services/staff, main/services/audit).

export const StaffRole = z.enum(['helper', 'admin']);
export type StaffRole = z.infer<typeof StaffRole>;
export const StaffId = z.string().regex(/^[a-z0-9][a-z0-9-]{1,31}$/, 'lower-case letters, digits and -, 2 to 32');
/** Digits only, so the PIN pad is all a staff member needs. */
export const StaffPin = z.string().regex(/^\d{6,12}$/, 'a PIN of 6 to 12 digits');

/** The staff member signed in at the screen; expiresAt moves on with every call they make. */
export const StaffSession = z.object({ staffId: StaffId, name: z.string(), role: StaffRole, mustChangePin: z.boolean(), expiresAt: z.string() });
export type StaffSession = z.infer<typeof StaffSession>;

export const StaffAccount = z.object({
  staffId: StaffId,
  name: z.string(),
  role: StaffRole,
  enabled: z.boolean(),
  mustChangePin: z.boolean(),
  /** Set after 5 wrong PINs in a row, for 5 minutes. */
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
});
export type StaffAccount = z.infer<typeof StaffAccount>;

/** Who typed a draft field: the litigant, or the helper assisting them (帮办人). */
export const FieldProvenance = z.object({ by: z.enum(['litigant', 'helper']), staffId: StaffId.nullable(), at: z.string() });
export type FieldProvenance = z.infer<typeof FieldProvenance>;

/** One line of the append-only, hash-chained audit log. actor: a staff id, 'litigant', 'cli' or 'system' (the terminal itself). */
export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  details: z.record(z.string(), z.unknown()),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditVerdict = z.object({
  ok: z.boolean(),
  count: z.number().int(),
  firstBrokenId: z.number().int().nullable(),
  /** The chain is intact, but its anchored head is gone or another: the entries after this id are missing. */
  missingAfter: z.number().int().nullable(),
  /** The log has entries and the anchor file (its head, kept outside the database) is gone. */
  anchorMissing: z.boolean(),
});

// ---------------------------------------------------------------------------------------------
// Case filing (立案): element-style complaints (要素式起诉状), parties, evidence pages, consents.
// Shapes are lenient on purpose: filing.preview checks a draft field by field and names every
// problem, so a half-filled form is never refused whole. filing.submit refuses while errors remain.

const FilingKey = z.string().regex(/^[a-z][A-Za-z0-9]{0,47}$/, 'an id like loanDate');
/** Labels and help of the element data, in every language it is written in; zh-CN always. */
export const FilingText = z.object({ 'zh-CN': z.string().min(1).max(600) }).catchall(z.string().max(600));
export type FilingText = z.infer<typeof FilingText>;

/** One element of a case type's complaint (resources/filing/elements/<caseType>.json). */
export const FilingElement = z
  .object({
    id: FilingKey,
    /** text: one line; longText: a paragraph; amount: yuan as decimal text; percent: a yearly rate as decimal text; date: YYYY-MM-DD. */
    type: z.enum(['text', 'longText', 'date', 'amount', 'percent', 'yesNo', 'choice']),
    required: z.boolean(),
    label: FilingText,
    help: FilingText,
    options: z.array(z.object({ value: FilingKey, label: FilingText }).strict()).min(2).optional(),
    /** Asked only when an earlier element has this answer, e.g. the guarantor only if there is a guarantee. */
    showIf: z.object({ element: FilingKey, is: z.union([z.boolean(), FilingKey]) }).strict().optional(),
  })
  .strict();
export type FilingElement = z.infer<typeof FilingElement>;

/** Element answers by id: yesNo as a boolean, everything else as text. */
export const FilingAnswers = z.record(FilingKey, z.union([z.boolean(), z.string().max(2000)]));
export type FilingAnswers = z.infer<typeof FilingAnswers>;

const FilingName = z.string().trim().max(100);
const FilingAddress = z.string().trim().max(200);
/** Checked by the filing service (a mobile or landline number), so a typo is a named problem. */
const FilingPhone = z.string().trim().max(20);

/** A natural person. A defendant's unknown particulars are null: the complaint needs enough to identify them (CPL Art 124). */
export const NaturalPerson = z
  .object({
    kind: z.literal('person'),
    name: FilingName,
    sex: z.enum(['male', 'female']).nullable(),
    birthDate: z.iso.date().nullable(),
    ethnicity: z.string().trim().max(20).nullable(),
    address: FilingAddress,
    /** Resident ID number (GB 11643); checked with its checksum. */
    idNumber: z.string().trim().max(18).nullable(),
    phone: FilingPhone.nullable(),
  })
  .strict();
export type NaturalPerson = z.infer<typeof NaturalPerson>;

/** A legal person or other organisation (CPL Art 51), speaking through its legal representative or principal. */
export const Organisation = z
  .object({
    kind: z.literal('organisation'),
    form: z.enum(['legalPerson', 'otherOrganisation']),
    name: FilingName,
    /** Unified social credit code (GB 32100); a failing checksum warns, it does not block. */
    creditCode: z.string().trim().max(18).nullable(),
    representative: z.string().trim().max(60),
    representativeTitle: z.string().trim().max(30).nullable(),
    address: FilingAddress,
    phone: FilingPhone.nullable(),
  })
  .strict();
export type Organisation = z.infer<typeof Organisation>;

/** Acts an agent may do only with special authority (CPL Art 62). */
export const SpecialPower = z.enum(['admitClaims', 'waiveClaims', 'modifyClaims', 'settle', 'counterclaim', 'appeal']);
export type SpecialPower = z.infer<typeof SpecialPower>;

/** An agent ad litem (CPL Art 61): a lawyer with a practising licence, or a close relative. */
export const Agent = z
  .object({
    kind: z.enum(['lawyer', 'relative']),
    name: FilingName,
    idNumber: z.string().trim().max(18).nullable(),
    phone: FilingPhone,
    /** Lawyers: the 17-digit practising certificate number and the firm. */
    licenceNo: z.string().trim().max(20).nullable(),
    lawFirm: z.string().trim().max(100).nullable(),
    /** Relatives: e.g. 父子, spouse. */
    relationship: z.string().trim().max(20).nullable(),
    authority: z.enum(['general', 'special']),
    specialPowers: z.array(SpecialPower).max(6),
  })
  .strict();
export type Agent = z.infer<typeof Agent>;

export const PartyRole = z.enum(['plaintiff', 'defendant', 'thirdParty']);
export type PartyRole = z.infer<typeof PartyRole>;

export const FilingParty = z
  .object({
    id: FilingKey,
    role: PartyRole,
    party: z.discriminatedUnion('kind', [NaturalPerson, Organisation]),
    agent: Agent.nullable(),
  })
  .strict();
export type FilingParty = z.infer<typeof FilingParty>;

/** An item of the evidence list; its scanned pages are kept by main (evidence.*), in this order. */
export const Evidence = z
  .object({
    id: z.uuid(),
    name: z.string().trim().max(200),
    source: z.string().trim().max(200),
    /** What it proves (证明目的). */
    purpose: z.string().trim().max(500),
  })
  .strict();
export type Evidence = z.infer<typeof Evidence>;

/** The consents the national platform asks for at filing. */
export const FilingConsents = z
  .object({
    /** 送达地址确认书: where and to whom court papers are sent; confirmed = the filer signs it. */
    serviceAddress: z.object({ recipient: FilingName, address: FilingAddress, phone: FilingPhone, confirmed: z.boolean() }).strict(),
    /** Consent to electronic service (CPL Art 90), to this mobile number. */
    electronicService: z.boolean(),
    /** Willing to try pre-litigation mediation first. */
    mediation: z.boolean(),
  })
  .strict();
export type FilingConsents = z.infer<typeof FilingConsents>;

/** A filing as the flow builds it; every part may still be incomplete. */
export const FilingDraft = z
  .object({
    caseType: z.string().max(40),
    /** The court filed with: the terminal's own or another of config.courtDirectory (cross-region). */
    courtCode: z.string().max(20),
    parties: z.array(FilingParty).max(30),
    answers: FilingAnswers,
    /** The claims as edited (Chinese, the court's language); null: the generated ones. */
    claims: z.array(z.string().trim().max(500)).max(20).nullable(),
    /** The facts and reasons as edited; null: the generated ones. */
    facts: z.string().trim().max(20_000).nullable(),
    evidence: z.array(Evidence).max(50),
    consents: FilingConsents.nullable(),
  })
  .strict();
export type FilingDraft = z.infer<typeof FilingDraft>;

/** A whole filing: the draft, signed on the touch pad after the read-back. */
export const FilingSubmission = FilingDraft.extend({ signaturePng: z.base64().min(1).max(500_000), language: LanguageCode }).strict();
export type FilingSubmission = z.infer<typeof FilingSubmission>;

/** Something to fix (error: submit refuses) or re-check (warning), at a path into the draft like parties.1.party.idNumber. */
export const FilingProblem = z.object({
  path: z.string(),
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  messageKey: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type FilingProblem = z.infer<typeof FilingProblem>;

export const FilingCourt = z.object({ code: z.string(), name: LocalizedText, address: LocalizedText.nullable(), crossRegion: z.boolean() });
export type FilingCourt = z.infer<typeof FilingCourt>;

/** What the draft will file: generated claims and facts in zh-CN and en, the texts filed, and its problems. */
export const FilingPreview = z.object({
  generated: z.record(z.string(), z.object({ claims: z.array(z.string()), facts: z.string() })),
  /** What goes on the complaint: the edited texts where there are any, else the generated zh-CN. */
  claims: z.array(z.string()),
  facts: z.string(),
  claimAmountFen: z.number().int().nonnegative().nullable(),
  court: FilingCourt.nullable(),
  problems: z.array(FilingProblem),
});
export type FilingPreview = z.infer<typeof FilingPreview>;

export const FilingReceipt = z.object({ filingId: z.string(), receiptNo: z.string(), submittedAt: z.string() });
export type FilingReceipt = z.infer<typeof FilingReceipt>;

/** What the ID-card reader reads off a resident identity card (GB 21658). */
export const IdCard = z.object({
  name: z.string(),
  sex: z.enum(['male', 'female']),
  ethnicity: z.string(),
  birthDate: z.iso.date(),
  address: z.string(),
  idNumber: z.string(),
  /** The chip's photo as a data: URL. */
  photo: z.string(),
});
export type IdCard = z.infer<typeof IdCard>;

/** A scanned page not yet added to an evidence item; kept in main until evidence.addPage or the visit ends. */
export const ScannedPage = z.object({
  scanId: z.uuid(),
  mime: z.enum(['image/png', 'image/jpeg']),
  width: z.number().int(),
  height: z.number().int(),
  bytes: z.number().int(),
  /** A small rendering as a data: URL. */
  thumbnail: z.string(),
});
export type ScannedPage = z.infer<typeof ScannedPage>;

export const EvidencePage = ScannedPage.omit({ scanId: true }).extend({ id: z.uuid(), evidenceId: z.uuid(), position: z.number().int() });
export type EvidencePage = z.infer<typeof EvidencePage>;

/** Pages of the visit's evidence, and how many more the limits allow. */
export const EvidencePages = z.object({
  pages: z.array(EvidencePage),
  limits: z.object({ pagesPerItem: z.number().int(), pagesTotal: z.number().int(), bytesPerPage: z.number().int(), bytesTotal: z.number().int() }),
  used: z.object({ pages: z.number().int(), bytes: z.number().int() }),
});
export type EvidencePages = z.infer<typeof EvidencePages>;

// ---------------------------------------------------------------------------------------------
// Errors cross the boundary as values, never as stack traces.

export const KioskErrorShape = z.object({
  code: z.string(),
  messageKey: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type KioskErrorShape = z.infer<typeof KioskErrorShape>;

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: KioskErrorShape };

// ---------------------------------------------------------------------------------------------
// Methods

// Who may call a method: 'public', anyone at the screen (a litigant); 'helper', a signed-in helper
// or admin; 'admin', an admin only. The third argument of method(); left out, a method is public.
//
// How a staff session travels (DESIGN §9): staff.signIn checks the PIN and answers with a token. The
// renderer's bridge (preload/index.ts over IPC, preload/web.ts over HTTP) keeps that token and sends
// it with every call — as the second IPC argument, or the x-kiosk-staff header — and forgets it on
// staff.signOut or when main answers FORBIDDEN with details.reason 'sessionExpired'. main/shared/dispatch.ts
// resolves the token to the caller (a call with no live token is the litigant's) and refuses with
// FORBIDDEN a method whose access the caller lacks; handlers get the caller as a second argument.
// A staff session lapses after half the litigant's idle timeout without a call. A staff member who
// must change their PIN (the default admin on first start) may call only public methods and
// staff.changePin until they have (PIN_CHANGE_REQUIRED). Every staff-level call is audited.
export const Access = z.enum(['public', 'helper', 'admin']);
export type Access = z.infer<typeof Access>;

const method = <I extends z.ZodType, O extends z.ZodType, A extends Access = 'public'>(input: I, output: O, access: A = 'public' as A) => ({ input, output, access });

export const methods = {
  'app.info': method(
    Empty,
    z.object({
      name: z.string(),
      version: z.string(),
      shell: z.enum(['electron', 'browser']),
      court: z.enum(['demo', 'http']),
    }),
  ),
  'config.get': method(Empty, TerminalConfig),
  'config.set': method(z.object({ patch: TerminalConfigPatch }).strict(), TerminalConfig, 'admin'),
  /** The Electron shell leaves kiosk mode (full screen, locked down) until the app restarts; the browser shell answers done: false. */
  'app.leaveKioskMode': method(Empty, z.object({ done: z.boolean() }), 'admin'),
  'app.quit': method(Empty, z.object({ done: z.boolean() }), 'admin'),
  'session.start': method(
    z.object({ language: LanguageCode }).strict(),
    z.object({ sessionId: z.string(), startedAt: z.string() }),
  ),
  /** A helper starts a visit on a litigant's behalf (肩并肩帮办): the drafts, filing and receipts carry their id. */
  'session.startAssisted': method(
    z.object({ language: LanguageCode }).strict(),
    z.object({ sessionId: z.string(), startedAt: z.string(), assistedBy: StaffId }),
    'helper',
  ),
  /** Ends the visit: every draft and trace of it in main is deleted. */
  'session.reset': method(Empty, z.object({ wiped: z.number().int() })),
  /**
   * Every field whose value changed is recorded as entered by enteredBy: by default the assisting
   * helper when the call carries their session, else the litigant; 'helper' needs that session.
   */
  'draft.save': method(
    z.object({ flow: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/), data: z.record(z.string(), z.unknown()), enteredBy: z.enum(['litigant', 'helper']).optional() }).strict(),
    z.object({ savedAt: z.string() }),
  ),
  /** provenance: who entered each field, by its path in data (e.g. plaintiff.name, claims.0.amount), for the read-back. */
  'draft.load': method(
    z.object({ flow: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/) }).strict(),
    z.object({ data: z.record(z.string(), z.unknown()).nullable(), provenance: z.record(z.string(), FieldProvenance), assistedBy: StaffId.nullable() }),
  ),
  /** Without staffId the PIN is tried against every enabled account (PINs are unique per terminal). */
  'staff.signIn': method(z.object({ pin: z.string().max(32), staffId: StaffId.optional() }).strict(), StaffSession.extend({ token: z.string() })),
  'staff.signOut': method(Empty, z.object({ signedOut: z.boolean() })),
  /** The staff member this call's token belongs to, or null (a litigant, or a lapsed session). */
  'staff.whoami': method(Empty, StaffSession.nullable()),
  'staff.changePin': method(z.object({ currentPin: z.string().max(32), newPin: StaffPin }).strict(), StaffSession, 'helper'),
  'staff.list': method(Empty, z.object({ accounts: z.array(StaffAccount) }), 'admin'),
  /** A new account must change the PIN it was given at its first sign-in. */
  'staff.add': method(z.object({ staffId: StaffId, name: z.string().trim().min(1).max(40), role: StaffRole, pin: StaffPin }).strict(), StaffAccount, 'admin'),
  /** Gives a new PIN to be changed at the next sign-in, and lifts a lock-out. */
  'staff.resetPin': method(z.object({ staffId: StaffId, pin: StaffPin }).strict(), StaffAccount, 'admin'),
  'staff.setEnabled': method(z.object({ staffId: StaffId, enabled: z.boolean() }).strict(), StaffAccount, 'admin'),
  /** Newest first; `before` pages back from an entry id. */
  'audit.recent': method(z.object({ limit: z.number().int().min(1).max(200), before: z.number().int().positive().optional() }).strict(), z.object({ entries: z.array(AuditEntry) }), 'admin'),
  /** Recomputes the hash chain: ok, or the first entry that was changed or follows a removed one, or a tail cut off behind the anchor. */
  'audit.verify': method(Empty, AuditVerdict, 'admin'),
  /** A court-fee quote; the service checks the request in detail so every refusal has its own code. */
  'fees.quote': method(
    z.object({ kind: z.string(), amount: z.unknown().optional(), options: z.record(z.string(), z.unknown()).optional() }).strict(),
    z.object({
      kind: FeeKind,
      fee: z.string(),
      breakdown: z.array(z.object({ step: z.string(), fee: z.string() }).catchall(z.unknown())),
    }),
  ),
  /** Whether a money claim of this amount goes to the small-claims procedure (CPL Arts 165–166). */
  'fees.smallClaims': method(
    z.object({ amount: z.string().regex(/^\d{1,15}(\.\d{1,2})?$/), exclusions: z.array(SmallClaimsExclusion).max(6) }).strict(),
    z.object({
      eligibility: z.enum(['automatic', 'byAgreement', 'tooLarge', 'excluded', 'wageNotSet']),
      threshold: z.string().nullable(),
      ceiling: z.string().nullable(),
      article: z.string(),
      exclusions: z.array(SmallClaimsExclusion),
    }),
  ),
  /** Looks up a fee notice by case number and the payer's ID number. */
  'fees.findNotice': method(z.object(NoticeQuery).strict(), FeeNotice),
  /** The estimator's answer for a kind and an amount in yuan (null: charged per case). */
  'fees.estimate': method(z.object({ kind: FeeKind, amount: z.string().regex(/^\d{1,15}(\.\d{1,2})?$/).nullable() }).strict(), FeeEstimate),
  /** Each fee kind as the fee schedule prices it: whether it needs an amount, can be halved, has a province-fixed figure. */
  'fees.kinds': method(
    Empty,
    z.object({
      kinds: z.array(
        z.object({ kind: FeeKind, amount: FeeAmountNeed, halvable: z.boolean(), provinceRange: z.object({ min: z.number(), max: z.number(), article: z.string() }).nullable() }),
      ),
    }),
  ),
  /** Starts paying a notice; a second tap returns the payment already under way. */
  'fees.pay': method(z.object({ ...NoticeQuery, method: PaymentMethod }).strict(), Payment),
  'fees.payment': method(z.object({ paymentId: z.string().uuid() }).strict(), Payment),
  /** The payer gives up before paying; too late once the terminal has approved. */
  'fees.cancelPayment': method(z.object({ paymentId: z.string().uuid() }).strict(), Payment),
  'sync.status': method(Empty, SyncStatus),
  /** A case's progress for one of its parties: the same answer for "no such case" and "not your case". */
  'cases.status': method(z.object({ caseNumber: z.string().min(1).max(40), idNumber: z.string().min(1).max(18) }).strict(), CaseStatus),
  /** A kiosk receipt's submission: queued, sent, taken by the court (with its reference) or turned down. */
  'cases.receipt': method(z.object({ receiptNo: z.string().min(1).max(60) }).strict(), ReceiptStatus),
  /** Which fee relief the litigant's situation may bring, and what proof to bring (Arts 44–48). */
  'fees.reliefScreen': method(z.object({ naturalPerson: z.boolean(), grounds: z.array(ReliefGround).max(11) }).strict(), ReliefAnswer),
  /** Applies in writing for fee relief (Art 48); queued for the court with its receipt. */
  'fees.reliefApply': method(
    z
      .object({
        caseNumber: z.string().max(40).nullable(),
        applicant: z.object({ name: z.string().trim().min(1).max(60), idNumber: z.string().max(18), phone: Phone }).strict(),
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
        accountHolder: z.string().trim().min(1).max(60),
        bankCardNumber: z.string().max(23),
        bankName: z.string().trim().min(2).max(60),
        phone: Phone,
      })
      .strict(),
    SubmissionReceipt,
  ),
  'catalogue.caseTypes': method(Empty, z.object({ types: z.array(CaseType) })),
  /** The mediation organisations configured for this court, filtered to a dispute type. */
  'mediation.organisations': method(z.object({ caseType: z.string() }).strict(), z.object({ organisations: z.array(MediationOrganisation) })),
  /** Files a pre-litigation mediation request: saved with its receipt number and queued for the court. */
  'mediation.submit': method(MediationRequestInput, MediationReceipt),
  /** Takes a number for the helper desk; priority for the elderly, disabled and pregnant. */
  /** Also prints the ticket, in the litigant's language; a printer fault never stops the number being issued. */
  'queue.take': method(z.object({ service: TicketService, priority: z.boolean(), language: LanguageCode }).strict(), Ticket),
  'queue.board': method(Empty, QueueBoard),
  'queue.callNext': method(z.object({ windowNo: WindowNo, services: z.array(TicketService).min(1) }).strict(), Ticket.nullable(), 'helper'),
  'queue.recall': method(TicketRef, Ticket, 'helper'),
  'queue.serve': method(TicketRef, Ticket, 'helper'),
  'queue.skip': method(TicketRef, Ticket, 'helper'),
  'queue.transfer': method(TicketRef.extend({ service: TicketService }).strict(), Ticket, 'helper'),
  /** For the helper screen: failed print jobs to reprint, or everything printed recently. */
  'print.jobs': method(z.object({ filter: z.enum(['failed', 'recent']) }).strict(), z.object({ jobs: z.array(PrintJob) }), 'helper'),
  /** Sends a kept job to its printer again; answers at once, the outcome follows as print.changed. */
  'print.reprint': method(z.object({ jobId: z.number().int().positive() }).strict(), PrintJob, 'helper'),
  /** Prints a confirmed payment's voucher (缴费凭证); the notice query proves the payer is asking. */
  /** The mediation application (A4) and its receipt (80 mm), each to its printer. */
  'print.mediation': method(z.object({ requestId: z.string().uuid(), language: LanguageCode }).strict(), z.object({ jobs: z.array(PrintJob) })),
  'print.paymentVoucher': method(z.object({ paymentId: z.string().uuid(), ...NoticeQuery, language: LanguageCode }).strict(), PrintJob),
  /** Prints a fee estimate (A4) for a dispute type of the catalogue; amount in yuan, null when charged per case. */
  'print.feeEstimate': method(
    z.object({ caseType: z.string().max(40), amount: z.string().regex(/^\d{1,15}(\.\d{1,2})?$/).nullable(), language: LanguageCode }).strict(),
    PrintJob,
  ),
  /** Prints a refund request's receipt; the case number proves the asker handed it in. */
  'print.refundReceipt': method(z.object({ receiptNo: z.string().max(40), caseNumber: z.string().max(40), language: LanguageCode }).strict(), PrintJob),
  /** Prints a fee-relief application form (A4) to sign and hand in with the proof; the applicant's ID proves the asker. */
  'print.reliefApplication': method(z.object({ receiptNo: z.string().max(40), idNumber: z.string().max(18), language: LanguageCode }).strict(), PrintJob),
  /** Prints the one-page instructions for a new helper (A4), built from this terminal's settings. */
  'print.helperGuide': method(z.object({ language: LanguageCode }).strict(), PrintJob, 'helper'),
  /** The litigant asks for a helper to come to this terminal. */
  'helper.call': method(Empty, z.object({ callId: z.number().int(), calledAt: z.string() })),
  /** The risk interview per dispute type: questions in order, with their branching and help keys. */
  'risk.ruleSet': method(Empty, z.object({ version: z.string(), types: z.array(z.object({ caseType: z.string(), questions: z.array(RiskQuestion) })) })),
  /** Assesses one dispute from the interview's answers: findings with their reasons, limitation, path, costs. */
  'risk.assess': method(z.object({ caseType: z.string().max(40), answers: RiskAnswers }).strict(), RiskReport),
  /** The element-style complaint of a case type: its elements in order, required or optional, with labels and help. */
  'filing.elements': method(z.object({ caseType: z.string().max(40) }).strict(), z.object({ caseType: z.string(), version: z.string(), elements: z.array(FilingElement) })),
  /** The courts a filing may go to: this court first, then the directory; any other is cross-region filing (跨域立案). */
  'filing.courts': method(Empty, z.object({ courts: z.array(FilingCourt) })),
  /** Checks a draft and generates its claims and facts in zh-CN and en; saves nothing. */
  'filing.preview': method(FilingDraft, FilingPreview),
  /** Files: one transaction writes the filing, its outbox entry and its receipt number; refused while the preview has errors. */
  'filing.submit': method(FilingSubmission, FilingReceipt),
  /** A short code to show on screen, with which this visit's filing draft (flow 'filing') can be taken up after a crash; the filer's ID number works too. */
  'filing.resumeCode': method(z.object({ idNumber: z.string().max(18).nullable() }).strict(), z.object({ code: z.string(), expiresAt: z.string() })),
  /** Takes up the filing draft of a visit that ended in a crash: its data (as draft.load gives it) and its scanned pages move to this visit. */
  'filing.resume': method(z.union([z.object({ code: z.string().max(12) }).strict(), z.object({ idNumber: z.string().max(18) }).strict()]), z.object({ data: z.record(z.string(), z.unknown()) })),
  /** Waits for a resident ID card on the reader; refused when the reader is unplugged or no card comes in time. */
  'devices.readIdCard': method(Empty, IdCard),
  /** Scans pages (document scanner, or the camera for things that do not lie flat); they wait in main for evidence.addPage. */
  'devices.scan': method(z.object({ source: z.enum(['scanner', 'camera']) }).strict(), z.object({ pages: z.array(ScannedPage) })),
  /** Adds a scanned page at the end of an evidence item, within the page and size limits. */
  'evidence.addPage': method(z.object({ evidenceId: z.uuid(), scanId: z.uuid() }).strict(), EvidencePages),
  /** Every page of this visit's evidence, in order, with the limits. */
  'evidence.pages': method(Empty, EvidencePages),
  'evidence.removePage': method(z.object({ pageId: z.uuid() }).strict(), EvidencePages),
  /** Puts an item's pages in this order; pageIds must be exactly its pages. */
  'evidence.reorder': method(z.object({ evidenceId: z.uuid(), pageIds: z.array(z.uuid()).max(200) }).strict(), EvidencePages),
  /** Prints a submitted filing: the complaint and the bundle (evidence list + pages) on A4, the filing receipt with its QR on the roll. */
  'print.filing': method(z.object({ filingId: z.string().max(40), language: LanguageCode }).strict(), z.object({ jobs: z.array(PrintJob) })),
  /** Assesses and keeps the report with the answers and the rule-set version that made it. */
  'risk.record': method(z.object({ caseType: z.string().max(40), answers: RiskAnswers }).strict(), RecordedRiskReport),
  /** Records the acknowledgement of the risk notice for a kept report. */
  'risk.acknowledge': method(RiskAcknowledgement, z.object({ acknowledgedAt: z.string() })),
  /** Prints a kept report (诉讼风险评估报告, A4) in the language asked. */
  'print.riskReport': method(z.object({ reportId: z.string().uuid(), language: LanguageCode }).strict(), PrintJob),
  /** Prints the acknowledged risk notice (诉讼风险告知书, A4). */
  'print.riskNotice': method(z.object({ reportId: z.string().uuid(), language: LanguageCode }).strict(), PrintJob),
  /** Helper desk: submissions the court has not taken or turned down, failed print jobs, payments in an unknown state. */
  'desk.overview': method(Empty, DeskOverview, 'helper'),
  /** Helper desk: asks the payment terminal again what became of a payment in an unknown state. */
  'desk.reconcile': method(z.object({ paymentId: z.string().uuid() }).strict(), Payment, 'helper'),
  /** Admin: visits, submissions, payments and tickets per day and per service, handling times, busiest hours. */
  'admin.statistics': method(z.object(DateRangeInput).strict(), Statistics, 'admin'),
  /**
   * Admin: a CSV of submissions, payments or tickets, saved in the data folder's exports/ and returned.
   * The CLI's `export --from --to` calls writeExport() in main/services/reports/exports.ts, as this does.
   */
  'admin.export': method(z.object({ kind: ExportKind, ...DateRangeInput }).strict(), ExportResult, 'admin'),
  /** Admin: one empty round trip to the configured court (or the demo court). */
  'admin.testCourt': method(Empty, CourtTest, 'admin'),
  /** Admin: prints a test page on a role's printer as configured, or on the named one before it is saved. */
  'admin.testPrinter': method(z.object({ role: z.enum(['receipt', 'document']), printer: z.string().min(1).max(128).optional(), language: LanguageCode }).strict(), PrinterTest, 'admin'),
  /** Admin: the newest entries of the terminal's log, newest first. */
  'admin.log': method(z.object({ limit: z.number().int().min(1).max(500) }).strict(), z.object({ entries: z.array(LogEntry) }), 'admin'),
  /** Admin: whether this terminal is enrolled with the court's hub (hub/), and the versions it runs from it. */
  'hub.status': method(Empty, HubLinkStatus, 'admin'),
  /** Admin: enrols this terminal with the court's hub using a one-time code from the hub's console. */
  'hub.enrol': method(z.object({ url: z.string().trim().min(1).max(300), code: z.string().trim().min(1).max(64) }).strict(), HubLinkStatus, 'admin'),
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export const METHOD_NAMES = Object.keys(methods) as MethodName[];
export const accessOf = (name: MethodName): Access => methods[name].access;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;

// ---------------------------------------------------------------------------------------------
// Events, main → renderer

export const events = {
  'config.changed': TerminalConfig,
  'fees.paymentChanged': Payment,
  'print.changed': PrintJob,
  'sync.status': SyncStatus,
  'queue.changed': QueueBoard,
  'queue.called': TicketCall,
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export const EVENT_NAMES = Object.keys(events) as EventName[];
export type EventPayload<E extends EventName> = z.output<Events[E]>;

// ---------------------------------------------------------------------------------------------
// window.kiosk: what both preloads install, and all the renderer ever sees of main.

export interface KioskBridge {
  invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Envelope<MethodOutput<M>>>;
  /** Subscribes to an event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
