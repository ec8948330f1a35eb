// What the national platform asks every filer to confirm before filing: where and to whom court
// papers are served (送达地址确认书), whether they may be served electronically (CPL Art 90), and
// whether the filer will try mediation before the case is heard (诉前调解).
import type { FilingConsents } from '../../../../contract';
import type { FieldErrors } from '../stepper/flow';

export interface Consents {
  recipient: string;
  address: string;
  phone: string;
  /** The filer confirms the address, and that papers sent there count as served even if refused. */
  confirmed: boolean;
  /** Null until answered: a consent must be given, never assumed. */
  electronicService: boolean | null;
  mediation: boolean | null;
}

export const EMPTY_CONSENTS: Consents = { recipient: '', address: '', phone: '', confirmed: false, electronicService: null, mediation: null };

const text = (record: Record<string, unknown>, key: string): string => (typeof record[key] === 'string' ? (record[key] as string) : '');
const answer = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null);

export function consentsFromDraft(saved: unknown): Consents | null {
  if (typeof saved !== 'object' || saved === null) return null;
  const record = saved as Record<string, unknown>;
  return {
    recipient: text(record, 'recipient'),
    address: text(record, 'address'),
    phone: text(record, 'phone'),
    confirmed: record.confirmed === true,
    electronicService: answer(record.electronicService),
    mediation: answer(record.mediation),
  };
}

export function validateConsents(consents: Consents): FieldErrors {
  const errors: FieldErrors = {};
  if (consents.recipient.trim() === '') errors.recipient = 'filing.consents.recipient.required';
  if (consents.address.trim() === '') errors.address = 'filing.consents.address.required';
  if (consents.phone.trim() === '') errors.phone = 'filing.consents.phone.required';
  if (!consents.confirmed) errors.confirmed = 'filing.consents.confirm.required';
  if (consents.electronicService === null) errors.electronicService = 'filing.consents.answerRequired';
  if (consents.mediation === null) errors.mediation = 'filing.consents.answerRequired';
  return errors;
}

/** The contract's consents, or null while any answer is missing (preview then names what is). */
export function filingConsentsOf(consents: Consents): FilingConsents | null {
  if (consents.electronicService === null || consents.mediation === null) return null;
  return {
    serviceAddress: { recipient: consents.recipient.trim(), address: consents.address.trim(), phone: consents.phone.trim(), confirmed: consents.confirmed },
    electronicService: consents.electronicService,
    mediation: consents.mediation,
  };
}
