// What the helper desk is shown and can do, over a real kiosk: submissions the court has not taken
// or turned down, failed print jobs, payments in an unknown state and their reconciliation; and the
// console's court test, printer test and persistent log.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { enqueueSubmission } from '../../../../main/services/outbox/outbox';
import { Database } from '../../../../main/services/storage/database';
import { DB_FILE } from '../../../../main/services/storage/open-storage';
import { startFlakyCourt } from '../../support/flaky-court';
import { pdfText } from '../../support/pdf-tools';
import { tempKiosk } from '../../support/temp-kiosk';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanups.splice(0).reverse()) await f();
});

async function open() {
  const kiosk = await tempKiosk();
  cleanups.push(() => kiosk.dispose());
  return kiosk;
}

describe('desk.overview and desk.reconcile', () => {
  it('lists turned-down and undelivered submissions, not delivered ones, with the court reason', async () => {
    const kiosk = await open();
    const db = await Database.open(join(kiosk.dataDir, DB_FILE));
    cleanups.push(() => db.close());
    await db.transaction(async (tx) => {
      for (const [key, receiptNo] of [
        ['a', 'R-1'],
        ['b', 'R-2'],
        ['c', 'R-3'],
      ])
        await enqueueSubmission(tx, { key: key!, kind: 'filing', receiptNo: receiptNo!, payload: {} }, new Date());
    });
    await db.run("UPDATE outbox SET state = 'acknowledged' WHERE key = 'a'");
    await db.run("UPDATE outbox SET state = 'rejected', reject_reason = '证据目录缺页' WHERE key = 'b'");
    await db.run("UPDATE outbox SET attempts = 3, last_error = 'court unavailable' WHERE key = 'c'");

    const { submissions } = await kiosk.handlers['desk.overview']({});
    expect(submissions.map((s) => [s.receiptNo, s.state, s.rejectReason, s.attempts])).toEqual([
      ['R-2', 'rejected', '证据目录缺页', 0],
      ['R-3', 'pending', null, 3],
    ]);
  });

  it('lists a failed print job until it is reprinted', async () => {
    const kiosk = await open();
    const blocker = join(kiosk.dataDir, 'printed');
    writeFileSync(blocker, 'a file where the print folder should be');
    await kiosk.handlers['queue.take']({ service: 'enquiry', priority: false, language: 'zh-CN' });
    // The ticket is printed in the background once the number is issued.
    await expect
      .poll(async () => (await kiosk.handlers['desk.overview']({})).failedPrints, { timeout: 15_000 })
      .toMatchObject([{ kind: 'queue-ticket', state: 'failed', failure: 'error' }]);
    const [job] = (await kiosk.handlers['desk.overview']({})).failedPrints;
    rmSync(blocker);
    await kiosk.handlers['print.reprint']({ jobId: job!.id });
    await kiosk.printing.idle();
    expect((await kiosk.handlers['desk.overview']({})).failedPrints).toEqual([]);
  });

  it('lists a payment whose outcome is unknown, and settles it when the helper reconciles', async () => {
    const kiosk = await open();
    kiosk.simulators.paymentTerminal.behave('timeout');
    const payment = await kiosk.handlers['fees.pay']({ caseNumber: '（2026）粤0703民初1234号', payerIdNumber: '11010519491231002X', method: 'card' });
    await kiosk.payments.idle();
    expect((await kiosk.handlers['desk.overview']({})).unknownPayments).toMatchObject([{ id: payment.id, state: 'unknown', failure: 'timeout' }]);
    expect(await kiosk.handlers['desk.reconcile']({ paymentId: payment.id })).toMatchObject({ id: payment.id, state: 'failed', failure: 'notCharged' });
    expect((await kiosk.handlers['desk.overview']({})).unknownPayments).toEqual([]);
  });
});

describe('admin.testCourt, admin.testPrinter and admin.log', () => {
  it('says the demo court answers, and whether a configured court does', async () => {
    const kiosk = await open();
    expect(await kiosk.handlers['admin.testCourt']({})).toMatchObject({ court: 'demo', reachable: true });
    const court = await startFlakyCourt();
    cleanups.push(() => court.close());
    await kiosk.handlers['config.set']({ patch: { courtEndpoint: { url: court.url, timeoutMs: 1000 } } });
    expect(await kiosk.handlers['admin.testCourt']({})).toMatchObject({ court: 'http', reachable: true });
    // Nothing was booked by the test.
    expect(court.bookings.size).toBe(0);
    court.faults = () => 'error500';
    expect(await kiosk.handlers['admin.testCourt']({})).toMatchObject({ court: 'http', reachable: false });
  });

  it('prints a test page naming the terminal and printer, or says why it could not', async () => {
    const kiosk = await open();
    expect(await kiosk.handlers['admin.testPrinter']({ role: 'document', language: 'zh-CN' })).toEqual({
      role: 'document',
      printer: null,
      printed: true,
      failure: null,
    });
    const [file] = readdirSync(join(kiosk.dataDir, 'printed'));
    const text = await pdfText(readFileSync(join(kiosk.dataDir, 'printed', file!)));
    expect(text).toContain('打印机测试页');
    expect(text).toContain('KIOSK-01');
    expect(text).toContain('打印文件夹');

    const missing = await kiosk.handlers['admin.testPrinter']({ role: 'receipt', printer: 'no-such-printer', language: 'en' });
    expect(missing).toMatchObject({ role: 'receipt', printer: 'no-such-printer', printed: false });
  });

  it('keeps what went wrong in a log in the data folder, newest first, across a restart', async () => {
    const kiosk = await open();
    writeFileSync(join(kiosk.dataDir, 'printed'), 'not a folder');
    await kiosk.handlers['queue.take']({ service: 'enquiry', priority: false, language: 'zh-CN' });
    await expect.poll(async () => (await kiosk.handlers['admin.log']({ limit: 10 })).entries.length, { timeout: 15_000 }).toBeGreaterThan(0);
    const { entries } = await kiosk.handlers['admin.log']({ limit: 10 });
    expect(entries[0]!.message).toMatch(/print/);
    await kiosk.close();
    const again = await tempKiosk({ dataDir: kiosk.dataDir });
    cleanups.push(() => again.close());
    expect((await again.handlers['admin.log']({ limit: 10 })).entries[0]).toEqual(entries[0]);
  });
});
