// The court built into the app, so a fresh terminal is useful out of the box: sample fee notices
// and cases from resources/demo-court, its own book of confirmed payments, and a fee notice issued
// on the spot for each filing it registers, so a litigant can file and pay in one visit. It keeps
// every audit head a submission carries, as a real court should (README.md): the terminal's witness.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { type AuditWitness, CaseStatus, FeeNotice } from '../../../contract';
import type { Clock } from '../clock';
import type { Database, Queryable } from '../storage/database';
import type { CourtGateway, Submission, SubmissionResult } from './court-gateway';

const SampleNotices = z.object({ notices: z.array(FeeNotice.omit({ totalFen: true, paid: true }).extend({ payerIdNumber: z.string() })) });
/** What the demo court reads of a filing to register it: its plaintiffs and what the fee is reckoned on. */
const FiledForFees = z.object({
  caseType: z.string(),
  claimAmountFen: z.number().int().nullable(),
  parties: z.array(z.object({ role: z.string(), party: z.object({ name: z.string(), idNumber: z.string().nullish() }) })),
});
export type FiledForFees = z.infer<typeof FiledForFees>;

/** The acceptance fee of a filing, as the court's fee schedule reckons it (kiosk.ts passes the terminal's). */
export type FilingFee = (filing: FiledForFees) => Promise<FeeNotice['items']>;

/** A notice is payable within 7 days (诉讼费用交纳办法 Art 22). */
const PAYABLE_DAYS = 7;

const payerDigest = (receiptNo: string, idNumber: string) => createHash('sha256').update(`${receiptNo}:${idNumber}`).digest('hex');

const SampleCases = z.object({ cases: z.array(CaseStatus.extend({ partyIdNumbers: z.array(z.string()).min(1) })) });

export interface DemoCourtDeps {
  db: Database;
  clock: Clock;
  files: { notices: string; cases: string };
  /** The fee on the notice issued for a filing it registers. */
  filingFee: FilingFee;
  /** The terminal id in force, which its witnesses are kept under (as a real court knows it by x-terminal-id). */
  terminalId: () => Promise<string>;
}

export class DemoCourt implements CourtGateway {
  readonly kind = 'demo' as const;
  private readonly notices: z.infer<typeof SampleNotices>['notices'];
  private readonly cases: z.infer<typeof SampleCases>['cases'];

  private readonly db: Database;
  private readonly clock: Clock;
  private readonly filingFee: FilingFee;
  private readonly terminalId: () => Promise<string>;

  constructor({ db, clock, files, filingFee, terminalId }: DemoCourtDeps) {
    this.db = db;
    this.clock = clock;
    this.filingFee = filingFee;
    this.terminalId = terminalId;
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

  async findFilingFeeNotice(receiptNo: string, payerIdNumber: string): Promise<FeeNotice | null> {
    const row = await this.db.get<{ notice: string }>('SELECT notice FROM demo_court_filing_notices WHERE receipt_no = ? AND payer_digest = ?', [
      receiptNo,
      payerDigest(receiptNo, payerIdNumber),
    ]);
    if (!row) return null;
    const notice = FeeNotice.parse(JSON.parse(row.notice));
    const paid = await this.db.get('SELECT 1 FROM demo_court_payments WHERE notice_no = ?', [notice.noticeNo]);
    return { ...notice, paid: paid !== undefined };
  }

  async auditWitness(): Promise<AuditWitness | null> {
    // The highest id, as first received: a lower head received later, or another hash under that id, is kept as evidence but is not the witness.
    const row = await this.db.get<AuditWitness>(
      'SELECT audit_id AS id, hash, received_at AS receivedAt FROM demo_court_audit_witnesses WHERE terminal_id = ? ORDER BY audit_id DESC, received_at LIMIT 1',
      [await this.terminalId()],
    );
    return row ?? null;
  }

  /**
   * The demo court keeps its books in the terminal's own file, so it forgets a filer's notice (name
   * and all) on the terminal's retention, counted from the day it was issued.
   */
  async purge(retentionDays: number): Promise<number> {
    const issuedBefore = this.clock.now().getTime() - retentionDays * 86_400_000;
    const dueBefore = new Date(issuedBefore + PAYABLE_DAYS * 86_400_000).toISOString().slice(0, 10);
    const { changes } = await this.db.run("DELETE FROM demo_court_filing_notices WHERE json_extract(notice, '$.dueDate') < ?", [dueBefore]);
    return changes;
  }

  /** Registers a filing as a case and issues each plaintiff with an ID number its fee notice, once per key. */
  private async register(tx: Queryable, submission: Submission, caseNumber: string, items: FeeNotice['items']): Promise<void> {
    const filing = FiledForFees.safeParse(submission.payload);
    if (!filing.success || items.length === 0) return;
    const dueDate = new Date(this.clock.now().getTime() + PAYABLE_DAYS * 86_400_000).toISOString().slice(0, 10);
    const totalFen = items.reduce((sum, item) => sum + item.amountFen, 0);
    for (const [i, { party }] of filing.data.parties.filter((p) => p.role === 'plaintiff' && p.party.idNumber).entries()) {
      const notice: FeeNotice = { noticeNo: `${caseNumber}-JF${i + 1}`, caseNumber, payerName: party.name, items, totalFen, dueDate, paid: false };
      await tx.run('INSERT OR IGNORE INTO demo_court_filing_notices (receipt_no, payer_digest, notice) VALUES (?, ?, ?)', [
        submission.receiptNo,
        payerDigest(submission.receiptNo, party.idNumber!),
        JSON.stringify(notice),
      ]);
    }
  }

  async submit(batch: Submission[]): Promise<SubmissionResult[]> {
    const now = this.clock.now().toISOString();
    // Reckoned before the transaction: the fee and the terminal id read the terminal's settings from the same database.
    const terminalId = await this.terminalId();
    const fees = new Map<string, FeeNotice['items']>();
    for (const submission of batch) {
      const filing = submission.kind === 'filing' ? FiledForFees.safeParse(submission.payload) : null;
      if (filing?.success) fees.set(submission.key, await this.filingFee(filing.data));
    }
    return this.db.transaction(async (tx) => {
      const results: SubmissionResult[] = [];
      for (const submission of batch) {
        if (submission.auditHead) {
          await tx.run('INSERT OR IGNORE INTO demo_court_audit_witnesses (terminal_id, audit_id, hash, received_at) VALUES (?, ?, ?, ?)', [
            terminalId,
            submission.auditHead.id,
            submission.auditHead.hash,
            now,
          ]);
        }
        // A key seen before keeps its first reference, as a real court must (court/README.md).
        const { n } = (await tx.get<{ n: number }>('SELECT COUNT(*) AS n FROM demo_court_submissions'))!;
        await tx.run('INSERT OR IGNORE INTO demo_court_submissions (key, kind, court_ref, received_at) VALUES (?, ?, ?, ?)', [
          submission.key,
          submission.kind,
          `DEMO-${submission.kind.toUpperCase()}-${String(n + 1).padStart(6, '0')}`,
          now,
        ]);
        const { court_ref } = (await tx.get<{ court_ref: string }>('SELECT court_ref FROM demo_court_submissions WHERE key = ?', [submission.key]))!;
        if (submission.kind === 'filing') await this.register(tx, submission, court_ref, fees.get(submission.key) ?? []);
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
