// The one door to the court's case system (DESIGN §5). Every call that changes something carries
// our own id, so the court can recognise a retry and answer it without booking twice.
import type { FeeNotice, TerminalConfig } from '../../../preload/contract';
import { KioskError } from '../errors';

export interface PaymentConfirmation {
  paymentId: string;
  noticeNo: string;
  amountFen: number;
  authCode: string;
  terminalRef: string;
}

export interface CourtGateway {
  /** 'demo' is the court built into the app, used when no endpoint is configured. */
  readonly kind: 'demo' | 'http';
  /** The fee notice for this case and payer; null when the court has none. */
  findFeeNotice(caseNumber: string, payerIdNumber: string): Promise<FeeNotice | null>;
  /** Books a taken payment against its notice; idempotent by paymentId. */
  confirmPayment(payment: PaymentConfirmation): Promise<{ courtRef: string }>;
}

/** The court could not be reached or did not answer; what was asked may be retried. */
export const courtUnavailable = () => new KioskError('COURT_UNAVAILABLE', 'court.errors.unavailable');

/** A real court endpoint; its JSON protocol arrives with the outbox (issue 7). */
class HttpCourt implements CourtGateway {
  readonly kind = 'http' as const;
  findFeeNotice(): Promise<FeeNotice | null> {
    return Promise.reject(courtUnavailable());
  }
  confirmPayment(): Promise<{ courtRef: string }> {
    return Promise.reject(courtUnavailable());
  }
}

/** The court the terminal is configured for: the demo court until an endpoint is set. */
export function courtFor(endpoint: TerminalConfig['courtEndpoint'], demo: CourtGateway): CourtGateway {
  return endpoint.url === null ? demo : new HttpCourt();
}
