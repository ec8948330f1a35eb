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

export const ServiceId = z.enum(['risk', 'filing', 'payment', 'mediation', 'queue']);
export type ServiceId = z.infer<typeof ServiceId>;
/** Home-screen order; the first four are flows, the last takes a helper-desk number. */
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

/** Whether the court can be reached, and what is still on its way to it. */
export const SyncStatus = z.object({ online: z.boolean(), waiting: z.number().int(), rejected: z.number().int() });
export type SyncStatus = z.infer<typeof SyncStatus>;

/** Every document the kiosk prints (main/services/receipts/documents/). */
export const ReceiptKind = z.enum(['filing-receipt', 'complaint', 'risk-report', 'risk-notice', 'payment-voucher', 'mediation-application', 'mediation-receipt', 'queue-ticket']);
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
    /** amount: yuan as a decimal text; percent: a yearly rate as a decimal text; date: YYYY-MM-DD. */
    type: z.enum(['yesNo', 'choice', 'date', 'amount', 'percent']),
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
    daysLeft: z.number().int(),
    cappedByLongStop: z.boolean(),
    articles: Articles,
    /** Rules not applied, e.g. Art 203's holiday roll-over: there is no holiday calendar. */
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

export const CourtTest = z.object({ court: z.enum(['demo', 'http']), reachable: z.boolean(), millis: z.number().int() });
export type CourtTest = z.infer<typeof CourtTest>;

export const PrinterTest = z.object({ role: z.enum(['receipt', 'document']), printer: z.string().nullable(), printed: z.boolean(), failure: PrintJob.shape.failure });
export type PrinterTest = z.infer<typeof PrinterTest>;

export const LogEntry = z.object({ at: z.string(), message: z.string(), context: z.record(z.string(), z.unknown()) });
export type LogEntry = z.infer<typeof LogEntry>;

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

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

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
  'config.set': method(z.object({ patch: TerminalConfigPatch }).strict(), TerminalConfig),
  'session.start': method(
    z.object({ language: LanguageCode }).strict(),
    z.object({ sessionId: z.string(), startedAt: z.string() }),
  ),
  /** Ends the visit: every draft and trace of it in main is deleted. */
  'session.reset': method(Empty, z.object({ wiped: z.number().int() })),
  'draft.save': method(
    z.object({ flow: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/), data: z.record(z.string(), z.unknown()) }).strict(),
    z.object({ savedAt: z.string() }),
  ),
  'draft.load': method(
    z.object({ flow: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/) }).strict(),
    z.object({ data: z.record(z.string(), z.unknown()).nullable() }),
  ),
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
  /** Starts paying a notice; a second tap returns the payment already under way. */
  'payment.start': method(z.object({ ...NoticeQuery, method: PaymentMethod }).strict(), Payment),
  'payment.get': method(z.object({ paymentId: z.string().uuid() }).strict(), Payment),
  /** The payer gives up before paying; too late once the terminal has approved. */
  'payment.cancel': method(z.object({ paymentId: z.string().uuid() }).strict(), Payment),
  'sync.status': method(Empty, SyncStatus),
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
        reason: z.enum(['overpaid', 'withdrawn', 'mediated', 'other']),
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
  'queue.callNext': method(z.object({ windowNo: WindowNo, services: z.array(TicketService).min(1) }).strict(), Ticket.nullable()),
  'queue.recall': method(TicketRef, Ticket),
  'queue.serve': method(TicketRef, Ticket),
  'queue.skip': method(TicketRef, Ticket),
  'queue.transfer': method(TicketRef.extend({ service: TicketService }).strict(), Ticket),
  /** For the helper screen: failed print jobs to reprint, or everything printed recently. */
  'print.jobs': method(z.object({ filter: z.enum(['failed', 'recent']) }).strict(), z.object({ jobs: z.array(PrintJob) })),
  /** Sends a kept job to its printer again; answers at once, the outcome follows as print.changed. */
  'print.reprint': method(z.object({ jobId: z.number().int().positive() }).strict(), PrintJob),
  /** Prints a confirmed payment's voucher (缴费凭证); the notice query proves the payer is asking. */
  'print.paymentVoucher': method(z.object({ paymentId: z.string().uuid(), ...NoticeQuery, language: LanguageCode }).strict(), PrintJob),
  /** The litigant asks for a helper to come to this terminal. */
  'helper.call': method(Empty, z.object({ callId: z.number().int(), calledAt: z.string() })),
  /** The risk interview per dispute type: questions in order, with their branching and help keys. */
  'risk.ruleSet': method(Empty, z.object({ version: z.string(), types: z.array(z.object({ caseType: z.string(), questions: z.array(RiskQuestion) })) })),
  /** Assesses one dispute from the interview's answers: findings with their reasons, limitation, path, costs. */
  'risk.assess': method(z.object({ caseType: z.string().max(40), answers: RiskAnswers }).strict(), RiskReport),
  /** Helper desk: submissions the court has not taken or turned down, failed print jobs, payments in an unknown state. */
  'desk.overview': method(Empty, DeskOverview),
  /** Helper desk: asks the payment terminal again what became of a payment in an unknown state. */
  'desk.reconcile': method(z.object({ paymentId: z.string().uuid() }).strict(), Payment),
  /** Admin: visits, submissions, payments and tickets per day and per service, handling times, busiest hours. */
  'admin.statistics': method(z.object(DateRangeInput).strict(), Statistics),
  /**
   * Admin: a CSV of submissions, payments or tickets, saved in the data folder's exports/ and returned.
   * The CLI's `export --from --to` calls writeExport() in main/services/admin/exports.ts, as this does.
   */
  'admin.export': method(z.object({ kind: ExportKind, ...DateRangeInput }).strict(), z.object({ fileName: z.string(), file: z.string(), rows: z.number().int(), csv: z.string() })),
  /** Admin: one empty round trip to the configured court (or the demo court). */
  'admin.testCourt': method(Empty, CourtTest),
  /** Admin: prints a test page on a role's printer as configured, or on the named one before it is saved. */
  'admin.testPrinter': method(z.object({ role: z.enum(['receipt', 'document']), printer: z.string().max(128).nullable().optional(), language: LanguageCode }).strict(), PrinterTest),
  /** Admin: the newest entries of the terminal's log, newest first. */
  'admin.log': method(z.object({ limit: z.number().int().min(1).max(500) }).strict(), z.object({ entries: z.array(LogEntry) })),
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export const METHOD_NAMES = Object.keys(methods) as MethodName[];
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;

// ---------------------------------------------------------------------------------------------
// Events, main → renderer

export const events = {
  'config.changed': TerminalConfig,
  'payment.changed': Payment,
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

// Channel names live in their own module so the sandboxed preload can use them without zod.
export { ipcChannel } from './ipc-channel';
