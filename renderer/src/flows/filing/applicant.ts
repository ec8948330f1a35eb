// The filer (起诉人 / 原告) as the first filing step collects them: a name and a resident ID number.
import type { FieldErrors } from '../stepper/flow';

export interface Applicant {
  name: string;
  idNumber: string;
}

/** Longer than any name on a resident ID card, short enough to catch a paste gone wrong. */
export const NAME_MAX_LENGTH = 50;

export const EMPTY_APPLICANT: Applicant = { name: '', idNumber: '' };

export function applicantFromDraft(saved: unknown): Applicant | null {
  if (typeof saved !== 'object' || saved === null) return null;
  const { name, idNumber } = saved as Record<string, unknown>;
  return typeof name === 'string' && typeof idNumber === 'string' ? { name, idNumber } : null;
}

/** The shape only; the check digit is main's to judge (identity service) when the filing is submitted. */
export function validateApplicant(applicant: Applicant): FieldErrors {
  const errors: FieldErrors = {};
  if (applicant.name.trim() === '') errors.name = 'filing.applicant.name.required';
  if (applicant.idNumber === '') errors.idNumber = 'filing.applicant.idNumber.required';
  else if (applicant.idNumber.length !== 18) errors.idNumber = 'identity.errors.length';
  return errors;
}
