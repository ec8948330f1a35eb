// Migration 011 moves who helped (帮办人) from the audit log onto the payment and the signed risk
// notice: a database made by version 010 comes out with each row's helper, read from the log once.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appendAudit } from '../../../../main/services/audit/audit-log';
import { Database } from '../../../../main/services/storage/database';
import { migrate, readMigrations } from '../../../../main/services/storage/migrate';
import { manualClock, REPO_ROOT, tempDir } from '../../support/temp-kiosk';

const clock = manualClock();
const migrations = readMigrations(join(REPO_ROOT, 'main/services/storage/migrations'));
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

const at = new Date('2026-11-23T01:00:00Z');
const payment = (id: string, noticeNo: string): unknown[] => [
  id,
  noticeNo,
  '(2026)粤0304民初1号',
  5000,
  'card',
  'confirmed',
  at.toISOString(),
  at.toISOString(),
];

describe('migration 011_assisted_by', () => {
  it('keeps each payment’s and risk notice’s helper on its row, taken from the audit log of version 010', async () => {
    const t = tempDir();
    cleanups.push(t.remove);
    const db = await Database.open(join(t.dir, 'db.sqlite3'));
    await migrate(db, migrations.slice(0, 10), clock);
    await db.transaction(async (tx) => {
      const insertPayment =
        'INSERT INTO payments (id, notice_no, case_number, amount_fen, method, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)';
      await tx.run(insertPayment, payment('p-old', 'N1'));
      await tx.run(insertPayment, payment('p-new', 'N2'));
      await tx.run(insertPayment, payment('p-alone', 'N3'));
      // Before the fee methods were renamed a payment was started by 'payment.start'; after, by 'fees.pay'.
      await appendAudit(tx, { at, actor: 'h01', action: 'payment.start', details: { paymentId: 'p-old', assistedBy: 'h01' } });
      await appendAudit(tx, { at, actor: 'h02', action: 'fees.pay', details: { paymentId: 'p-new', assistedBy: 'h02' } });
      await appendAudit(tx, { at, actor: 'litigant', action: 'fees.pay', details: { paymentId: 'p-alone', assistedBy: null } });
      for (const id of ['r-helped', 'r-alone'])
        await tx.run('INSERT INTO risk_reports (id, document_no, case_type, rule_set_version, answers, report, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
          id,
          `DOC-${id}`,
          'loan',
          '1',
          '{}',
          '{}',
          at.toISOString(),
        ]);
      await tx.run("INSERT INTO risk_acknowledgements (report_id, litigant, method, acknowledged_at) VALUES ('r-helped', '', 'readAndUnderstood', ?)", [
        at.toISOString(),
      ]);
      await tx.run("INSERT INTO risk_acknowledgements (report_id, litigant, method, acknowledged_at) VALUES ('r-alone', '', 'readAndUnderstood', ?)", [
        at.toISOString(),
      ]);
      await appendAudit(tx, { at, actor: 'h03', action: 'risk.acknowledge', details: { reportId: 'r-helped', assistedBy: 'h03' } });
    });

    expect(await migrate(db, migrations, clock)).toBe(migrations.length);

    expect(await db.all('SELECT id, assisted_by FROM payments ORDER BY id')).toEqual([
      { id: 'p-alone', assisted_by: null },
      { id: 'p-new', assisted_by: 'h02' },
      { id: 'p-old', assisted_by: 'h01' },
    ]);
    expect(await db.all('SELECT report_id, assisted_by FROM risk_acknowledgements ORDER BY report_id')).toEqual([
      { report_id: 'r-alone', assisted_by: null },
      { report_id: 'r-helped', assisted_by: 'h03' },
    ]);
    await db.close();
  });
});
