// A kiosk receipt number is <terminal>-<kind code>-<yyyymmdd>-<NNNN> (main/services/queue/
// receipt-numbers.ts). The lookup only knows this kiosk's receipts, so the terminal is given.
import type { ReceiptStatus } from '../../../../contract';
import { RECEIPT_KIND_CODES } from '../../../../contract/receipt-codes';

export interface ReceiptParts {
  kind: ReceiptStatus['kind'] | null;
  /** ISO date, as the date picker gives it. */
  date: string;
  sequence: string;
}

export const NO_RECEIPT: ReceiptParts = { kind: null, date: '', sequence: '' };

/** The full receipt number once every part is there, else ''. */
export function joinReceiptNo(terminalId: string, parts: ReceiptParts): string {
  const sequence = parts.sequence.replace(/^0+/, '');
  if (!parts.kind || !parts.date || !sequence || sequence.length > 4) return '';
  return `${terminalId}-${RECEIPT_KIND_CODES[parts.kind]}-${parts.date.replaceAll('-', '')}-${sequence.padStart(4, '0')}`;
}
