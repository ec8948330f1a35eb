// Checks a natural person's identity document number by its kind: a resident ID (GB 11643), a
// Hong Kong/Macao or Taiwan residents' permit, a foreigner's permanent-residence card (2004 or 2023
// format) or a passport. A court accepts any of them: a natural person files with a copy of an
// identity document (登记立案规定 Art 6(1)), not only a resident ID; each has its own shape (contract/id-documents.data.ts).
import { hasIdDocumentShape, NEW_PERMANENT_RESIDENCE, normalisedIdNumber, type IdDocumentType } from '../../../contract';
import { KioskError } from '../errors';
import { checkResidentId, type ResidentIdProblem } from './resident-id';

export type IdDocumentProblem = ResidentIdProblem | 'format';

export type IdDocumentResult =
  | {
      valid: true;
      id: string;
      /** Only documents that encode them: the resident ID and the 2023 permanent-residence card. */ birthDate: string | null;
      sex: 'male' | 'female' | null;
    }
  | { valid: false; problem: IdDocumentProblem };

export function checkIdDocument(type: IdDocumentType, input: string, asOf: Date): IdDocumentResult {
  const id = normalisedIdNumber(input);
  if (type === 'residentId' || (type === 'foreignPermanentResident' && NEW_PERMANENT_RESIDENCE.test(id))) {
    const result = checkResidentId(id, asOf);
    return result.valid ? { valid: true, id: result.id, birthDate: result.birthDate, sex: result.sex } : result;
  }
  return hasIdDocumentShape(type, id) ? { valid: true, id, birthDate: null, sex: null } : { valid: false, problem: 'format' };
}

/**
 * The message key of a problem with a number of this document. A 2023 permanent-residence card fails
 * the resident ID's checks (birth date, check digit) but is named as itself, not as a 公民身份号码.
 */
export const idProblemKey = (type: IdDocumentType, problem: IdDocumentProblem): string =>
  problem === 'format' ? `format.${type}` : type === 'residentId' ? problem : `${type}.${problem}`;

/** The normalised number, or a refusal naming the document and what is wrong with it. */
export function requireIdDocument(type: IdDocumentType, input: string, asOf: Date): string {
  const result = checkIdDocument(type, input, asOf);
  if (result.valid) return result.id;
  throw new KioskError('INVALID_ID_NUMBER', `identity.errors.${idProblemKey(type, result.problem)}`, { idType: type });
}

const OTHER_DOCUMENTS = ['hkMacaoPermit', 'taiwanPermit', 'foreignPermanentResident', 'passport'] as const;

/**
 * A number given without its document (the fee desk's payer, the filer who seals a resume code): a
 * valid number of any accepted document, normalised as the filing stores it, so it matches the number
 * filed. An 18-character ID layout is a resident ID, or a 2023 permanent-residence card when it starts
 * with 9 (no resident ID's region code does), and is checked with its check digit; anything else needs
 * the shape of another document, or is refused as a resident ID would be (the keypad's digits).
 */
export function requireAnyIdDocument(input: string, asOf: Date): string {
  const id = normalisedIdNumber(input);
  if (/^\d{17}[\dX]$/.test(id)) return requireIdDocument(NEW_PERMANENT_RESIDENCE.test(id) ? 'foreignPermanentResident' : 'residentId', id, asOf);
  if (OTHER_DOCUMENTS.some((type) => hasIdDocumentShape(type, id))) return id;
  if (/^[\dX]*$/.test(id)) return requireIdDocument('residentId', id, asOf);
  throw new KioskError('INVALID_ID_NUMBER', 'identity.errors.format.any');
}
