// The court built into the app, so a fresh terminal is useful out of the box: sample fee notices
// from resources/demo-court, and its own book of confirmed payments.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { FeeNotice } from '../../../preload/contract';
import type { Clock } from '../clock';
import type { Database } from '../storage/database';
import type { CourtGateway, PaymentConfirmation } from './court-gateway';

const SampleNotices = z.object({ notices: z.array(FeeNotice.omit({ totalFen: true, paid: true }).extend({ payerIdNumber: z.string() })) });

export class DemoCourt implements CourtGateway {
  readonly kind = 'demo' as const;
  private readonly notices: z.infer<typeof SampleNotices>['notices'];

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    noticesFile: string,
  ) {
    this.notices = SampleNotices.parse(JSON.parse(readFileSync(noticesFile, 'utf8'))).notices;
  }

  async findFeeNotice(caseNumber: string, payerIdNumber: string): Promise<FeeNotice | null> {
    const notice = this.notices.find((n) => n.caseNumber === caseNumber && n.payerIdNumber === payerIdNumber);
    if (!notice) return null;
    const { payerIdNumber: _, ...rest } = notice;
    const paid = await this.db.get('SELECT 1 FROM demo_court_payments WHERE notice_no = ?', [notice.noticeNo]);
    return { ...rest, totalFen: notice.items.reduce((sum, item) => sum + item.amountFen, 0), paid: paid !== undefined };
  }

  async confirmPayment(payment: PaymentConfirmation): Promise<{ courtRef: string }> {
    const courtRef = `DEMO-${payment.paymentId.slice(0, 8).toUpperCase()}`;
    // A retry of the same payment finds its first booking: INSERT OR IGNORE keeps exactly one.
    await this.db.run('INSERT OR IGNORE INTO demo_court_payments (payment_id, notice_no, amount_fen, court_ref, confirmed_at) VALUES (?, ?, ?, ?, ?)', [
      payment.paymentId,
      payment.noticeNo,
      payment.amountFen,
      courtRef,
      this.clock.now().toISOString(),
    ]);
    return { courtRef };
  }
}
