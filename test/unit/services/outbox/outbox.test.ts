// The outbox against a real HTTP court on 127.0.0.1 that fails, hangs, drops connections, answers
// twice or in part: every submission arrives, is booked once, and keeps the court's first answer.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { enqueueSubmission } from '../../../../main/services/outbox/outbox';
import { backoffDelay } from '../../../../main/services/outbox/backoff';
import { purgeDelivered } from '../../../../main/services/outbox/retention';
import { Database } from '../../../../main/services/storage/database';
import { DB_FILE } from '../../../../main/services/storage/open-storage';
import { seededFaultMix, startFlakyCourt, type FlakyCourt } from '../../support/flaky-court';
import { manualClock, tempKiosk } from '../../support/temp-kiosk';

const FAST = { baseMs: 1, maxMs: 20, random: () => 0.5 };
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanups.splice(0).reverse()) await f();
});

async function setup(options: { timeoutMs?: number; clock?: ReturnType<typeof manualClock> } = {}) {
  const court = await startFlakyCourt();
  cleanups.push(() => court.close());
  const kiosk = await tempKiosk({ backoff: FAST, ...(options.clock ? { clock: options.clock } : {}) });
  cleanups.push(() => kiosk.dispose());
  await kiosk.handlers['config.set']({ patch: { courtEndpoint: { url: court.url, timeoutMs: options.timeoutMs ?? 2000 } } });
  const db = await Database.open(join(kiosk.dataDir, DB_FILE));
  cleanups.push(() => db.close());
  return { court, kiosk, db };
}

async function enqueue(db: Database, count: number, now = new Date()): Promise<void> {
  for (let start = 0; start < count; start += 500) {
    await db.transaction(async (tx) => {
      for (let i = start; i < Math.min(start + 500, count); i++) {
        await enqueueSubmission(tx, { key: `key-${i}`, kind: 'filing', receiptNo: `R-${i}`, payload: { n: i, name: '张建国' } }, now);
      }
    });
  }
}

/** Syncs until nothing is waiting; bounded, so a bug fails the test instead of hanging it. */
async function drain(kiosk: Awaited<ReturnType<typeof tempKiosk>>, maxPasses = 2000): Promise<void> {
  for (let pass = 0; pass < maxPasses; pass++) {
    await kiosk.sync.syncOnce();
    if ((await kiosk.handlers['sync.status']({})).waiting === 0) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('outbox did not drain');
}

function assertExactlyOnce(court: FlakyCourt, rows: { key: string; receipt_no: string; state: string; court_ref: string }[], count: number) {
  expect(rows).toHaveLength(count);
  expect(rows.filter((r) => r.state !== 'acknowledged')).toEqual([]);
  expect(court.bookings.size).toBe(count);
  for (const row of rows) expect(row.court_ref).toBe(court.bookings.get(row.key)?.courtRef);
  // Each receipt reached the court under exactly one key.
  const receipts = new Set([...court.bookings.values()].map((b) => b.receiptNo));
  expect(receipts.size).toBe(count);
}

describe('outbox delivery', () => {
  it('delivers 10,000 submissions through a flaky court: none lost, none booked twice', async () => {
    const { court, kiosk, db } = await setup({ timeoutMs: 500 });
    court.faults = seededFaultMix();
    await enqueue(db, 10_000);
    await drain(kiosk);
    const rows = await db.all<{ key: string; receipt_no: string; state: string; court_ref: string }>('SELECT key, receipt_no, state, court_ref FROM outbox');
    assertExactlyOnce(court, rows, 10_000);
    expect(rows.some((r) => r.court_ref === 'SECOND-ANSWER')).toBe(false);
    expect([...court.arrivals.values()].some((n) => n > 1)).toBe(true); // the faults really forced retries
  }, 120_000);

  it('keeps everything while the court is away, says so, and delivers it all when it is back', async () => {
    const { court, kiosk, db } = await setup();
    const statuses: boolean[] = [];
    kiosk.events.subscribe((event, payload) => event === 'sync.status' && statuses.push((payload as { online: boolean }).online));
    await court.close();
    await enqueue(db, 50);
    await kiosk.sync.syncOnce();
    expect(await kiosk.handlers['sync.status']({})).toEqual({ online: false, waiting: 50, rejected: 0 });
    expect(statuses.at(-1)).toBe(false);
    const back = await startFlakyCourt();
    cleanups.push(() => back.close());
    await kiosk.handlers['config.set']({ patch: { courtEndpoint: { url: back.url, timeoutMs: 2000 } } });
    await drain(kiosk);
    expect(await kiosk.handlers['sync.status']({})).toEqual({ online: true, waiting: 0, rejected: 0 });
    expect(statuses.at(-1)).toBe(true);
    expect(back.bookings.size).toBe(50);
  });

  it('shows a rejected submission with its reason and never sends it again', async () => {
    const { kiosk, db } = await setup();
    await enqueue(db, 1);
    // This court refuses everything: a stand-in for a filing the court will not take.
    const { createServer } = await import('node:http');
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        const { submissions } = JSON.parse(body) as { submissions: { key: string }[] };
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ results: submissions.map((s) => ({ key: s.key, status: 'rejected', reason: '被告地址缺失' })) }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    cleanups.push(() => new Promise((r) => server.close(r)));
    const port = (server.address() as { port: number }).port;
    await kiosk.handlers['config.set']({ patch: { courtEndpoint: { url: `http://127.0.0.1:${port}/`, timeoutMs: 2000 } } });
    await kiosk.sync.syncOnce();
    await kiosk.sync.syncOnce();
    expect(await db.all('SELECT state, reject_reason, attempts FROM outbox')).toEqual([{ state: 'rejected', reject_reason: '被告地址缺失', attempts: 1 }]);
    expect(await kiosk.handlers['sync.status']({})).toMatchObject({ waiting: 0, rejected: 1 });
    // Its payload (bank card, phone) goes on retention like an accepted one's; the reason stays for the desk.
    const later = { now: () => new Date(Date.now() + 31 * 86_400_000) };
    expect(await purgeDelivered(db, later, 30)).toBe(1);
    expect(await db.all('SELECT state, payload, reject_reason FROM outbox')).toEqual([{ state: 'rejected', payload: null, reject_reason: '被告地址缺失' }]);
  });

  it('purges the personal data of acknowledged submissions after the retention period only', async () => {
    const clock = manualClock();
    const { kiosk, db } = await setup({ clock });
    await enqueue(db, 3, clock.now());
    await drain(kiosk);
    expect(await purgeDelivered(db, clock, 30)).toBe(0);
    clock.advance(30 * 86_400_000);
    expect(await purgeDelivered(db, clock, 30)).toBe(3);
    expect(await db.all('SELECT payload, receipt_no, court_ref IS NOT NULL AS kept FROM outbox LIMIT 1')).toEqual([
      { payload: null, receipt_no: 'R-0', kept: 1 },
    ]);
  });
});

describe('backoff', () => {
  it('doubles from the base up to the cap, with half of it random', () => {
    const policy = (r: number) => ({ baseMs: 1000, maxMs: 60_000, random: () => r });
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, policy(0)))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, policy(0.999999)))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffDelay(30, policy(0))).toBe(30_000);
  });
});
