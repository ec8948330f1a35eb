// The number an applicant identifies themself by: a natural person's identity document, or an
// organisation's unified social credit code. Shared by the applications that take either (fee relief).
import type { IdDocumentType } from '../../../contract';
import { KioskError } from '../errors';
import { checkCreditCode } from './credit-code';
import { requireIdDocument } from './identity-documents';

export type ApplicantIdType = IdDocumentType | 'creditCode';

/** The normalised number, or a refusal naming what is wrong with it. A credit code's checksum only warns elsewhere; here too it passes. */
export function requireApplicantId(type: ApplicantIdType, input: string, asOf: Date): string {
  if (type !== 'creditCode') return requireIdDocument(type, input, asOf);
  const code = checkCreditCode(input);
  if (!code.valid) throw new KioskError('INVALID_ID_NUMBER', `identity.errors.creditCode.${code.problem}`, { idType: type });
  return code.code;
}
