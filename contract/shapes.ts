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
