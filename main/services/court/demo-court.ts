// The court built into the app, so a fresh terminal is useful out of the box: sample fee notices
// and cases from resources/demo-court, and its own book of confirmed payments.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CaseStatus, FeeNotice } from '../../../contract';
import type { Clock } from '../clock';
import type { Database } from '../storage/database';
import type { CourtGateway, Submission, SubmissionResult } from './court-gateway';

const SampleNotices = z.object({ notices: z.array(FeeNotice.omit({ totalFen: true, paid: true }).extend({ payerIdNumber: z.string() })) });
const SampleCases = z.object({ cases: z.array(CaseStatus.extend({ partyIdNumbers: z.array(z.string()).min(1) })) });

export interface DemoCourtDeps {
  db: Database;
  clock: Clock;
  files: { notices: string; cases: string };
}

export class DemoCourt implements CourtGateway {
  readonly kind = 'demo' as const;
  private readonly notices: z.infer<typeof SampleNotices>['notices'];
  private readonly cases: z.infer<typeof SampleCases>['cases'];

  private readonly db: Database;
  private readonly clock: Clock;

  constructor({ db, clock, files }: DemoCourtDeps) {
    this.db = db;
    this.clock = clock;
    this.notices = SampleNotices.parse(JSON.parse(readFileSync(files.notices, 'utf8'))).notices;
    this.cases = SampleCases.parse(JSON.parse(readFileSync(files.cases, 'utf8'))).cases;
  }

  async caseStatus(caseNumber: string, partyIdNumber: string): Promise<CaseStatus | null> {
    const found = this.cases.find((c) => c.caseNumber === caseNumber && c.partyIdNumbers.includes(partyIdNumber));
    if (!found) return null;
    const { partyIdNumbers: _, ...status } = found;
    return status;
  }

  async findFeeNotice(caseNumber: string, payerIdNumber: string): Promise<FeeNotice | null> {
    const notice = this.notices.find((n) => n.caseNumber === caseNumber && n.payerIdNumber === payerIdNumber);
    if (!notice) return null;
    const { payerIdNumber: _, ...rest } = notice;
    const paid = await this.db.get('SELECT 1 FROM demo_court_payments WHERE notice_no = ?', [notice.noticeNo]);
    return { ...rest, totalFen: notice.items.reduce((sum, item) => sum + item.amountFen, 0), paid: paid !== undefined };
  }

  async submit(batch: Submission[]): Promise<SubmissionResult[]> {
    const now = this.clock.now().toISOString();
    return this.db.transaction(async (tx) => {
      const results: SubmissionResult[] = [];
      for (const submission of batch) {
        // A key seen before keeps its first reference, as a real court must (court/README.md).
        const { n } = (await tx.get<{ n: number }>('SELECT COUNT(*) AS n FROM demo_court_submissions'))!;
        await tx.run('INSERT OR IGNORE INTO demo_court_submissions (key, kind, court_ref, received_at) VALUES (?, ?, ?, ?)', [
          submission.key,
          submission.kind,
          `DEMO-${submission.kind.toUpperCase()}-${String(n + 1).padStart(6, '0')}`,
          now,
        ]);
        const { court_ref } = (await tx.get<{ court_ref: string }>('SELECT court_ref FROM demo_court_submissions WHERE key = ?', [submission.key]))!;
        if (submission.kind === 'payment') {
          const payment = submission.payload as { noticeNo: string; amountFen: number };
          await tx.run('INSERT OR IGNORE INTO demo_court_payments (payment_id, notice_no, amount_fen, court_ref, confirmed_at) VALUES (?, ?, ?, ?, ?)', [
            submission.key,
            payment.noticeNo,
            payment.amountFen,
            court_ref,
            now,
          ]);
        }
        results.push({ key: submission.key, status: 'accepted', courtRef: court_ref });
      }
      return results;
    });
  }
}
