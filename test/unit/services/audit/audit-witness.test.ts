// The court's witness of the audit log: a tamperer with a copy of sqlite3 who rewrites every hash of
// the chain and the anchor file leaves a log that verifies on its own, and so does one who cuts off
// the end and moves the anchor back. Only the head the court received with a submission, held off
// the terminal, shows either: the demo court keeps it in its books, a court over HTTP answers it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUDIT_ANCHOR_FILE, entryHash, GENESIS_HASH } from '../../../../main/services/audit/audit-log';
import { Database } from '../../../../main/services/storage/database';
import { DB_FILE } from '../../../../main/services/storage/open-storage';
import { runCli } from '../../support/cli-run';
import { REFUND_REQUEST } from '../../support/refund-request';
import { call, reply } from '../../support/contract-call';
import { startFlakyCourt } from '../../support/flaky-court';
import { tempDir, tempKiosk } from '../../support/temp-kiosk';

// The CLI runs as real processes: slow on a busy 2-core machine.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 120_000 });

let data: ReturnType<typeof tempDir>;
let kiosk: Awaited<ReturnType<typeof tempKiosk>>;
beforeEach(async () => {
  data = tempDir();
  kiosk = await tempKiosk({ dataDir: data.dir });
  await logSomething(6);
});
afterEach(async () => {
  await kiosk.close().catch(() => undefined);
  data.remove();
});

let changes = 0;
/** Audited changes, each to another value: each appends an entry to the log. */
async function logSomething(times: number): Promise<void> {
  for (let i = 0; i < times; i++) await call(kiosk, 'config.set', { patch: { idle: { timeoutSeconds: 300 + (changes++ % 100), countdownSeconds: 20 } } });
}

/** A submission delivered now: the court receives the head of the log with it. Returns that head's id. */
async function deliverRefund(): Promise<number> {
  await call(kiosk, 'fees.refund', REFUND_REQUEST);
  const [head] = (await call(kiosk, 'audit.recent', { limit: 1 })).entries;
  // The first pass may be one the kiosk's timer began before the refund; the second begins after it.
  await kiosk.sync.syncOnce();
  await kiosk.sync.syncOnce();
  expect(await kiosk.sync.status()).toMatchObject({ online: true, waiting: 0 });
  return head!.id;
}

/** Lets `body` at the closed kiosk's database file, as a tamperer would, and opens the kiosk again. */
async function tamper(body: (db: Database) => Promise<void>): Promise<void> {
  await kiosk.close();
  const db = await Database.open(join(data.dir, DB_FILE));
  try {
    await body(db);
    // The anchor moved to the new head, so the chain and the anchor agree with each other again.
    const head = await db.get<{ id: number; hash: string; at: string }>('SELECT id, hash, at FROM audit_log ORDER BY id DESC LIMIT 1');
    writeFileSync(join(data.dir, AUDIT_ANCHOR_FILE), JSON.stringify(head));
  } finally {
    await db.close();
  }
  kiosk = await tempKiosk({ dataDir: data.dir });
}

/** Forges the first entry's actor and recomputes every hash after it: a chain valid on its own. */
async function rewriteEveryHash(db: Database): Promise<void> {
  await db.exec('DROP TRIGGER audit_log_no_update');
  const rows = await db.all<{ id: number; at: string; actor: string; action: string; details: string }>(
    'SELECT id, at, actor, action, details FROM audit_log ORDER BY id',
  );
  let prevHash = GENESIS_HASH;
  for (const row of rows) {
    const actor = row.id === 1 ? 'nobody' : row.actor;
    const hash = entryHash(prevHash, { ...row, actor, details: JSON.parse(row.details) as unknown });
    await db.run('UPDATE audit_log SET actor = ?, prev_hash = ?, hash = ? WHERE id = ?', [actor, prevHash, hash, row.id]);
    prevHash = hash;
  }
}

const cli = () => runCli(data.dir, 'audit', 'verify', '--witness');

describe('the demo court’s witness', () => {
  it('is none before anything was delivered, then the head each delivery carried; an untouched log agrees with it (exit 0)', async () => {
    expect(await call(kiosk, 'audit.checkWitness', {})).toMatchObject({ witness: null, verdict: 'none' });
    const witnessed = await deliverRefund();
    await logSomething(2);
    const check = await call(kiosk, 'audit.checkWitness', {});
    expect(check).toMatchObject({ witness: { id: witnessed }, verdict: 'agrees' });
    expect(check.lastId).toBeGreaterThan(witnessed);
    await kiosk.close();
    const verified = await cli();
    expect(verified.stdout).toMatch(new RegExp(`^OK \\d+ entries\\nWITNESS OK: entry ${witnessed} has the hash the court's witness of \\S+ holds\\n$`));
    expect(verified.code).toBe(0);
  });

  it('catches a tamperer who rewrote every hash and the anchor, which verify alone cannot (exit 3)', async () => {
    const witnessed = await deliverRefund();
    await logSomething(2);
    await tamper(rewriteEveryHash);
    expect(await call(kiosk, 'audit.verify', {})).toMatchObject({ ok: true });
    expect(await call(kiosk, 'audit.checkWitness', {})).toMatchObject({ witness: { id: witnessed }, verdict: 'differs' });
    await kiosk.close();
    const verified = await cli();
    expect(verified.stdout).toMatch(new RegExp(`^OK \\d+ entries\\nWITNESS BROKEN at entry ${witnessed}: its hash is not the one`));
    expect(verified.code).toBe(3);
  });

  it('catches an end cut off below the witness with the anchor moved back, which verify alone cannot (exit 4)', async () => {
    const witnessed = await deliverRefund();
    await logSomething(2);
    await tamper(async (db) => {
      await db.exec('DROP TRIGGER audit_log_no_delete');
      await db.run('DELETE FROM audit_log WHERE id > ?', [witnessed - 4]);
    });
    expect(await call(kiosk, 'audit.verify', {})).toMatchObject({ ok: true });
    const check = await call(kiosk, 'audit.checkWitness', {});
    expect(check).toMatchObject({ witness: { id: witnessed }, verdict: 'beyondEnd' });
    expect(check.lastId).toBeLessThan(witnessed);
    await kiosk.close();
    const verified = await cli();
    expect(verified.stdout).toMatch(
      new RegExp(`^OK \\d+ entries\\nWITNESS BROKEN: the court's witness of \\S+ names entry ${witnessed}, but the log ends at entry \\d+`),
    );
    expect(verified.code).toBe(4);
  });

  it('is kept as received: the court’s books refuse to change or lose a witness', async () => {
    await deliverRefund();
    await kiosk.close();
    const db = await Database.open(join(data.dir, DB_FILE));
    try {
      await expect(db.run("UPDATE demo_court_audit_witnesses SET hash = 'x'")).rejects.toThrow(/keeps its witnesses/);
      await expect(db.run('DELETE FROM demo_court_audit_witnesses')).rejects.toThrow(/keeps its witnesses/);
    } finally {
      await db.close();
    }
  });
});

describe('a court over HTTP', () => {
  it('is asked for its witness of this terminal (GET audit-witness), and a rewrite is caught against it', async () => {
    const court = await startFlakyCourt();
    try {
      await call(kiosk, 'config.set', { patch: { courtEndpoint: { url: court.url, timeoutMs: 1000 } } });
      const witnessed = await deliverRefund();
      const { terminalId } = await call(kiosk, 'config.get', {});
      expect(court.witnesses.get(terminalId)).toMatchObject({ id: witnessed });
      expect(await call(kiosk, 'audit.checkWitness', {})).toMatchObject({ witness: court.witnesses.get(terminalId), verdict: 'agrees' });

      await tamper(rewriteEveryHash);
      expect(await call(kiosk, 'audit.checkWitness', {})).toMatchObject({ witness: { id: witnessed }, verdict: 'differs' });

      // A court that cannot answer is not a verdict on the log.
      court.faults = () => 'error500';
      expect(await reply(kiosk, 'audit.checkWitness', {})).toMatchObject({ ok: false, error: { code: 'COURT_UNAVAILABLE' } });
    } finally {
      await court.close();
    }
  });
});
