// A terminal upgraded to receipt checks (migration 016) keeps letting its earlier litigants in: a
// voucher paid before is opened by its payer's ID number, from the digest the payment always kept.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { factorDigest } from '../../../../main/services/outbox/receipt-factors';
import { ReceiptLookup } from '../../../../main/services/outbox/receipt-lookup';
import { Database } from '../../../../main/services/storage/database';
import { migrate, readMigrations } from '../../../../main/services/storage/migrate';
import { DB_FILE, openStorage } from '../../../../main/services/storage/open-storage';
import { manualClock, REPO_ROOT, tempDir } from '../../support/temp-kiosk';

const T = '2026-11-23T02:00:00.000Z';
const PAYMENT = 'a3f1c9e2-5b7d-4e8f-9a0b-1c2d3e4f5a6b';
const PAYER = '11010519491231002X';
const VOUCHER = 'KIOSK-01-JF-20261123-0001';
const clock = manualClock(T);
const migrationsDir = join(REPO_ROOT, 'main/services/storage/migrations');
let data: ReturnType<typeof tempDir>;
beforeEach(() => (data = tempDir()));
afterEach(() => data.remove());

describe('receipts issued before checks', () => {
  it('open a payment’s voucher number to its payer’s ID number, and to nothing else', async () => {
    const old = await Database.open(join(data.dir, DB_FILE));
    await migrate(
      old,
      readMigrations(migrationsDir).filter((m) => m.version < 16),
      clock,
    );
    await old.run(
      `INSERT INTO payments (id, notice_no, case_number, amount_fen, method, state, voucher_no, payer_digest, created_at, updated_at)
       VALUES (?, 'JF2026112300001', '（2026）粤0703民初1234号', 505000, 'card', 'confirmed', ?, ?, ?, ?)`,
      [PAYMENT, VOUCHER, factorDigest(PAYMENT, PAYER), T, T],
    );
    await old.run(
      "INSERT INTO outbox (key, kind, receipt_no, payload, state, next_attempt_at, created_at) VALUES (?, 'payment', ?, NULL, 'acknowledged', ?, ?)",
      [PAYMENT, VOUCHER, T, T],
    );
    await old.close();

    const db = await openStorage(data.dir, migrationsDir, clock);
    try {
      const lookup = new ReceiptLookup({ db, clock });
      await expect(lookup.open(VOUCHER, '440703198506120049')).rejects.toMatchObject({ code: 'RECEIPT_NOT_FOUND' });
      expect(await lookup.open(VOUCHER.toLowerCase(), PAYER.toLowerCase())).toBe(VOUCHER);
    } finally {
      await db.close();
    }
  });
});
