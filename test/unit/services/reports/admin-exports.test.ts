// CSV exports as the console and the CLI make them: rows of the asked court days only, quoted by
// RFC 4180, a byte-order mark for Excel, and no litigant's personal data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exportCsv, writeExport } from '../../../../main/services/reports/exports';
import { enqueueSubmission } from '../../../../main/services/outbox/outbox';
import { Database } from '../../../../main/services/storage/database';
import { DB_FILE } from '../../../../main/services/storage/open-storage';
import { manualClock, tempKiosk } from '../../support/temp-kiosk';

let kiosk: Awaited<ReturnType<typeof tempKiosk>>;
let db: Database;
afterEach(async () => {
  await db.close();
  await kiosk.dispose();
});

async function setup() {
  kiosk = await tempKiosk({ clock: manualClock('2026-11-23T02:00:00.000Z') });
  db = await Database.open(join(kiosk.dataDir, DB_FILE));
  // 10:00 on the 23rd in Shanghai, and 00:30 on the 24th (still the 23rd in UTC).
  await db.transaction(async (tx) => {
    await enqueueSubmission(
      tx,
      { key: 'k-1', kind: 'filing', receiptNo: 'KIOSK-01-LA-20261123-0001', payload: { plaintiff: '张建国', idNumber: '11010519491231002X' } },
      new Date('2026-11-23T02:00:00.000Z'),
    );
    await enqueueSubmission(
      tx,
      { key: 'k-2', kind: 'mediation', receiptNo: 'KIOSK-01-TJ-20261124-0001', payload: { applicant: '李秀英' } },
      new Date('2026-11-23T16:30:00.000Z'),
    );
  });
  await db.run("UPDATE outbox SET state = 'rejected', reject_reason = ? WHERE key = 'k-1'", ['Address missing, "Building 3" unknown\nplease resubmit']);
}

describe('admin exports', () => {
  it('exports the submissions of the asked court days, quoted, without their personal payload', async () => {
    await setup();
    const { csv, rows } = await exportCsv(db, 'submissions', { from: '2026-11-23', to: '2026-11-23' }, 'Asia/Shanghai');
    expect(rows).toBe(1);
    const [header, line, end] = csv.split('\r\n');
    expect(header).toBe('receipt_no,kind,state,attempts,court_ref,reject_reason,last_error,created_at,settled_at');
    expect(line).toBe('KIOSK-01-LA-20261123-0001,filing,rejected,0,,"Address missing, ""Building 3"" unknown\nplease resubmit",,2026-11-23T02:00:00.000Z,');
    expect(end).toBe('');
    expect(csv).not.toContain('张建国');
    expect(csv).not.toContain('002X');

    const nextDay = await exportCsv(db, 'submissions', { from: '2026-11-24', to: '2026-11-24' }, 'Asia/Shanghai');
    expect(nextDay.rows).toBe(1);
    expect(nextDay.csv).toContain('KIOSK-01-TJ-20261124-0001');
    // The same instants in UTC fall on one day.
    expect((await exportCsv(db, 'submissions', { from: '2026-11-23', to: '2026-11-23' }, 'UTC')).rows).toBe(2);
  });

  it('saves tickets and payments under exports/ with a byte-order mark, through the contract too', async () => {
    await setup();
    await kiosk.handlers['queue.take']({ service: 'filing', priority: true, language: 'zh-CN' });
    await kiosk.printing.idle();
    const written = await writeExport(db, kiosk.dataDir, 'tickets', { from: '2026-11-23', to: '2026-11-23' }, 'Asia/Shanghai');
    expect(written).toMatchObject({
      fileName: 'tickets-2026-11-23-2026-11-23.csv',
      file: join(kiosk.dataDir, 'exports', 'tickets-2026-11-23-2026-11-23.csv'),
      rows: 1,
    });
    const text = readFileSync(written.file, 'utf8');
    expect(text.startsWith('\uFEFFday,number,service,priority,state,window_no,issued_at,called_at,finished_at\r\n2026-11-23,A001,filing,1,waiting,,')).toBe(
      true,
    );

    const viaContract = await kiosk.handlers['admin.export']({ kind: 'payments', from: '2026-11-23', to: '2026-11-23' });
    expect(viaContract).toMatchObject({
      rows: 0,
      csv: 'id,notice_no,case_number,amount_yuan,method,state,voucher_no,court_ref,failure,created_at,updated_at\r\n',
    });
    expect(readFileSync(viaContract.file, 'utf8')).toBe('\uFEFF' + viaContract.csv);
  });
});
