// The payment terminal beside the screen: bank card on a POS, or a WeChat Pay / Alipay / UnionPay
// QR shown on screen. Real adapters and the simulator implement this one interface.

export type PaymentMethod = 'card' | 'qr';

export interface ChargeRequest {
  /** Our payment id: a terminal charges a reference at most once, however often it is asked. */
  reference: string;
  amountFen: number;
  method: PaymentMethod;
  /** What the payer must do now: insert the card, or scan this QR payload. */
  onPrompt(prompt: { kind: 'insertCard' } | { kind: 'scanQr'; payload: string }): void;
}

export type ChargeOutcome = { status: 'approved'; authCode: string; terminalRef: string } | { status: 'declined'; reason: string } | { status: 'cancelled' };

/** The terminal could not say how the charge ended: the card may or may not have been charged. */
export class TerminalUnsure extends Error {
  constructor(readonly why: 'timeout' | 'disconnected') {
    super(`payment terminal ${why}`);
  }
}

export interface PaymentTerminal {
  /** Resolves with the outcome; throws TerminalUnsure when the outcome is not known. */
  charge(request: ChargeRequest, signal: AbortSignal): Promise<ChargeOutcome>;
  /** The outcome of an earlier reference, for reconciliation; null when the terminal never saw it. */
  inquire(reference: string): Promise<ChargeOutcome | null>;
}
