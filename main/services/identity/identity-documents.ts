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

/** The normalised number, or a refusal naming the document and what is wrong with it. */
export function requireIdDocument(type: IdDocumentType, input: string, asOf: Date): string {
  const result = checkIdDocument(type, input, asOf);
  if (result.valid) return result.id;
  throw new KioskError('INVALID_ID_NUMBER', result.problem === 'format' ? `identity.errors.format.${type}` : `identity.errors.${result.problem}`, {
    idType: type,
  });
}
