// The kind code inside a kiosk receipt number, <terminal>-<code>-<yyyymmdd>-<NNNN>-<check>: main issues
// the numbers (main/services/outbox/receipt-numbers.ts), the renderer rebuilds one from taps to look it up.
export const RECEIPT_KIND_CODES = {
  filing: 'LA', // 立案
  mediation: 'TJ', // 调解
  payment: 'JF', // 交费
  refund: 'TF', // 退费
  relief: 'JZ', // 司法救助
} as const;

export type SubmissionKind = keyof typeof RECEIPT_KIND_CODES;
