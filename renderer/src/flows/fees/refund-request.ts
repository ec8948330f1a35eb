// A refund request as the screens build it, and where main's refusals belong: a bad case number
// goes back to the case screen, a card number failing its check digit back to the account screen.
import { RefundReason, type KioskErrorShape } from '../../../../contract';

export const REFUND_REASONS = RefundReason.options;

export interface RefundDraft {
  caseNumber: string;
  reason: RefundReason | null;
  accountHolder: string;
  bankCardNumber: string;
  bankName: string;
  phone: string;
}

export const EMPTY_REFUND: RefundDraft = { caseNumber: '', reason: null, accountHolder: '', bankCardNumber: '', bankName: '', phone: '' };

export type RefundField = keyof RefundDraft;
export type RefundStage = 'case' | 'account';

/** Which fields each screen asks for, so a problem sends the litigant back to the right one. */
export const STAGE_FIELDS: Record<RefundStage, RefundField[]> = {
  case: ['caseNumber', 'reason'],
  account: ['accountHolder', 'bankCardNumber', 'bankName', 'phone'],
};

const FIELD_OF_CODE: Record<string, RefundField> = { INVALID_CASE_NUMBER: 'caseNumber', INVALID_BANK_CARD: 'bankCardNumber' };

/** The field a refusal is about, or null when it is about the request as a whole. */
export const fieldOf = (error: KioskErrorShape): RefundField | null => FIELD_OF_CODE[error.code] ?? null;

/** Empty fields of a screen; the phone must also be a whole mobile number. */
export function missingFields(draft: RefundDraft, stage: RefundStage): RefundField[] {
  return STAGE_FIELDS[stage].filter((field) =>
    field === 'phone' ? draft.phone.length !== 11 : field === 'reason' ? draft.reason === null : draft[field].trim() === '',
  );
}

/** "6222021234567894" → "6222 0212 3456 7894", as it is printed on the card. */
export const groupCardNumber = (digits: string): string => digits.replace(/\s+/g, '').replace(/(\d{4})(?=\d)/g, '$1 ');
