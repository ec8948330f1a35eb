// Printed documents and their print jobs: each print.* method prints one kind, a failed job waits for a reprint.
import { z } from 'zod';
import { NoticeQuery } from './fees';
import { method } from './method';
import { LanguageCode, SecondFactor, Yuan } from './shapes';

/** Every document the kiosk prints (main/services/receipts/documents/). */
export const ReceiptKind = z.enum([
  'filing-receipt',
  'complaint',
  'filing-bundle',
  'risk-report',
  'risk-notice',
  'payment-voucher',
  'mediation-application',
  'mediation-receipt',
  'queue-ticket',
  'fee-estimate',
  'refund-receipt',
  'relief-application',
  'helper-guide',
]);
export type ReceiptKind = z.infer<typeof ReceiptKind>;

/** A document sent to a printer. A failed job is kept so a helper can reprint it at the desk. */
export const PrintJob = z.object({
  id: z.number().int(),
  kind: ReceiptKind,
  documentNo: z.string(),
  title: z.string(),
  /** The CUPS / system printer name; null when saved to the terminal's print folder. */
  printer: z.string().nullable(),
  state: z.enum(['queued', 'printing', 'done', 'failed']),
  failure: z.enum(['paperOut', 'printerStopped', 'timeout', 'error']).nullable(),
  attempts: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PrintJob = z.infer<typeof PrintJob>;

export const printMethods = {
  /** For the helper screen: failed print jobs to reprint, or everything printed recently. */
  'print.jobs': method(z.object({ filter: z.enum(['failed', 'recent']) }).strict(), z.object({ jobs: z.array(PrintJob) }), 'helper'),
  /** Sends a kept job to its printer again; answers at once, the outcome follows as print.changed. */
  'print.reprint': method(z.object({ jobId: z.number().int().positive() }).strict(), PrintJob, 'helper'),
  /** The mediation application (A4) and its receipt (80 mm), each to its printer. */
  'print.mediation': method(z.object({ requestId: z.string().uuid(), language: LanguageCode }).strict(), z.object({ jobs: z.array(PrintJob) })),
  /** Prints a confirmed payment's voucher (交费凭证); the notice query proves the payer is asking. */
  'print.paymentVoucher': method(z.object({ paymentId: z.string().uuid(), ...NoticeQuery, language: LanguageCode }).strict(), PrintJob),
  /** Prints a fee estimate (A4) for a dispute type of the catalogue; amount in yuan, null when charged per case. */
  'print.feeEstimate': method(
    z
      .object({
        caseType: z.string().max(40),
        amount: Yuan.nullable(),
        language: LanguageCode,
      })
      .strict(),
    PrintJob,
  ),
  /** Prints a refund request's receipt; the phone's last four digits prove the asker handed it in (counted as receipt lookups are). */
  'print.refundReceipt': method(z.object({ receiptNo: z.string().max(60), secondFactor: SecondFactor, language: LanguageCode }).strict(), PrintJob),
  /** Prints a fee-relief application form (A4) to sign and hand in with the proof; the applicant's ID number or phone's last four digits prove the asker. */
  'print.reliefApplication': method(z.object({ receiptNo: z.string().max(60), secondFactor: SecondFactor, language: LanguageCode }).strict(), PrintJob),
  /** Prints the one-page instructions for a new helper (A4), built from this terminal's settings. */
  'print.helperGuide': method(z.object({ language: LanguageCode }).strict(), PrintJob, 'helper'),
  /** Prints a submitted filing: the complaint and the bundle (evidence list + pages) on A4, the filing receipt with its QR on the roll. */
  'print.filing': method(z.object({ filingId: z.string().max(40), language: LanguageCode }).strict(), z.object({ jobs: z.array(PrintJob) })),
  /** Prints a kept report (诉讼风险评估报告, A4) in the language asked. */
  'print.riskReport': method(z.object({ reportId: z.string().uuid(), language: LanguageCode }).strict(), PrintJob),
  /** Prints the acknowledged risk notice (诉讼风险告知书, A4). */
  'print.riskNotice': method(z.object({ reportId: z.string().uuid(), language: LanguageCode }).strict(), PrintJob),
} as const;

export const printEvents = {
  'print.changed': PrintJob,
} as const;
