// Opening a submission by its receipt number — the status screen's lookup and the reprint of a fee
// application's papers — takes the number with its check and the filer's second factor (ID number or
// phone's last four digits). Every refusal reads the same, so a try does not tell which part was
// wrong, and wrong tries are counted on this terminal by the guard the resume codes use.
import type { Clock } from '../clock';
import { KioskError } from '../errors';
import { AttemptGuard } from '../storage/attempt-guard';
import type { Database } from '../storage/database';
import { normaliseFactor } from './receipt-factors';
import { receiptKey, receiptNoForm } from './receipt-numbers';
import { factorOpensReceipt } from './submission-records';

/** As the resume codes (filing-drafts.ts): 5 wrong tries in a row, then 5 minutes' wait on this terminal. */
export const RECEIPT_GUARD = { maxWrong: 5, lockMs: 5 * 60_000 } as const;

export interface ReceiptLookupDeps {
  db: Database;
  clock: Clock;
}

export class ReceiptLookup {
  private readonly guard: AttemptGuard;
  /** Tries run one at a time: guesses fired together would otherwise all pass the lock check. */
  private tries: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: ReceiptLookupDeps) {
    this.guard = new AttemptGuard({ db: deps.db, clock: deps.clock, key: 'receipt.lookup', rule: RECEIPT_GUARD });
  }

  /** The receipt number as the outbox holds it, once its check and the filer's factor are right; refused otherwise. */
  async open(receiptNo: string, secondFactor: string): Promise<string> {
    const turn = this.tries.then(() => this.guarded(receiptNo.trim().toUpperCase(), normaliseFactor(secondFactor)));
    this.tries = turn.catch(() => undefined);
    return turn;
  }

  private async guarded(receiptNo: string, factor: string): Promise<string> {
    const lockedUntil = await this.guard.lockedUntil();
    if (lockedUntil) throw this.locked(lockedUntil);
    if (await this.matches(receiptNo, factor)) {
      await this.guard.passed();
      return receiptNo;
    }
    const { lockedUntil: until, triesLeft } = await this.guard.wrong();
    if (until) throw this.locked(until);
    throw new KioskError('RECEIPT_NOT_FOUND', 'court.errors.receiptRefused', { triesLeft });
  }

  private async matches(receiptNo: string, factor: string): Promise<boolean> {
    const { db } = this.deps;
    if (factor === '' || receiptNoForm(await receiptKey(db), receiptNo) === 'invalid') return false;
    return factorOpensReceipt(db, receiptNo, factor);
  }

  private locked(until: string): KioskError {
    const minutes = Math.max(1, Math.ceil((Date.parse(until) - this.deps.clock.now().getTime()) / 60_000));
    return new KioskError('RECEIPT_LOCKED', 'court.errors.receiptLocked', { until, minutes, tries: RECEIPT_GUARD.maxWrong });
  }
}
