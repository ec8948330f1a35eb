// The filer (起诉人 / 原告) as the first filing step collects them: a name and an identity document's
// number — a resident ID typed or read from the ID card, which also gives sex, ethnicity, birth date
// and address, or another document a court accepts (登记立案规定 Art 6(1)), typed.
import { IdDocumentType } from '../../../../contract';
import type { AddressValue } from '../../keyboard/AddressField';
import type { FieldErrors } from '../stepper/flow';
import { addressFromDraft, idNumberProblem } from './parties';

/** What the ID card reader adds to a typed name and number. */
export interface CardDetails {
  sex: 'male' | 'female';
  ethnicity: string;
  birthDate: string;
  /** The card's one line, split into the divisions it names and the street (address-from-text.ts). */
  address: AddressValue;
}

export interface Applicant {
  name: string;
  idType: IdDocumentType;
  idNumber: string;
  /** Null when typed; the card's details once read. */
  card: CardDetails | null;
}

/** Longer than any name on a resident ID card, short enough to catch a paste gone wrong. */
export const NAME_MAX_LENGTH = 50;

export const EMPTY_APPLICANT: Applicant = { name: '', idType: 'residentId', idNumber: '', card: null };

function cardFromDraft(saved: unknown): CardDetails | null {
  if (typeof saved !== 'object' || saved === null) return null;
  const { sex, ethnicity, birthDate, address } = saved as Record<string, unknown>;
  if ((sex !== 'male' && sex !== 'female') || typeof ethnicity !== 'string' || typeof birthDate !== 'string') return null;
  // A draft from before the split holds the card's address as one line: it stands as the street.
  return { sex, ethnicity, birthDate, address: addressFromDraft(address) };
}

export function applicantFromDraft(saved: unknown): Applicant | null {
  if (typeof saved !== 'object' || saved === null) return null;
  const { name, idType, idNumber, card } = saved as Record<string, unknown>;
  return typeof name === 'string' && typeof idNumber === 'string'
    ? { name, idType: IdDocumentType.catch('residentId').parse(idType), idNumber, card: cardFromDraft(card) }
    : null;
}

/** The shape only; a resident ID's check digit is main's to judge (identity service) when the filing is checked. */
export function validateApplicant(applicant: Applicant): FieldErrors {
  const errors: FieldErrors = {};
  if (applicant.name.trim() === '') errors.name = 'filing.applicant.name.required';
  if (applicant.idNumber === '') errors.idNumber = 'filing.applicant.idNumber.required';
  else if (applicant.idType === 'residentId' && applicant.idNumber.length !== 18) errors.idNumber = 'identity.errors.length';
  else {
    const problem = idNumberProblem(applicant.idType, applicant.idNumber);
    if (problem) errors.idNumber = problem;
  }
  return errors;
}
