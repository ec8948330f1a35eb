// The second factor a receipt is looked up or reprinted with: its filer's ID number, or the last four
// digits of their phone, as the submission holds them. Only digests are kept (outbox.filer_digests),
// salted with the submission's own key, so they outlive the payload's purge without keeping the data.
import { createHash } from 'node:crypto';
import type { FilingParty, MediationRequestInput, MethodInput } from '../../../contract';
import type { NewSubmission } from './outbox';

interface FilerFactors {
  idNumbers: readonly (string | null | undefined)[];
  phones: readonly (string | null | undefined)[];
}

/**
 * Whose details open a receipt, per kind: the one who handed it in (plaintiffs and their agents, for a
 * filing). Read from the payload as queued, which the contract checked; a part missing opens nothing.
 */
export const FILER_FACTORS: { [K in NewSubmission['kind']]: (payload: Record<string, unknown>) => FilerFactors } = {
  filing: (payload) => {
    const filers = ((payload as { parties?: FilingParty[] }).parties ?? []).filter((p) => p.role === 'plaintiff');
    return {
      idNumbers: filers.flatMap((p) => [p.party.kind === 'person' ? p.party.idNumber : p.party.creditCode, p.agent?.idNumber]),
      phones: filers.flatMap((p) => [p.party.phone, p.agent?.phone]),
    };
  },
  mediation: (payload) => ({ idNumbers: [], phones: [(payload as Partial<MediationRequestInput>).applicant?.phone] }),
  // The payer's ID number is not in the payload: the payment service hands over its digest (payer_digest).
  payment: () => ({ idNumbers: [], phones: [] }),
  refund: (payload) => ({ idNumbers: [], phones: [(payload as Partial<MethodInput<'fees.refund'>>).phone] }),
  relief: (payload) => {
    const { applicant } = payload as Partial<MethodInput<'fees.reliefApply'>>;
    return { idNumbers: [applicant?.idNumber], phones: [applicant?.phone] };
  },
};

/** What was typed, as compared: an ID number without spaces in capitals, or the four digits. */
export const normaliseFactor = (typed: string): string => typed.replace(/\s+/g, '').toUpperCase();

/** Salted with the submission's key (a payment's id), the same digest payer_digest always was. */
export const factorDigest = (submissionKey: string, factor: string): string => createHash('sha256').update(`${submissionKey}:${factor}`).digest('hex');

/** The digests of every factor that opens this submission's receipt. */
export function filerDigests(kind: NewSubmission['kind'], submissionKey: string, payload: Record<string, unknown>): string[] {
  const { idNumbers, phones } = FILER_FACTORS[kind](payload);
  const tails = phones.map((phone) => phone?.replace(/\D/g, '') ?? '').filter((digits) => digits.length >= 4);
  const factors = [...idNumbers.filter((id): id is string => !!id?.trim()).map(normaliseFactor), ...tails.map((digits) => digits.slice(-4))];
  return [...new Set(factors)].map((factor) => factorDigest(submissionKey, factor));
}
