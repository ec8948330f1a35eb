// What needs a person at the helper desk: submissions the court has not taken (still on their way,
// or turned down with a reason), print jobs that failed, and payments whose outcome is unknown or that the court would not book.
import type { DeskOverview, Payment } from '../../../contract';
import { unresolvedPaymentIds } from '../fees/payment-records';
import type { PaymentService } from '../fees/payment-service';
import { unsettledSubmissions } from '../outbox/submission-records';
import type { PrintService } from '../printing/print-service';
import type { Database } from '../storage/database';

/** The desk shows the newest of each list; a longer backlog is a matter for the admin's export. */
const DESK_LIMIT = 100;

export interface HelperDeskDeps {
  db: Database;
  payments: Pick<PaymentService, 'get' | 'reconcile'>;
  printing: Pick<PrintService, 'jobs'>;
}

export class HelperDesk {
  constructor(private readonly deps: HelperDeskDeps) {}

  async overview(): Promise<DeskOverview> {
    const submissions = await unsettledSubmissions(this.deps.db, DESK_LIMIT);
    const unresolved = await unresolvedPaymentIds(this.deps.db, DESK_LIMIT);
    return {
      submissions,
      failedPrints: (await this.deps.printing.jobs('failed')).slice(0, DESK_LIMIT),
      unknownPayments: await Promise.all(unresolved.map((id) => this.deps.payments.get(id))),
    };
  }

  /** Asks the payment terminal again what became of open payments, then shows this one as it now stands. */
  async reconcile(paymentId: string): Promise<Payment> {
    await this.deps.payments.reconcile();
    return this.deps.payments.get(paymentId);
  }
}
