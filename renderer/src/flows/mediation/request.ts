// The mediation request as the flow collects it, one part per step: each part's shape, how a
// saved draft is read back, what Next checks, and the contract input they make together.
import { z } from 'zod';
import { MediationReceipt, type MediationRequestInput } from '../../../../contract';
import type { FieldErrors } from '../stepper/flow';

export const MAX_PREFERRED_TIMES = 3;
export const NAME_MAX_LENGTH = 60;
export const DESCRIPTION_MIN_LENGTH = 5;
export const DESCRIPTION_MAX_LENGTH = 2000;
/** Mainland mobile numbers, as the phone keypad takes them (the contract also allows landlines). */
const MOBILE = /^1\d{10}$/;

const Arrangement = z.object({ caseType: z.string(), organisationId: z.string(), mode: z.enum(['online', 'inPerson']).nullable() });
export type Arrangement = z.infer<typeof Arrangement>;

const PreferredTime = z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), part: z.enum(['morning', 'afternoon']) });
export type PreferredTime = z.infer<typeof PreferredTime>;
const PreferredTimes = z.array(PreferredTime).max(MAX_PREFERRED_TIMES);

const Contact = z.object({ name: z.string().max(NAME_MAX_LENGTH), phone: z.string().max(11) });
export type Contact = z.infer<typeof Contact>;

const Submitted = z.object({ receipt: MediationReceipt.nullable() });
export type Submitted = z.infer<typeof Submitted>;

export const EMPTY_ARRANGEMENT: Arrangement = { caseType: '', organisationId: '', mode: null };
export const EMPTY_CONTACT: Contact = { name: '', phone: '' };
export const NOT_SUBMITTED: Submitted = { receipt: null };

const reader =
  <T>(schema: z.ZodType<T>) =>
  (saved: unknown): T | null => {
    const parsed = schema.safeParse(saved);
    return parsed.success ? parsed.data : null;
  };

export const caseTypeFromDraft = reader(z.string());
export const arrangementFromDraft = reader(Arrangement);
export const timesFromDraft = reader(PreferredTimes);
export const contactFromDraft = reader(Contact);
export const descriptionFromDraft = reader(z.string().max(DESCRIPTION_MAX_LENGTH));
export const submittedFromDraft = reader(Submitted);

export const validateCaseType = (caseType: string): FieldErrors => (caseType ? {} : { caseType: 'mediation.dispute.required' });

export function validateArrangement(arrangement: Arrangement): FieldErrors {
  if (!arrangement.organisationId) return { organisation: 'mediation.organisation.required' };
  return arrangement.mode ? {} : { mode: 'mediation.organisation.modeRequired' };
}

export const validateTimes = (times: PreferredTime[]): FieldErrors => (times.length > 0 ? {} : { times: 'mediation.times.required' });

function validatePhone(phone: string, optional: boolean): string | null {
  if (phone === '') return optional ? null : 'mediation.contact.phone.required';
  return MOBILE.test(phone) ? null : 'mediation.contact.phone.invalid';
}

export function validateContact(contact: Contact, phoneOptional: boolean): FieldErrors {
  const errors: FieldErrors = {};
  if (contact.name.trim() === '') errors.name = 'mediation.contact.name.required';
  const phone = validatePhone(contact.phone, phoneOptional);
  if (phone) errors.phone = phone;
  return errors;
}

export function validateDescription(description: string): FieldErrors {
  return description.trim().length >= DESCRIPTION_MIN_LENGTH ? {} : { description: 'mediation.description.tooShort' };
}

/** Every step's answer, as the review and submit steps read them from the flow's values. */
export interface MediationAnswers {
  caseType: string;
  arrangement: Arrangement;
  times: PreferredTime[];
  applicant: Contact;
  respondent: Contact;
  description: string;
}

export const answersOf = (values: Readonly<Record<string, unknown>>): MediationAnswers => ({
  caseType: caseTypeFromDraft(values.dispute) ?? '',
  arrangement: arrangementFromDraft(values.organisation) ?? EMPTY_ARRANGEMENT,
  times: timesFromDraft(values.times) ?? [],
  applicant: contactFromDraft(values.applicant) ?? EMPTY_CONTACT,
  respondent: contactFromDraft(values.respondent) ?? EMPTY_CONTACT,
  description: descriptionFromDraft(values.description) ?? '',
});

/** Null when an answer is missing, which the steps' checks make impossible by the last step. */
export function requestOf(answers: MediationAnswers): MediationRequestInput | null {
  const { caseType, arrangement, times, applicant, respondent, description } = answers;
  if (!arrangement.mode || times.length === 0) return null;
  return {
    caseType,
    organisationId: arrangement.organisationId,
    mode: arrangement.mode,
    preferredTimes: times,
    applicant: { name: applicant.name.trim(), phone: applicant.phone },
    respondent: { name: respondent.name.trim(), phone: respondent.phone === '' ? null : respondent.phone },
    description: description.trim(),
  };
}
