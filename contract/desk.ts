// The helper desk: a litigant calls a helper; the helper sees what needs a person.
import { z } from 'zod';
import { Payment } from './fees';
import { method } from './method';
import { PrintJob } from './print';
import { Empty } from './shapes';

/** A submission the court has not taken yet (pending, sent) or has turned down for good (rejected). */
export const DeskSubmission = z.object({
  receiptNo: z.string(),
  kind: z.string(),
  state: z.enum(['pending', 'sent', 'rejected']),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  rejectReason: z.string().nullable(),
  createdAt: z.string(),
});
export type DeskSubmission = z.infer<typeof DeskSubmission>;

export const DeskOverview = z.object({ submissions: z.array(DeskSubmission), failedPrints: z.array(PrintJob), unknownPayments: z.array(Payment) });
export type DeskOverview = z.infer<typeof DeskOverview>;

export const deskMethods = {
  /** The litigant asks for a helper to come to this terminal. */
  'helper.call': method(Empty, z.object({ callId: z.number().int(), calledAt: z.string() })),
  /** Helper desk: submissions the court has not taken or turned down, failed print jobs, payments in an unknown state. */
  'desk.overview': method(Empty, DeskOverview, 'helper'),
  /** Helper desk: asks the payment terminal again what became of a payment in an unknown state. */
  'desk.reconcile': method(z.object({ paymentId: z.string().uuid() }).strict(), Payment, 'helper'),
} as const;
