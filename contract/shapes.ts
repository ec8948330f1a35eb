// Shapes every domain of the contract uses: languages, texts, money as typed, court codes, phone numbers.
import { z } from 'zod';

export const LanguageCode = z.string().regex(/^[a-z]{2,3}(-[A-Z][A-Za-z]{1,3})?$/, 'language code like zh-CN or en');
export type LanguageCode = z.infer<typeof LanguageCode>;

/** A text the court gives in several languages, e.g. its own name; zh-CN is always present. */
export const LocalizedText = z.object({ 'zh-CN': z.string().min(1).max(200) }).catchall(z.string().max(200));
export type LocalizedText = z.infer<typeof LocalizedText>;

/** The input of a method that takes none, and refuses anything given. */
export const Empty = z.object({}).strict();

/** A mobile or landline number, as a litigant gives it for the court to call back. */
export const Phone = z.string().regex(/^1\d{10}$|^0\d{2,3}-?\d{7,8}$/, 'a mobile (11 digits) or landline number');

/** A receipt for something handed to the court through the outbox. */
export const SubmissionReceipt = z.object({ receiptNo: z.string(), submittedAt: z.string() });

/** An amount of money in yuan as typed: up to 15 digits and 2 decimals, kept as text so no float touches it. */
export const Yuan = z.string().regex(/^\d{1,15}(\.\d{1,2})?$/);

/**
 * The identity documents a court accepts from a natural person (登记立案规定 Art 6(1)): the resident
 * ID, the Hong Kong/Macao and Taiwan residents' permits, the foreigner's permanent-residence card, a passport.
 */
export const IdDocumentType = z.enum(['residentId', 'hkMacaoPermit', 'taiwanPermit', 'foreignPermanentResident', 'passport']);
export type IdDocumentType = z.infer<typeof IdDocumentType>;

/** A court's code as in case numbers, e.g. 粤0703 (docs/RULES.md §5); the Supreme People's Court is 最高法. */
export const CourtCode = z.string().regex(/^(最高法|[\u4e00-\u9fff](\d{2}|\d{4})?)$/, 'court code like 粤0703');

// C0/C1 controls and DEL, bidi embeddings/overrides/isolates/marks, line and paragraph separators: invisible
// on screen, they reorder or hide what a court paper prints (U+202E turns a name around) — issue #15 item 8.
const SINGLE_LINE_FORBIDDEN = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;
const MULTI_LINE_FORBIDDEN = /[^\P{Cc}\n\t]|[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;

/** The issue a refused character gives: main/shared/dispatch.ts turns it into errors.textControl naming the field. */
export const TEXT_CONTROL_MESSAGE_KEY = 'errors.textControl';

/**
 * Free text a person types (names, addresses, facts): trimmed, NFC-normalised so one name has one spelling,
 * and refused when it holds a control or bidi-control character. `multiLine` allows line breaks and tabs.
 */
export function FreeText(max: number, options: { min?: number; multiLine?: boolean } = {}) {
  const forbidden = options.multiLine ? MULTI_LINE_FORBIDDEN : SINGLE_LINE_FORBIDDEN;
  return z
    .string()
    .normalize('NFC')
    .trim()
    .min(options.min ?? 0)
    .max(max)
    .refine((text) => !forbidden.test(text), { message: 'control or bidi-control character', params: { messageKey: TEXT_CONTROL_MESSAGE_KEY } });
}
