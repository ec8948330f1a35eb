// The print queue: every document becomes a print_jobs row (queued → printing → done | failed),
// printed one at a time per printer in the background with a time limit, so a hung or empty
// printer never holds up the screen, and a failed job stays for the helper desk to reprint.
import type { PrintJob, ReceiptKind } from '../../../contract';
import type { Clock } from '../clock';
import { KioskError } from '../errors';
import type { EventBus } from '../events';
import type { RenderedDocument } from '../receipts/receipt-service';
import type { PageSizeName } from '../receipts/page-sizes.data';
import type { Database } from '../storage/database';
import { PrintFailed, type Printer } from './printer';

/** Receipts go to the roll printer, everything on A4 to the document printer. */
export type PrinterRole = 'receipt' | 'document';
const roleOf = (paper: PageSizeName): PrinterRole => (paper === '80mm' ? 'receipt' : 'document');

export interface PrintServiceOptions {
  db: Database;
  clock: Clock;
  events: EventBus;
  log: (message: string, context?: Record<string, unknown>) => void;
  /** The printer configured for a role right now (config may change between jobs). */
  printerFor(role: PrinterRole): Promise<Printer>;
  /** How long one job may take before it is cancelled and reported as failed. */
  timeoutMs?: number;
}

interface JobRow {
  id: number;
  kind: ReceiptKind;
  document_no: string;
  title: string;
  role: PrinterRole;
  printer: string | null;
  paper: PageSizeName;
  length_mm: number;
  state: PrintJob['state'];
  failure: PrintJob['failure'];
  attempts: number;
  created_at: string;
  updated_at: string;
}

const COLUMNS = 'id, kind, document_no, title, role, printer, paper, length_mm, state, failure, attempts, created_at, updated_at';
const RECENT_LIMIT = 50;

const toJob = (r: JobRow): PrintJob => ({
  id: r.id,
  kind: r.kind,
  documentNo: r.document_no,
  title: r.title,
  printer: r.printer,
  state: r.state,
  failure: r.failure,
  attempts: r.attempts,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export class PrintService {
  /** One chain of jobs per role: a stuck roll printer does not hold up the A4 printer. */
  private readonly lanes = new Map<PrinterRole, Promise<void>>();
  /** Submissions still being written down, so idle() also waits for jobs that have no lane yet. */
  private readonly arriving = new Set<Promise<unknown>>();
  private readonly timeoutMs: number;

  constructor(private readonly o: PrintServiceOptions) {
    this.timeoutMs = o.timeoutMs ?? 60_000;
  }

  /** Queues a document and returns at once; the outcome follows as print.changed events. */
  submit(doc: RenderedDocument): Promise<PrintJob> {
    return this.track(this.record(doc));
  }

  private async record(doc: RenderedDocument): Promise<PrintJob> {
    const now = this.o.clock.now().toISOString();
    const { lastID } = await this.o.db.run(
      `INSERT INTO print_jobs (kind, document_no, title, role, paper, length_mm, pdf, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?)`,
      [doc.kind, doc.documentNo, doc.title, roleOf(doc.size), doc.size, doc.heightMm, Buffer.from(doc.pdf), now, now],
    );
    return this.enqueue(lastID);
  }

  /** A failed (or already printed) job goes to its printer again, e.g. from the helper screen. */
  reprint(jobId: number): Promise<PrintJob> {
    return this.track(this.requeue(jobId));
  }

  private async requeue(jobId: number): Promise<PrintJob> {
    const row = await this.o.db.get<{ state: string; has_pdf: number }>('SELECT state, pdf IS NOT NULL AS has_pdf FROM print_jobs WHERE id = ?', [jobId]);
    if (!row) throw new KioskError('PRINT_JOB_NOT_FOUND', 'errors.print.notFound', { jobId });
    if (!row.has_pdf) throw new KioskError('PRINT_JOB_PURGED', 'errors.print.purged', { jobId });
    if (row.state === 'queued' || row.state === 'printing') return this.job(jobId);
    await this.o.db.run(`UPDATE print_jobs SET state = 'queued', failure = NULL, detail = NULL, updated_at = ? WHERE id = ?`, [
      this.o.clock.now().toISOString(),
      jobId,
    ]);
    return this.enqueue(jobId);
  }

  async jobs(filter: 'failed' | 'recent'): Promise<PrintJob[]> {
    const rows =
      filter === 'failed'
        ? await this.o.db.all<JobRow>(`SELECT ${COLUMNS} FROM print_jobs WHERE state = 'failed' AND pdf IS NOT NULL ORDER BY id DESC`)
        : await this.o.db.all<JobRow>(`SELECT ${COLUMNS} FROM print_jobs ORDER BY id DESC LIMIT ${RECENT_LIMIT}`);
    return rows.map(toJob);
  }

  async job(jobId: number): Promise<PrintJob> {
    const row = await this.o.db.get<JobRow>(`SELECT ${COLUMNS} FROM print_jobs WHERE id = ?`, [jobId]);
    if (!row) throw new KioskError('PRINT_JOB_NOT_FOUND', 'errors.print.notFound', { jobId });
    return toJob(row);
  }

  /**
   * After a crash, a job left queued or printing may or may not have come out: it is marked failed
   * so a helper looks at it, rather than printed twice unasked.
   */
  async recover(): Promise<void> {
    await this.o.db.run(
      `UPDATE print_jobs SET state = 'failed', failure = 'error', detail = 'interrupted by a restart', updated_at = ? WHERE state IN ('queued', 'printing')`,
      [this.o.clock.now().toISOString()],
    );
  }

  /** Drops the PDFs (personal data) of jobs older than the retention period. */
  /** Drops the PDFs of finished jobs past retention (reprint is offered no longer); the ids of the jobs purged. */
  async purge(retentionDays: number): Promise<number[]> {
    const cutoff = new Date(this.o.clock.now().getTime() - retentionDays * 86_400_000).toISOString();
    const due = `pdf IS NOT NULL AND updated_at < ? AND state IN ('done', 'failed')`;
    return this.o.db.transaction(async (tx) => {
      const ids = (await tx.all<{ id: number }>(`SELECT id FROM print_jobs WHERE ${due}`, [cutoff])).map((r) => r.id);
      await tx.run(`UPDATE print_jobs SET pdf = NULL WHERE ${due}`, [cutoff]);
      return ids;
    });
  }

  /** Resolves when every job queued so far has finished, for shutdown and tests. */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.arriving]);
    await Promise.all(this.lanes.values());
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.arriving.add(work);
    work.then(
      () => this.arriving.delete(work),
      () => this.arriving.delete(work),
    );
    return work;
  }

  private async enqueue(jobId: number): Promise<PrintJob> {
    const job = await this.job(jobId);
    const role = (await this.o.db.get<{ role: PrinterRole }>('SELECT role FROM print_jobs WHERE id = ?', [jobId]))!.role;
    const lane = (this.lanes.get(role) ?? Promise.resolve()).then(() => this.run(jobId, role));
    this.lanes.set(role, lane);
    this.o.events.emit('print.changed', job);
    return job;
  }

  private async run(jobId: number, role: PrinterRole): Promise<void> {
    try {
      const printer = await this.o.printerFor(role);
      await this.update(jobId, `state = 'printing', printer = ?, attempts = attempts + 1`, [printer.name]);
      const row = (await this.o.db.get<JobRow & { pdf: Buffer }>(`SELECT ${COLUMNS}, pdf FROM print_jobs WHERE id = ?`, [jobId]))!;
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), this.timeoutMs);
      try {
        await Promise.race([
          printer.print(
            {
              pdf: row.pdf,
              title: `${row.title} ${row.document_no}`,
              paper: row.paper,
              lengthMm: row.length_mm,
              fileName: `${row.id}-${row.kind}-${row.document_no}`,
            },
            controller.signal,
          ),
          // An adapter that ignores the signal still cannot hold the lane past the limit.
          new Promise((_, reject) =>
            controller.signal.addEventListener('abort', () => reject(new PrintFailed('timeout', `no result after ${this.timeoutMs} ms`)), { once: true }),
          ),
        ]);
      } finally {
        clearTimeout(timer);
      }
      await this.update(jobId, `state = 'done', failure = NULL, detail = NULL`, []);
    } catch (err) {
      const reason = err instanceof PrintFailed ? err.reason : 'error';
      if (!(err instanceof PrintFailed)) this.o.log('print job failed unexpectedly', { jobId, error: err instanceof Error ? err.stack : String(err) });
      await this.update(jobId, `state = 'failed', failure = ?, detail = ?`, [reason, err instanceof Error ? err.message : String(err)]).catch((e: unknown) =>
        this.o.log('cannot record a failed print job', { jobId, error: String(e) }),
      );
    }
  }

  private async update(jobId: number, set: string, params: unknown[]): Promise<void> {
    await this.o.db.run(`UPDATE print_jobs SET ${set}, updated_at = ? WHERE id = ?`, [...params, this.o.clock.now().toISOString(), jobId]);
    this.o.events.emit('print.changed', await this.job(jobId));
  }
}
