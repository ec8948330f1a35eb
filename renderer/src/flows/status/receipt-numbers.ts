// A kiosk receipt number is <terminal>-<kind code>-<yyyymmdd>-<NNNN>-<check> (main/services/outbox/
// receipt-numbers.ts). The lookup only knows this kiosk's receipts, so the terminal is given.
import type { ReceiptStatus } from '../../../../contract';
import { RECEIPT_KIND_CODES } from '../../../../contract/receipt-codes';

/** The check is the number's last group: 4 keyed digits and a check digit. */
export const RECEIPT_CHECK_LENGTH = 5;

export interface ReceiptParts {
  kind: ReceiptStatus['kind'] | null;
  /** ISO date, as the date picker gives it. */
  date: string;
  sequence: string;
  /** The last group as printed; left empty for a receipt printed before numbers had one. */
  check: string;
}

export const NO_RECEIPT: ReceiptParts = { kind: null, date: '', sequence: '', check: '' };

/** The full receipt number once every part is there, else ''. */
export function joinReceiptNo(terminalId: string, parts: ReceiptParts): string {
  const sequence = parts.sequence.replace(/^0+/, '');
  if (!parts.kind || !parts.date || !sequence || sequence.length > 4) return '';
  if (parts.check !== '' && parts.check.length !== RECEIPT_CHECK_LENGTH) return '';
  const number = `${terminalId}-${RECEIPT_KIND_CODES[parts.kind]}-${parts.date.replaceAll('-', '')}-${sequence.padStart(4, '0')}`;
  return parts.check === '' ? number : `${number}-${parts.check}`;
}
