// kill -9 the kiosk at random points while it issues receipts and syncs them, 50 times over:
// every receipt it ever announced is in the end booked by the court exactly once.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Database } from '../../../../main/services/storage/database';
import { DB_FILE } from '../../../../main/services/storage/open-storage';
import { startFlakyCourt, type Fault } from '../../support/flaky-court';
import { spawnTs } from '../../support/spawn-ts';
import { tempDir, tempKiosk } from '../../support/temp-kiosk';

const KILLS = Number(process.env.CRASH_KILLS ?? 50);
const data = tempDir('kiosk-crash-');
afterAll(() => data.remove());

/** Runs the victim until it has announced a few receipts plus a random extra moment, then SIGKILLs it. */
function runAndKill(courtUrl: string, announced: Set<string>, lingerMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawnTs(join(__dirname, '../../support/outbox-victim.ts'), [data.dir, courtUrl], ['ignore', 'pipe', 'ignore']);
    let buffer = '';
    let armed = false;
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) if (line.startsWith('RECEIPT ')) announced.add(line.slice(8));
      if (!armed) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), lingerMs);
      }
    });
    child.on('exit', () => resolve());
  });
}

describe('crash safety of submit and sync', () => {
  it(`loses and duplicates nothing over ${KILLS} kill -9s`, async () => {
    const court = await startFlakyCourt();
    let seed = 11;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    court.faults = (): Fault => (random() < 0.3 ? (['error500', 'drop', 'ackTwice', 'partial'] as const)[Math.floor(random() * 4)]! : 'none');
    const announced = new Set<string>();
    for (let i = 0; i < KILLS; i++) await runAndKill(court.url, announced, Math.floor(random() * 300));

    // A last, peaceful start delivers whatever the kills left behind.
    court.faults = () => 'none';
    const kiosk = await tempKiosk({ dataDir: data.dir, backoff: { baseMs: 1, maxMs: 20, random: () => 0.5 } });
    for (let pass = 0; pass < 200 && (await kiosk.handlers['sync.status']({})).waiting > 0; pass++) {
      await kiosk.sync.syncOnce();
      await new Promise((r) => setTimeout(r, 5));
    }
    const db = await Database.open(join(data.dir, DB_FILE));
    const rows = await db.all<{ receipt_no: string; key: string; state: string; court_ref: string }>('SELECT receipt_no, key, state, court_ref FROM outbox');
    await db.close();
    await kiosk.close();
    await court.close();

    expect(announced.size).toBeGreaterThan(KILLS);
    const byReceipt = new Map(rows.map((r) => [r.receipt_no, r]));
    for (const receipt of announced) expect(byReceipt.get(receipt)?.state).toBe('acknowledged');
    expect(rows.filter((r) => r.state !== 'acknowledged')).toEqual([]);
    // The court booked each receipt once, under its one key, and the kiosk holds the court's answer.
    const booked = [...court.bookings.entries()];
    expect(new Set(booked.map(([, b]) => b.receiptNo)).size).toBe(booked.length);
    expect(booked.length).toBe(rows.length);
    for (const [key, booking] of booked) expect(byReceipt.get(booking.receiptNo)).toMatchObject({ key, court_ref: booking.courtRef });
  }, 300_000);
});
