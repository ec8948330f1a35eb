// What needs a person at the helper desk: submissions the court has not taken (still on their way,
// or turned down with a reason), print jobs that failed, and payments whose outcome is unknown.
import type { DeskOverview, DeskSubmission, Payment } from '../../../contract';
import type { PaymentService } from '../fees/payment-service';
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
    const submissions = await this.deps.db.all<{ receipt_no: string; kind: string; state: DeskSubmission['state']; attempts: number; last_error: string | null; reject_reason: string | null; created_at: string }>(
      `SELECT receipt_no, kind, state, attempts, last_error, reject_reason, created_at FROM outbox WHERE state IN ('pending', 'sent', 'rejected')
       ORDER BY state = 'rejected' DESC, id DESC LIMIT ${DESK_LIMIT}`,
    );
    const unknown = await this.deps.db.all<{ id: string }>(`SELECT id FROM payments WHERE state = 'unknown' ORDER BY updated_at DESC LIMIT ${DESK_LIMIT}`);
    return {
      submissions: submissions.map((r) => ({
        receiptNo: r.receipt_no,
        kind: r.kind,
        state: r.state,
        attempts: r.attempts,
        lastError: r.last_error,
        rejectReason: r.reject_reason,
        createdAt: r.created_at,
      })),
      failedPrints: (await this.deps.printing.jobs('failed')).slice(0, DESK_LIMIT),
      unknownPayments: await Promise.all(unknown.map((p) => this.deps.payments.get(p.id))),
    };
  }

  /** Asks the payment terminal again what became of open payments, then shows this one as it now stands. */
  async reconcile(paymentId: string): Promise<Payment> {
    await this.deps.payments.reconcile();
    return this.deps.payments.get(paymentId);
  }
}
