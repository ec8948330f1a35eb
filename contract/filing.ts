// Case filing (立案): element-style complaints (要素式起诉状), parties, evidence pages, consents.
// Shapes are lenient on purpose: filing.preview checks a draft field by field and names every
// problem, so a half-filled form is never refused whole. filing.submit refuses while errors remain.
import { z } from 'zod';
import { COUNTRIES, type CountryCode } from './countries.data';
import { method } from './method';
import { Empty, FreeText, IdDocumentType, LanguageCode, LocalizedText } from './shapes';

/** A nationality (国籍) by its ISO 3166-1 alpha-2 code, from the list the screens offer (contract/countries.data.ts). */
export const Nationality = z.enum(COUNTRIES.map(([code]) => code) as [CountryCode, ...CountryCode[]]);

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
    options: z
      .array(z.object({ value: FilingKey, label: FilingText }).strict())
      .min(2)
      .optional(),
    /** Asked only when an earlier element has this answer, e.g. the guarantor only if there is a guarantee. */
    showIf: z
      .object({ element: FilingKey, is: z.union([z.boolean(), FilingKey]) })
      .strict()
      .optional(),
  })
  .strict();
export type FilingElement = z.infer<typeof FilingElement>;

/** Element answers by id: yesNo as a boolean, everything else as text. */
export const FilingAnswers = z.record(FilingKey, z.union([z.boolean(), FreeText(2000, { multiLine: true })]));
export type FilingAnswers = z.infer<typeof FilingAnswers>;

const FilingName = FreeText(100);
const FilingAddress = FreeText(200);
/** Checked by the filing service (a mobile or landline number), so a typo is a named problem. */
const FilingPhone = FreeText(20);

/** A natural person. A defendant's unknown particulars are null: the complaint needs enough to identify them (CPL Art 124). */
export const NaturalPerson = z
  .object({
    kind: z.literal('person'),
    name: FilingName,
    sex: z.enum(['male', 'female']).nullable(),
    birthDate: z.iso.date().nullable(),
    /** 民族: asked of a Chinese national only. */
    ethnicity: FreeText(20).nullable(),
    /**
     * 国籍, where the document does not settle it (NATIONALITY_BY_DOCUMENT): a passport's holder, Chinese or
     * not, and a permanent-residence card's, a foreigner. Absent for a resident ID's or a permit's holder: Chinese.
     */
    nationality: Nationality.optional(),
    address: FilingAddress,
    /** Which document idNumber is; absent means a resident ID. */
    idType: IdDocumentType.optional(),
    /** The document's number, checked by its kind (resident ID: GB 11643 with its checksum). */
    idNumber: FreeText(18).nullable(),
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
    creditCode: FreeText(18).nullable(),
    representative: FreeText(60),
    representativeTitle: FreeText(30).nullable(),
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
    /** Which document idNumber is; absent means a resident ID. */
    idType: IdDocumentType.optional(),
    idNumber: FreeText(18).nullable(),
    phone: FilingPhone,
    /** Lawyers: the 17-digit practising certificate number and the firm. */
    licenceNo: FreeText(20).nullable(),
    lawFirm: FreeText(100).nullable(),
    /** Relatives: e.g. 父子, spouse. */
    relationship: FreeText(20).nullable(),
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
    name: FreeText(200),
    source: FreeText(200),
    /** What it proves (证明目的). */
    purpose: FreeText(500, { multiLine: true }),
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
    claims: z
      .array(FreeText(500, { multiLine: true }))
      .max(20)
      .nullable(),
    /** The facts and reasons as edited; null: the generated ones. */
    facts: FreeText(20_000, { multiLine: true }).nullable(),
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

export const FilingCourt = z.object({
  code: z.string(),
  name: LocalizedText,
  address: LocalizedText.nullable(),
  crossRegion: z.boolean(),
  /** The division codes (2, 4 or 6 digits) the directory says the court hears: the court step matches the parties' addresses against them. */
  areas: z.array(z.string()),
});
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

export const filingMethods = {
  /** The element-style complaint of a case type: its elements in order, required or optional, with labels and help. */
  'filing.elements': method(
    z.object({ caseType: z.string().max(40) }).strict(),
    z.object({ caseType: z.string(), version: z.string(), elements: z.array(FilingElement) }),
  ),
  /** The courts a filing may go to: this court first, then the directory; any other is cross-region filing (跨域立案). */
  'filing.courts': method(Empty, z.object({ courts: z.array(FilingCourt) })),
  /** Checks a draft and generates its claims and facts in zh-CN and en; saves nothing. */
  'filing.preview': method(FilingDraft, FilingPreview),
  /** Files: one transaction writes the filing, its outbox entry and its receipt number; refused while the preview has errors. */
  'filing.submit': method(FilingSubmission, FilingReceipt),
  /** A short code to show on screen, with which this visit's filing draft (flow 'filing') can be taken up after a crash; the filer's ID number works too. */
  'filing.resumeCode': method(z.object({ idNumber: z.string().max(18).nullable() }).strict(), z.object({ code: z.string(), expiresAt: z.string() })),
  /** Takes up the filing draft of a visit that ended in a crash (code or ID), or was wiped while idle (code and ID): its data (as draft.load gives it) and its scanned pages move to this visit. */
  'filing.resume': method(
    z.union([
      z.object({ code: z.string().max(12), idNumber: z.string().max(18) }).strict(),
      z.object({ code: z.string().max(12) }).strict(),
      z.object({ idNumber: z.string().max(18) }).strict(),
    ]),
    z.object({ data: z.record(z.string(), z.unknown()) }),
  ),
} as const;
