// Queue part of `npm run bench`: how long a durable enqueue takes (synchronous=FULL, one
// transaction per receipt, as at the counter), and how fast the outbox drains 10,000 submissions
// to a court on loopback — batched, against the same drain one row at a time.
import { DomainEvents } from '../../main/services/domain-events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../../main/services/clock';
import { HttpCourt } from '../../main/services/court/http-court';
import { EventBus } from '../../main/services/events';
import { enqueueSubmission } from '../../main/services/outbox/outbox';
import { SyncWorker } from '../../main/services/outbox/sync-worker';
import type { Database } from '../../main/services/storage/database';
import { openStorage } from '../../main/services/storage/open-storage';
import { startFlakyCourt } from '../unit/support/flaky-court';

const DRAIN = 10_000;
const ENQUEUES = 1_000;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (n: number) => `${n.toFixed(2)} ms`;

async function scratchDb(root: string): Promise<{ db: Database; dispose(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-bench-'));
  const db = await openStorage(dir, join(root, 'main/services/storage/migrations'), systemClock);
  return { db, dispose: async () => (await db.close(), rmSync(dir, { recursive: true, force: true })) };
}

async function enqueueLatencies(root: string): Promise<number[]> {
  const { db, dispose } = await scratchDb(root);
  const times: number[] = [];
  for (let i = 0; i < ENQUEUES; i++) {
    const start = performance.now();
    await db.transaction((tx) =>
      enqueueSubmission(tx, { key: `k${i}`, kind: 'filing', receiptNo: `R${i}`, payload: { name: '张建国', claim: '借款本金五万元' } }, new Date()),
    );
    times.push(performance.now() - start);
  }
  await dispose();
  return times.sort((a, b) => a - b);
}

async function drainSeconds(root: string, batchSize: number): Promise<number> {
  const { db, dispose } = await scratchDb(root);
  const court = await startFlakyCourt();
  for (let start = 0; start < DRAIN; start += 1000) {
    await db.transaction(async (tx) => {
      for (let i = start; i < start + 1000; i++)
        await enqueueSubmission(tx, { key: `k${i}`, kind: 'filing', receiptNo: `R${i}`, payload: { n: i } }, new Date());
    });
  }
  const gateway = new HttpCourt({ baseUrl: court.url, timeoutMs: 10_000, terminalId: 'BENCH' });
  const worker = new SyncWorker({
    db,
    clock: systemClock,
    court: async () => gateway,
    events: new EventBus(),
    domainEvents: new DomainEvents(),
    log: () => undefined,
    batchSize,
  });
  const start = performance.now();
  const pass = await worker.syncOnce();
  const seconds = (performance.now() - start) / 1000;
  if (pass.acknowledged !== DRAIN || court.bookings.size !== DRAIN) throw new Error(`drain delivered ${pass.acknowledged} of ${DRAIN}`);
  await court.close();
  await dispose();
  return seconds;
}

export async function queueBench(root: string): Promise<{ table: string }> {
  const latencies = await enqueueLatencies(root);
  const batched = await drainSeconds(root, 100);
  const oneByOne = await drainSeconds(root, 1);
  const p99 = percentile(latencies, 99);
  const rows = [
    '| measure | result | goal |',
    '|---|---|---|',
    `| durable enqueue p50 (${ENQUEUES} receipts, one transaction each) | ${ms(percentile(latencies, 50))} | |`,
    `| durable enqueue p99 | ${ms(p99)} | ≤ 10 ms ${p99 <= 10 ? '✔' : '✘'} |`,
    `| drain ${DRAIN.toLocaleString('en')} to loopback court, batches of 100 | ${batched.toFixed(1)} s | ≤ 30 s ${batched <= 30 ? '✔' : '✘'} |`,
    `| the same drain one row at a time (baseline) | ${oneByOne.toFixed(1)} s | |`,
    `| batched vs one at a time | ${(oneByOne / batched).toFixed(1)}× faster | |`,
  ];
  return { table: rows.join('\n') };
}
