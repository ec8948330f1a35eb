// kill -9 the kiosk at random moments while it files cases with scanned evidence: every filing is
// either not there at all, or there with its receipt number, its outbox entry and its pages — never
// half — and every receipt the screen announced is among them and reaches the court.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Database } from '../../../../main/services/storage/database';
import { DB_FILE } from '../../../../main/services/storage/open-storage';
import { spawnTs } from '../../support/spawn-ts';
import { tempDir, tempKiosk } from '../../support/temp-kiosk';

const KILLS = Number(process.env.CRASH_KILLS ?? 15);
const data = tempDir('kiosk-filing-crash-');
afterAll(() => data.remove());

/** Runs the victim until its first receipt plus a random moment, then SIGKILLs it mid-stride. */
function runAndKill(announced: Map<string, string>, lingerMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawnTs(join(__dirname, '../../support/filing-victim.ts'), [data.dir], ['ignore', 'pipe', 'ignore']);
    let buffer = '';
    let armed = false;
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        const [, receiptNo, filingId] = line.split(' ');
        if (line.startsWith('RECEIPT ')) announced.set(receiptNo!, filingId!);
      }
      if (!armed) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), lingerMs);
      }
    });
    child.on('exit', () => resolve());
  });
}

describe('crash safety of filing', () => {
  it(`leaves no half filing over ${KILLS} kill -9s`, async () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const announced = new Map<string, string>();
    for (let i = 0; i < KILLS; i++) await runAndKill(announced, Math.floor(random() * 400));

    const db = await Database.open(join(data.dir, DB_FILE));
    const filings = await db.all<{ id: string; receipt_no: string }>('SELECT id, receipt_no FROM filings');
    const outbox = await db.all<{ key: string; receipt_no: string; payload: string }>("SELECT key, receipt_no, payload FROM outbox WHERE kind = 'filing'");
    const pages = await db.all<{ filing_id: string | null; file: string }>('SELECT filing_id, file FROM evidence_pages');
    await db.close();

    expect(announced.size).toBeGreaterThan(KILLS);
    // Filing and outbox entry come in pairs, under the same receipt number.
    expect(new Map(outbox.map((o) => [o.key, o.receipt_no]))).toEqual(new Map(filings.map((f) => [f.id, f.receipt_no])));
    for (const [receiptNo, filingId] of announced) expect(filings).toContainEqual({ id: filingId, receipt_no: receiptNo });
    // Each filing holds the pages its outbox entry counts, and every page's file is on disk.
    for (const o of outbox)
      expect(pages.filter((p) => p.filing_id === o.key).length, o.receipt_no).toBe((JSON.parse(o.payload) as { evidencePageCount: number }).evidencePageCount);
    for (const p of pages) expect(existsSync(join(data.dir, 'evidence', p.file)), p.file).toBe(true);

    // A peaceful start delivers every filing to the (demo) court.
    const kiosk = await tempKiosk({ dataDir: data.dir });
    for (let pass = 0; pass < 50 && (await kiosk.handlers['sync.status']({})).waiting > 0; pass++) await kiosk.sync.syncOnce();
    expect(await kiosk.handlers['sync.status']({})).toMatchObject({ waiting: 0, rejected: 0 });
    await kiosk.close();
  }, 300_000);
});
