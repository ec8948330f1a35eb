// Which of two reports of the same payment is newer. Events and call replies can cross on the way
// (a payment may be confirmed before fees.pay has answered), and the screen must never step
// back from "confirmed" to "waiting for card".
import type { Payment, PaymentState } from '../../../../contract';

const PROGRESS: Record<PaymentState, number> = {
  created: 0,
  awaiting_payer: 1,
  authorised: 2,
  confirmed: 3,
  failed: 3,
  cancelled: 3,
  unknown: 3,
};

/** The later of what we had and what just arrived; equal progress takes the newer report. */
export function laterReport(known: Payment | undefined, arrived: Payment): Payment {
  if (!known) return arrived;
  const ahead = PROGRESS[arrived.state] - PROGRESS[known.state];
  if (ahead !== 0) return ahead > 0 ? arrived : known;
  return arrived.updatedAt >= known.updatedAt ? arrived : known;
}
