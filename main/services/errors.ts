// Errors as values with a stable code and an i18n key: what crosses the contract boundary.
import type { KioskErrorShape } from '../../contract';

export class KioskError extends Error {
  constructor(
    readonly code: string,
    readonly messageKey: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(`${code} (${messageKey})${details ? ' ' + JSON.stringify(details) : ''}`);
    this.name = 'KioskError';
  }

  toShape(): KioskErrorShape {
    return this.details ? { code: this.code, messageKey: this.messageKey, details: this.details } : { code: this.code, messageKey: this.messageKey };
  }
}

/** Anything else that reaches the edge is a bug: the caller logs it, the litigant sees a plain message. */
export const INTERNAL_ERROR: KioskErrorShape = { code: 'INTERNAL', messageKey: 'errors.internal' };
