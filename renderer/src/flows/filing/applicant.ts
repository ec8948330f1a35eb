// The filer (起诉人 / 原告) as the first filing step collects them: a name and a resident ID number,
// typed or read from the ID card, which also gives sex, ethnicity, birth date and address.
import type { FieldErrors } from '../stepper/flow';

/** What the ID card reader adds to a typed name and number. */
export interface CardDetails {
  sex: 'male' | 'female';
  ethnicity: string;
  birthDate: string;
  address: string;
}

export interface Applicant {
  name: string;
  idNumber: string;
  /** Null when typed; the card's details once read. */
  card: CardDetails | null;
}

/** Longer than any name on a resident ID card, short enough to catch a paste gone wrong. */
export const NAME_MAX_LENGTH = 50;

export const EMPTY_APPLICANT: Applicant = { name: '', idNumber: '', card: null };

function cardFromDraft(saved: unknown): CardDetails | null {
  if (typeof saved !== 'object' || saved === null) return null;
  const { sex, ethnicity, birthDate, address } = saved as Record<string, unknown>;
  if ((sex !== 'male' && sex !== 'female') || typeof ethnicity !== 'string' || typeof birthDate !== 'string' || typeof address !== 'string') return null;
  return { sex, ethnicity, birthDate, address };
}

export function applicantFromDraft(saved: unknown): Applicant | null {
  if (typeof saved !== 'object' || saved === null) return null;
  const { name, idNumber, card } = saved as Record<string, unknown>;
  return typeof name === 'string' && typeof idNumber === 'string' ? { name, idNumber, card: cardFromDraft(card) } : null;
}

/** The shape only; the check digit is main's to judge (identity service) when the filing is checked. */
export function validateApplicant(applicant: Applicant): FieldErrors {
  const errors: FieldErrors = {};
  if (applicant.name.trim() === '') errors.name = 'filing.applicant.name.required';
  if (applicant.idNumber === '') errors.idNumber = 'filing.applicant.idNumber.required';
  else if (applicant.idNumber.length !== 18) errors.idNumber = 'identity.errors.length';
  return errors;
}
