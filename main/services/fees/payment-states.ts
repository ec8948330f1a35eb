// The payment state machine as data: which state may follow which. A payment never moves
// backwards, and a taken payment (authorised) can only end confirmed.
import type { PaymentState } from '../../../contract';

export const TRANSITIONS: Record<PaymentState, readonly PaymentState[]> = {
  created: ['awaiting_payer', 'failed'],
  awaiting_payer: ['authorised', 'failed', 'cancelled', 'unknown'],
  // Reconciliation asks the terminal what really happened.
  unknown: ['authorised', 'failed', 'cancelled'],
  authorised: ['confirmed'],
  confirmed: [],
  failed: [],
  cancelled: [],
};

export const canMove = (from: PaymentState, to: PaymentState): boolean => TRANSITIONS[from].includes(to);
