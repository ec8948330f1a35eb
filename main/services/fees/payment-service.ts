// Paying a fee notice at the terminal. Every state is committed before the screen hears of it, and
// the payment id is the reference at the terminal and the court, so a double tap, a retry after a
// timeout, or a crash between the card and the court never charges twice nor loses a payment.
import { createHash, randomUUID } from 'node:crypto';
import type { FeeNotice, Payment, PaymentState } from '../../../contract';
import type { CaseNumber } from '../cases/case-number';
import { courtDate, type Clock } from '../clock';
import type { CourtGateway, SubmissionResult } from '../court/court-gateway';
import { TerminalUnsure, type ChargeOutcome, type PaymentMethod, type PaymentTerminal } from '../devices/payment-terminal';
import { KioskError } from '../errors';
import type { DomainEvents } from '../domain-events';
import type { EventBus } from '../events';
import { recordAssisted, type VisitHelper } from '../staff/assisted';
import type { Database, Queryable } from '../storage/database';
import { enqueueSubmission } from '../outbox/outbox';
import { nextReceiptNo } from '../outbox/receipt-numbers';
import { receiptStatus } from '../outbox/submission-records';
import { canMove } from './payment-states';

interface PaymentRow {
  id: string;
  notice_no: string;
  case_number: string;
  amount_fen: number;
  method: PaymentMethod;
  state: PaymentState;
  auth_code: string | null;
  terminal_ref: string | null;
  voucher_no: string | null;
  court_ref: string | null;
  failure: string | null;
  /** The helper of the visit it was started in (帮办人); null when the payer was alone. */
  assisted_by: string | null;
  /** The FeeNotice (JSON) as the court gave it at the start; null for payments from before migration 012. */
  notice: string | null;
  payer_digest: string | null;
  updated_at: string;
}

type Changes = Partial<Pick<PaymentRow, 'auth_code' | 'terminal_ref' | 'voucher_no' | 'court_ref' | 'failure'>>;

export interface PaymentDeps {
  db: Database;
  clock: Clock;
  court: () => Promise<CourtGateway>;
  terminal: PaymentTerminal;
  events: EventBus;
  /** Whose receipts these are and what day it is at the court, from the terminal config. */
  terminalSettings: () => Promise<{ terminalId: string; timeZone: string }>;
  /** Asks the outbox to deliver now what was just enqueued. */
  deliver: () => void;
  /** Where the outbox says the court settled a taken payment ('outbox.settled'). */
  domainEvents: DomainEvents;
  assistedBy: VisitHelper;
  /** Problems nobody is waiting for (a court that is down while confirming) go here. */
  log: (message: string, context?: Record<string, unknown>) => void;
  newId?: () => string;
}

/**
 * Which notice: the case number on a notice the court sent, or — for a case filed at this terminal a
 * moment ago, which has no number the litigant knows yet — the filing's receipt number.
 */
export type NoticeRef = { caseNumber: CaseNumber } | { filingReceiptNo: string };

const noticeNotFound = (ref: NoticeRef) =>
  'caseNumber' in ref
    ? new KioskError('NOTICE_NOT_FOUND', 'fees.payment.errors.noticeNotFound', { caseNumber: ref.caseNumber.text })
    : new KioskError('NOTICE_NOT_FOUND', 'fees.payment.errors.filingNoticeNotFound', { receiptNo: ref.filingReceiptNo });

/** The court has not registered the filing yet (it is still on its way, or the court cannot be reached): its notice comes later. */
const noticeLater = (receiptNo: string) => new KioskError('NOTICE_NOT_YET', 'fees.payment.errors.filingNoticeLater', { receiptNo });

/**
 * Who may print a payment's voucher, without keeping their ID number: a digest salted with the
 * payment's own id, so one table of guessed ID numbers does not serve every row.
 */
const payerDigest = (paymentId: string, payerIdNumber: string) => createHash('sha256').update(`${paymentId}:${payerIdNumber}`).digest('hex');

export class PaymentService {
  private readonly prompts = new Map<string, Payment['prompt']>();
  private readonly aborts = new Map<string, AbortController>();
  private readonly running = new Set<Promise<unknown>>();
  private reconciling: Promise<void> | null = null;

  constructor(private readonly deps: PaymentDeps) {
    deps.domainEvents.on('outbox.settled', ({ kind, result }) => (kind === 'payment' ? this.courtAnswered(result) : undefined));
  }

  async findNotice(ref: NoticeRef, payerIdNumber: string): Promise<FeeNotice> {
    const court = await this.deps.court();
    if ('caseNumber' in ref) {
      const notice = await court.findFeeNotice(ref.caseNumber.text, payerIdNumber);
      if (!notice) throw noticeNotFound(ref);
      return notice;
    }
    const filed = await receiptStatus(this.deps.db, ref.filingReceiptNo);
    if (!filed || filed.kind !== 'filing' || filed.state === 'rejected') throw noticeNotFound(ref);
    if (filed.state !== 'acknowledged') throw noticeLater(ref.filingReceiptNo);
    const notice = await court.findFilingFeeNotice(ref.filingReceiptNo, payerIdNumber).catch((err: unknown) => {
      if (err instanceof KioskError && err.code === 'COURT_UNAVAILABLE') throw noticeLater(ref.filingReceiptNo);
      throw err;
    });
    if (!notice) throw noticeNotFound(ref);
    return notice;
  }

  /** Starts paying the notice, or returns the payment already under way for it. */
  async start(ref: NoticeRef, payerIdNumber: string, method: PaymentMethod): Promise<Payment> {
    const notice = await this.findNotice(ref, payerIdNumber);
    if (notice.paid) throw new KioskError('ALREADY_PAID', 'fees.payment.errors.alreadyPaid', { noticeNo: notice.noticeNo });
    const now = this.deps.clock.now().toISOString();
    const { row, fresh } = await this.deps.db.transaction(async (tx) => {
      const live = await tx.get<PaymentRow>("SELECT * FROM payments WHERE notice_no = ? AND state NOT IN ('failed', 'cancelled')", [notice.noticeNo]);
      if (live) return { row: live, fresh: false };
      const id = (this.deps.newId ?? randomUUID)();
      // The amount is the court's, never the screen's.
      // Who helped start it is kept on the row, for the outbox entry and the voucher of a charge that may
      // end after the visit; the audit entry beside it is the evidence, not where it is read from.
      const assistedBy = this.deps.assistedBy();
      await tx.run(
        `INSERT INTO payments (id, notice_no, case_number, amount_fen, method, state, assisted_by, notice, payer_digest, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          id,
          notice.noticeNo,
          notice.caseNumber,
          notice.totalFen,
          method,
          'created',
          assistedBy,
          JSON.stringify(notice),
          payerDigest(id, payerIdNumber),
          now,
          now,
        ],
      );
      await recordAssisted(tx, new Date(now), 'fees.pay', assistedBy, { paymentId: id });
      return { row: (await tx.get<PaymentRow>('SELECT * FROM payments WHERE id = ?', [id]))!, fresh: true };
    });
    if (row.state === 'confirmed') throw new KioskError('ALREADY_PAID', 'fees.payment.errors.alreadyPaid', { noticeNo: notice.noticeNo });
    if (fresh) this.track(this.charge(row));
    return this.snapshot(row);
  }

  async get(id: string): Promise<Payment> {
    return this.snapshot(await this.row(id));
  }

  /** The helper of the visit the payment was made in, for its voucher; null when the payer was alone. */
  async assistedBy(id: string): Promise<string | null> {
    return (await this.row(id)).assisted_by;
  }

  /**
   * The notice a payment paid, for its voucher: the snapshot taken when it was started, shown only to
   * the payer who started it. A payment from before snapshots were kept asks the court, as it always did.
   */
  async paidNotice(id: string, ref: NoticeRef, payerIdNumber: string): Promise<FeeNotice> {
    const row = await this.row(id);
    if (row.notice === null) return this.findNotice(ref, payerIdNumber);
    // The same answer as the court's for a stranger, so the voucher cannot be used to learn who paid.
    if (row.payer_digest !== payerDigest(row.id, payerIdNumber)) throw noticeNotFound(ref);
    return JSON.parse(row.notice) as FeeNotice;
  }

  /** The payer gives up; the terminal is told, and an approval that races the cancel still wins. */
  async cancel(id: string): Promise<Payment> {
    const row = await this.row(id);
    if (row.state !== 'created' && row.state !== 'awaiting_payer')
      throw new KioskError('PAYMENT_NOT_CANCELLABLE', 'fees.payment.errors.notCancellable', { state: row.state });
    this.aborts.get(id)?.abort();
    await Promise.all(this.running);
    return this.get(id);
  }

  /**
   * On start and from time to time: settles every payment a crash, a timeout or a dropped
   * connection left open, by asking the terminal what happened and the court to book what was taken.
   */
  reconcile(): Promise<void> {
    // One at a time: two passes over the same open payment would both try to settle it.
    this.reconciling ??= this.reconcileOnce().finally(() => (this.reconciling = null));
    return this.reconciling;
  }

  private async reconcileOnce(): Promise<void> {
    const open = await this.deps.db.all<PaymentRow>("SELECT * FROM payments WHERE state IN ('created', 'awaiting_payer', 'unknown', 'authorised')");
    for (const row of open) {
      // Still talking to the terminal in this process.
      if (this.aborts.has(row.id)) continue;
      if (row.state === 'authorised') await this.catchUpWithOutbox(row);
      else await this.settle(row, await this.deps.terminal.inquire(row.id), 'reconciled');
    }
  }

  /**
   * A taken payment learns the court's answer from the outbox row it was enqueued with: a crash
   * between the outbox recording the answer and this payment hearing of it ('outbox.settled' is told
   * after the commit) must not leave it authorised for ever. Still on its way: nothing to do yet.
   */
  private async catchUpWithOutbox(row: PaymentRow): Promise<void> {
    const entry = await this.deps.db.get<{ state: string; court_ref: string | null; reject_reason: string | null }>(
      "SELECT state, court_ref, reject_reason FROM outbox WHERE key = ? AND kind = 'payment'",
      [row.id],
    );
    if (entry?.state === 'acknowledged') await this.courtAnswered({ key: row.id, status: 'accepted', courtRef: entry.court_ref! });
    else if (entry?.state === 'rejected' && !row.failure?.startsWith('rejected: '))
      await this.courtAnswered({ key: row.id, status: 'rejected', reason: entry.reject_reason ?? '' });
  }

  /** Waits for the background work started by start(); for an orderly shutdown and for tests. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running);
  }

  private track(work: Promise<unknown>): void {
    const tracked = work.catch((err: unknown) => this.deps.log('payment work failed', { error: err instanceof Error ? err.stack : String(err) }));
    this.running.add(tracked);
    void tracked.finally(() => this.running.delete(tracked));
  }

  private async charge(row: PaymentRow): Promise<void> {
    const abort = new AbortController();
    this.aborts.set(row.id, abort);
    try {
      let current = await this.move(row, 'awaiting_payer');
      let outcome: ChargeOutcome | null;
      try {
        outcome = await this.deps.terminal.charge(
          {
            reference: row.id,
            amountFen: row.amount_fen,
            method: row.method,
            onPrompt: (prompt) => {
              this.prompts.set(row.id, prompt);
              this.deps.events.emit('fees.paymentChanged', this.snapshot(current));
            },
          },
          abort.signal,
        );
      } catch (err) {
        if (!(err instanceof TerminalUnsure)) throw err;
        current = await this.move(current, 'unknown', { failure: err.why });
        // Ask straight away: most terminals know the answer once the line is back.
        outcome = await this.deps.terminal.inquire(row.id).catch(() => null);
        if (outcome === null) return;
      } finally {
        this.prompts.delete(row.id);
      }
      await this.settle(current, outcome, 'terminal');
    } finally {
      this.aborts.delete(row.id);
    }
  }

  private async settle(row: PaymentRow, outcome: ChargeOutcome | null, source: 'terminal' | 'reconciled'): Promise<void> {
    // The terminal never saw this reference: nothing was charged.
    if (outcome === null) return void (await this.move(row, 'failed', { failure: 'notCharged' }));
    if (outcome.status === 'approved') {
      await this.authorise(row, outcome, source);
      this.deps.deliver();
    } else if (outcome.status === 'declined') await this.move(row, 'failed', { failure: outcome.reason });
    else await this.move(row, 'cancelled');
  }

  /** The money is taken: committed with its voucher number and its outbox entry, before anyone is told. */
  private async authorise(row: PaymentRow, outcome: Extract<ChargeOutcome, { status: 'approved' }>, source: string): Promise<PaymentRow> {
    const { terminalId, timeZone } = await this.deps.terminalSettings();
    const now = this.deps.clock.now();
    return this.move(row, 'authorised', { auth_code: outcome.authCode, terminal_ref: outcome.terminalRef }, async (tx) => {
      const voucherNo = await nextReceiptNo(tx, terminalId, 'payment', courtDate(now, timeZone));
      const payload = { paymentId: row.id, noticeNo: row.notice_no, amountFen: row.amount_fen, authCode: outcome.authCode, terminalRef: outcome.terminalRef };
      await enqueueSubmission(tx, { key: row.id, kind: 'payment', receiptNo: voucherNo, payload, assistedBy: row.assisted_by }, now);
      return { voucher_no: voucherNo, failure: source === 'reconciled' ? 'reconciled' : null };
    });
  }

  /** The outbox heard back from the court about a taken payment. */
  async courtAnswered(result: SubmissionResult): Promise<void> {
    const row = await this.row(result.key);
    if (result.status === 'accepted') await this.move(row, 'confirmed', { court_ref: result.courtRef });
    // A refusal of money already taken needs a person: it stays authorised, with the reason, on the helper desk.
    else await this.deps.db.run('UPDATE payments SET failure = ? WHERE id = ?', [`rejected: ${result.reason}`, row.id]);
  }

  private async move(row: PaymentRow, to: PaymentState, changes: Changes = {}, more?: (tx: Queryable) => Promise<Changes>): Promise<PaymentRow> {
    const now = this.deps.clock.now().toISOString();
    const next = await this.deps.db.transaction(async (tx) => {
      const current = (await tx.get<PaymentRow>('SELECT * FROM payments WHERE id = ?', [row.id]))!;
      if (!canMove(current.state, to)) throw new Error(`payment ${row.id}: ${current.state} → ${to} is not allowed`);
      const all = { ...changes, ...(more ? await more(tx) : {}) };
      const columns = Object.keys(all) as (keyof Changes)[];
      await tx.run(`UPDATE payments SET state = ?, updated_at = ?${columns.map((c) => `, ${c} = ?`).join('')} WHERE id = ?`, [
        to,
        now,
        ...columns.map((c) => all[c] ?? null),
        row.id,
      ]);
      await tx.run('INSERT INTO payment_events (payment_id, at, from_state, to_state, detail) VALUES (?, ?, ?, ?, ?)', [
        row.id,
        now,
        current.state,
        to,
        all.failure ?? null,
      ]);
      return (await tx.get<PaymentRow>('SELECT * FROM payments WHERE id = ?', [row.id]))!;
    });
    this.deps.events.emit('fees.paymentChanged', this.snapshot(next));
    return next;
  }

  private async row(id: string): Promise<PaymentRow> {
    const row = await this.deps.db.get<PaymentRow>('SELECT * FROM payments WHERE id = ?', [id]);
    if (!row) throw new KioskError('PAYMENT_NOT_FOUND', 'fees.payment.errors.notFound');
    return row;
  }

  private snapshot(row: PaymentRow): Payment {
    return {
      id: row.id,
      noticeNo: row.notice_no,
      caseNumber: row.case_number,
      amountFen: row.amount_fen,
      method: row.method,
      state: row.state,
      prompt: this.prompts.get(row.id) ?? null,
      failure: row.failure,
      voucherNo: row.voucher_no,
      courtRef: row.court_ref,
      updatedAt: row.updated_at,
    };
  }
}
