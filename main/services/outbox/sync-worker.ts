// Delivers the outbox to the court in batches, with backoff while the court is away, and records
// each acknowledgement in the same transaction for the whole batch.
import type { SyncStatus } from '../../../contract';
import { auditHead } from '../audit/audit-log';
import type { Clock } from '../clock';
import type { CourtGateway, SubmissionResult } from '../court/court-gateway';
import type { DomainEvents } from '../domain-events';
import type { EventBus } from '../events';
import type { Database, Queryable } from '../storage/database';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';
import type { OutboxRow } from './outbox';

export interface SyncWorkerDeps {
  db: Database;
  clock: Clock;
  court: () => Promise<CourtGateway>;
  events: EventBus;
  log: (message: string, context?: Record<string, unknown>) => void;
  backoff?: BackoffPolicy;
  /** At most 100 by the protocol (court/README.md). */
  batchSize?: number;
  /** Hears of each settled submission ('outbox.settled'), after its settlement is committed. */
  domainEvents: DomainEvents;
}

export interface SyncPass {
  acknowledged: number;
  rejected: number;
  /** True when the court could not be reached during the pass. */
  offline: boolean;
}

export class SyncWorker {
  private running: Promise<SyncPass> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private online = true;

  constructor(private readonly deps: SyncWorkerDeps) {}

  /** Delivers everything due now; concurrent calls share one pass. */
  syncOnce(): Promise<SyncPass> {
    this.running ??= this.pass().finally(() => (this.running = null));
    return this.running;
  }

  /** Keeps syncing every `intervalMs`, and at once after poke(). */
  start(intervalMs: number): void {
    this.timer = setInterval(() => this.poke(), intervalMs);
    this.timer.unref();
  }

  poke(): void {
    this.syncOnce().catch((err: unknown) => this.deps.log('sync pass failed', { error: err instanceof Error ? err.stack : String(err) }));
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  async status(): Promise<SyncStatus> {
    const rows = await this.deps.db.all<{ state: string; n: number }>('SELECT state, COUNT(*) AS n FROM outbox GROUP BY state');
    const count = (state: string) => rows.find((r) => r.state === state)?.n ?? 0;
    return { online: this.online, waiting: count('pending') + count('sent'), rejected: count('rejected') };
  }

  private async pass(): Promise<SyncPass> {
    const total: SyncPass = { acknowledged: 0, rejected: 0, offline: false };
    const batchSize = this.deps.batchSize ?? 100;
    for (;;) {
      const now = this.deps.clock.now();
      const due = await this.deps.db.all<OutboxRow>("SELECT * FROM outbox WHERE state IN ('pending', 'sent') AND next_attempt_at <= ? ORDER BY id LIMIT ?", [
        now.toISOString(),
        batchSize,
      ]);
      if (due.length === 0) break;
      let results: SubmissionResult[];
      try {
        const court = await this.deps.court();
        const head = await auditHead(this.deps.db);
        results = await court.submit(
          due.map((row) => ({
            key: row.key,
            kind: row.kind,
            receiptNo: row.receipt_no,
            createdAt: row.created_at,
            payload: row.payload === null ? null : JSON.parse(row.payload),
            auditHead: head,
          })),
        );
      } catch {
        await this.deps.db.transaction((tx) => this.retryLater(due, 'unavailable', tx));
        total.offline = true;
        break;
      }
      const settled = await this.settle(due, results);
      total.acknowledged += settled.filter((r) => r.status === 'accepted').length;
      total.rejected += settled.filter((r) => r.status === 'rejected').length;
      for (const result of settled) await this.deps.domainEvents.emit('outbox.settled', { kind: due.find((r) => r.key === result.key)!.kind, result });
      // A batch the court answered only in part waits its backoff; stop rather than spin on it.
      if (settled.length < due.length) break;
    }
    await this.announce(!total.offline);
    return total;
  }

  private async settle(due: OutboxRow[], results: SubmissionResult[]): Promise<SubmissionResult[]> {
    const now = this.deps.clock.now().toISOString();
    const byKey = new Map(results.map((r) => [r.key, r]));
    return this.deps.db.transaction(async (tx) => {
      const settled: SubmissionResult[] = [];
      for (const row of due) {
        const result = byKey.get(row.key);
        if (!result) continue;
        if (result.status === 'accepted') {
          await tx.run("UPDATE outbox SET state = 'acknowledged', court_ref = ?, settled_at = ?, attempts = attempts + 1 WHERE id = ?", [
            result.courtRef,
            now,
            row.id,
          ]);
        } else {
          await tx.run("UPDATE outbox SET state = 'rejected', reject_reason = ?, settled_at = ?, attempts = attempts + 1 WHERE id = ?", [
            result.reason,
            now,
            row.id,
          ]);
        }
        settled.push(result);
      }
      const unanswered = due.filter((row) => !byKey.has(row.key));
      if (unanswered.length > 0) await this.retryLater(unanswered, 'unanswered', tx);
      return settled;
    });
  }

  private async retryLater(rows: OutboxRow[], reason: string, tx: Queryable): Promise<void> {
    const policy = this.deps.backoff ?? DEFAULT_BACKOFF;
    const now = this.deps.clock.now().getTime();
    for (const row of rows) {
      const next = new Date(now + backoffDelay(row.attempts + 1, policy)).toISOString();
      await tx.run("UPDATE outbox SET state = 'sent', attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?", [next, reason, row.id]);
    }
  }

  private async announce(online: boolean): Promise<void> {
    this.online = online;
    this.deps.events.emit('sync.status', await this.status());
  }
}
