// The audit log on a real SQLite file: every staff action and every submission is in it, PINs are
// not; the database refuses to change or delete an entry; and an entry edited behind the triggers'
// back (an attacker with the file) is found by verify, exactly that one.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MethodInput } from '../../../../contract';
import { canonicalJson } from '../../../../main/services/audit/canonical-json';
import { Database } from '../../../../main/services/storage/database';
import { DB_FILE } from '../../../../main/services/storage/open-storage';
import { staffCalls } from '../../support/staff-calls';
import { manualClock, tempKiosk } from '../../support/temp-kiosk';

// Every sign-in and PIN change runs scrypt on purpose; on a busy 2-core machine a dozen take tens of seconds.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

let kiosk: Awaited<ReturnType<typeof tempKiosk>>;
let api: ReturnType<typeof staffCalls>;
beforeEach(async () => {
  kiosk = await tempKiosk({ clock: manualClock() });
  api = staffCalls(kiosk);
});
afterEach(() => kiosk.dispose());

const REFUND = {
  caseNumber: '(2026)粤0703民初1234号',
  reason: 'withdrawn',
  accountHolder: '张建国',
  bankCardNumber: '6222 0212 3456 7894',
  bankName: '中国工商银行',
  phone: '13800138000',
} satisfies MethodInput<'fees.refund'>;

async function withDatabase<T>(body: (db: Database) => Promise<T>): Promise<T> {
  const db = await Database.open(join(kiosk.dataDir, DB_FILE));
  try {
    return await body(db);
  } finally {
    await db.close();
  }
}

/** Closes the kiosk, lets `body` at the file, and opens the kiosk again on it. */
async function betweenRuns(body: (db: Database) => Promise<void>): Promise<void> {
  const { dataDir, dispose } = kiosk;
  await kiosk.close();
  await withDatabase(body);
  kiosk = { ...(await tempKiosk({ dataDir })), dispose };
  api = staffCalls(kiosk);
}

describe('what the audit log records', () => {
  it('holds every staff action with its actor, the config before and after, and every submission', async () => {
    const { admin, helper } = await api.staffReady();
    await api.call('staff.signIn', { pin: '111112', staffId: 'h01' });
    await api.call('config.set', { patch: { idle: { timeoutSeconds: 120, countdownSeconds: 20 } } }, admin);
    await api.call('queue.take', { service: 'fees', priority: false, language: 'zh-CN' });
    await api.call('queue.callNext', { windowNo: '2', services: ['fees'] }, helper);
    await api.call('admin.export', { kind: 'tickets', from: '2026-11-23', to: '2026-11-23' }, admin);
    expect(await api.call('fees.refund', REFUND)).toMatchObject({ ok: true });

    const { value } = (await api.call('audit.recent', { limit: 200 }, admin)) as {
      value: { entries: { actor: string; action: string; details: Record<string, unknown> }[] };
    };
    const entries = value.entries.reverse();
    const lines = entries.map((e) => `${e.actor} ${e.action}`);
    expect(lines).toEqual([
      'system staff.defaultAdminCreated',
      'admin staff.signIn',
      'admin staff.changePin',
      'admin staff.add',
      'h01 staff.signIn',
      'h01 staff.changePin',
      'litigant staff.pinWrong',
      'admin config.set',
      'h01 queue.callNext',
      'admin admin.export',
      'litigant submission',
    ]);
    expect(entries.find((e) => e.action === 'config.set')!.details).toEqual({
      before: { idle: { timeoutSeconds: 90, countdownSeconds: 20, resumeMinutes: 30 } },
      after: { idle: { timeoutSeconds: 120, countdownSeconds: 20, resumeMinutes: 30 } },
    });
    expect(entries.find((e) => e.action === 'queue.callNext')!.details).toEqual({ input: { windowNo: '2', services: ['fees'] }, outcome: 'ok' });
    expect(entries.at(-1)!.details).toMatchObject({ kind: 'refund', receiptNo: 'KIOSK-01-TF-20261123-0001', assistedBy: null });
    // The submission's personal data stays in the outbox, out of the permanent log.
    expect(JSON.stringify(entries)).not.toContain('张建国');
  });

  it('records a lock-out, a refused staff call and never a PIN', async () => {
    const { admin } = await api.staffReady();
    for (let i = 0; i < 5; i++) await api.call('staff.signIn', { pin: '111112', staffId: 'h01' });
    await api.call('staff.resetPin', { staffId: 'h01', pin: '592817' }, admin);
    await api.call('staff.unlock', { staffId: 'h01' }, admin);
    await api.call('staff.add', { staffId: 'h01', name: 'x', role: 'helper', pin: '592818' }, admin);
    await api.call('print.reprint', { jobId: 99 }, admin);
    const { value } = (await api.call('audit.recent', { limit: 200 }, admin)) as { value: { entries: { action: string; details: Record<string, unknown> }[] } };
    expect(value.entries.filter((e) => e.action === 'staff.locked')).toHaveLength(1);
    // Once, by the service, not again by the wrapper for staff calls (the console listed every unlock twice).
    expect(value.entries.filter((e) => e.action === 'staff.unlock')).toHaveLength(1);
    expect(value.entries.find((e) => e.action === 'print.reprint')!.details).toEqual({ input: { jobId: 99 }, outcome: 'PRINT_JOB_NOT_FOUND' });
    const text = await withDatabase((db) => db.all<{ details: string }>('SELECT details FROM audit_log')).then((rows) => rows.map((r) => r.details).join('\n'));
    for (const pin of ['730155', '639027', '482913', '111112', '592817']) expect(text).not.toContain(pin);
  });
});

describe('the audit log cannot be quietly changed', () => {
  it('is refused an UPDATE or a DELETE by the database itself', async () => {
    await api.staffReady();
    await withDatabase(async (db) => {
      await expect(db.run("UPDATE audit_log SET actor = 'someone' WHERE id = 2")).rejects.toThrow(/append-only/);
      await expect(db.run('DELETE FROM audit_log WHERE id = 2')).rejects.toThrow(/append-only/);
    });
    expect(await api.operator('audit.verify', {})).toEqual({
      ok: true,
      value: { ok: true, count: 6, firstBrokenId: null, missingAfter: null, anchorMissing: false },
    });
  });

  it('finds exactly the entry an attacker edited after dropping the trigger', async () => {
    const { admin } = await api.staffReady();
    await api.call('config.set', { patch: { idle: { timeoutSeconds: 600, countdownSeconds: 20 } } }, admin);
    await api.call('fees.refund', REFUND);
    const before = await api.operator('audit.verify', {});
    expect(before).toEqual({ ok: true, value: { ok: true, count: 8, firstBrokenId: null, missingAfter: null, anchorMissing: false } });

    await betweenRuns(async (db) => {
      const row = await db.get<{ id: number; details: string }>("SELECT id, details FROM audit_log WHERE action = 'config.set'");
      expect(row!.id).toBe(7);
      const details = JSON.parse(row!.details) as { after: { idle: { timeoutSeconds: number } } };
      details.after.idle.timeoutSeconds = 120; // hide how long the screen was left open
      await db.exec('DROP TRIGGER audit_log_no_update');
      await db.run('UPDATE audit_log SET details = ? WHERE id = 7', [canonicalJson(details)]);
    });
    expect(await api.operator('audit.verify', {})).toEqual({
      ok: true,
      value: { ok: false, count: 6, firstBrokenId: 7, missingAfter: null, anchorMissing: false },
    });
  });

  it('finds a removed entry at the one after it', async () => {
    await api.staffReady();
    await betweenRuns(async (db) => {
      await db.exec('DROP TRIGGER audit_log_no_delete');
      await db.run('DELETE FROM audit_log WHERE id = 3');
    });
    expect(await api.operator('audit.verify', {})).toEqual({
      ok: true,
      value: { ok: false, count: 2, firstBrokenId: 4, missingAfter: null, anchorMissing: false },
    });
  });
});
