// Cutting off the end of the audit log: with a copy of sqlite3 an attacker can drop the triggers and
// delete the LAST entries, leaving a shorter chain that is valid on its own. The head kept outside
// the table (the anchor file in the data folder) and sent to the court with every submission shows
// it: verify names the cut, tolerates an anchor one commit behind, and reports a missing anchor.
import { DomainEvents } from '../../../../main/services/domain-events';
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUDIT_ANCHOR_FILE, type AuditVerdict } from '../../../../main/services/audit/audit-log';
import type { CourtGateway, Submission } from '../../../../main/services/court/court-gateway';
import { EventBus } from '../../../../main/services/events';
import { SyncWorker } from '../../../../main/services/outbox/sync-worker';
import { Database } from '../../../../main/services/storage/database';
import { DB_FILE } from '../../../../main/services/storage/open-storage';
import { runCli } from '../../support/cli-run';
import { REFUND_REQUEST } from '../../support/refund-request';
import { ADMIN_PIN, staffCalls } from '../../support/staff-calls';
import { manualClock, tempDir, tempKiosk } from '../../support/temp-kiosk';

// Sign-ins run scrypt and the CLI runs as real processes: slow on a busy 2-core machine.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 120_000 });

let kiosk: Awaited<ReturnType<typeof tempKiosk>>;
let api: ReturnType<typeof staffCalls>;
let data: ReturnType<typeof tempDir>;
let dataDir: string;
beforeEach(async () => {
  data = tempDir();
  dataDir = data.dir;
  kiosk = await tempKiosk({ clock: manualClock(), dataDir });
  api = staffCalls(kiosk);
  const { admin } = await api.staffReady();
  await api.call('config.set', { patch: { idle: { timeoutSeconds: 600, countdownSeconds: 20 } } }, admin);
  expect(await api.call('fees.refund', REFUND_REQUEST)).toMatchObject({ ok: true });
});
afterEach(async () => {
  // Some tests close the kiosk to let the CLI or sqlite3 at its folder; closing twice is harmless here.
  await kiosk.close().catch(() => undefined);
  data.remove();
});

const anchorFile = () => join(dataDir, AUDIT_ANCHOR_FILE);
const readAnchor = () => JSON.parse(readFileSync(anchorFile(), 'utf8')) as { id: number; hash: string; at: string };
const sqlite3 = (sql: string) => promisify(execFile)('sqlite3', [join(dataDir, DB_FILE), sql]);
const verify = async () => {
  const reply = await api.operator('audit.verify', {});
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  return reply.value as AuditVerdict;
};

/** Closes the kiosk, lets `body` at its data folder, and opens the kiosk again on it. */
async function betweenRuns(body: () => Promise<unknown>): Promise<void> {
  await kiosk.close();
  await body();
  kiosk = await tempKiosk({ dataDir });
  api = staffCalls(kiosk);
}

const cli = (...args: string[]) => runCli(dataDir, ...args);

describe('the anchor file', () => {
  it('holds the head of the chain after every append, written whole', async () => {
    const db = await Database.open(join(dataDir, DB_FILE));
    try {
      const head = await db.get<{ id: number; hash: string; at: string }>('SELECT id, hash, at FROM audit_log ORDER BY id DESC LIMIT 1');
      expect(head!.id).toBe(8);
      expect(readAnchor()).toEqual(head);
    } finally {
      await db.close();
    }
    expect(await verify()).toEqual({ ok: true, count: 8, firstBrokenId: null, missingAfter: null, anchorMissing: false });
  });
});

describe('a cut-off tail', () => {
  it('is found when the last entries are deleted behind the triggers’ back, by the service and by the CLI (exit 1)', async () => {
    await betweenRuns(() => sqlite3('DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id > (SELECT MAX(id) - 3 FROM audit_log);'));
    expect(await verify()).toEqual({ ok: false, count: 5, firstBrokenId: null, missingAfter: 5, anchorMissing: false });
    // New entries on the shortened chain do not move the anchor over the evidence.
    await api.signIn(ADMIN_PIN, 'admin');
    const after = await verify();
    expect(after).toMatchObject({ ok: false, firstBrokenId: null, missingAfter: after.count });
    expect(after.count).toBeGreaterThan(5);
    await kiosk.close();
    const cut = await cli('audit', 'verify');
    expect(cut.code).toBe(1);
    expect(cut.stdout).toMatch(/^BROKEN: entries after \d+ are missing\b/);
  });

  it('is found when the deleted tail was replaced by a forged one that chains correctly', async () => {
    const anchored = readAnchor();
    // Same ids, new content: the forger recomputes each hash, but the anchored one cannot match.
    await betweenRuns(async () => {
      await sqlite3('DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id >= 7;');
      rmSync(anchorFile());
    });
    const admin = await api.signIn(ADMIN_PIN, 'admin');
    await api.call('admin.export', { kind: 'tickets', from: '2026-11-23', to: '2026-11-23' }, admin);
    writeFileSync(anchorFile(), JSON.stringify(anchored));
    const verdict = await verify();
    expect(verdict).toMatchObject({ ok: false, firstBrokenId: null, missingAfter: anchored.id - 1 });
  });
});

describe('an anchor that lags the table', () => {
  it('is no fault while the entry it names is unchanged (a crash between the commit and the anchor write)', async () => {
    const db = await Database.open(join(dataDir, DB_FILE));
    const [previous] = await db.all<{ id: number; hash: string; at: string }>('SELECT id, hash, at FROM audit_log ORDER BY id DESC LIMIT 1 OFFSET 1');
    await db.close();
    writeFileSync(anchorFile(), JSON.stringify(previous));
    expect(await verify()).toEqual({ ok: true, count: 8, firstBrokenId: null, missingAfter: null, anchorMissing: false });
    await kiosk.close();
    expect(await cli('audit', 'verify')).toEqual({ code: 0, stdout: expect.stringMatching(/^OK \d+ entries\n$/) as unknown });
  });
});

describe('a deleted anchor file', () => {
  it('is reported on a log with entries (exit 1), and not quietly recreated by the next append', async () => {
    rmSync(anchorFile());
    expect(await verify()).toEqual({ ok: false, count: 8, firstBrokenId: null, missingAfter: null, anchorMissing: true });
    await api.signIn(ADMIN_PIN, 'admin');
    expect(await verify()).toMatchObject({ ok: false, anchorMissing: true });
    await kiosk.close();
    const missing = await cli('audit', 'verify');
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/^BROKEN: the anchor file is missing\b/);
  });
});

describe('every submission sent to the court', () => {
  it('carries the audit head at the time it is sent', async () => {
    const sent: Submission[][] = [];
    const court: CourtGateway = {
      kind: 'demo',
      findFeeNotice: async () => null,
      findFilingFeeNotice: async () => null,
      caseStatus: async () => null,
      auditWitness: async () => null,
      submit: async (batch) => {
        sent.push(batch);
        return batch.map((s) => ({ key: s.key, status: 'accepted', courtRef: `REF-${s.receiptNo}` }));
      },
    };
    await kiosk.close();
    const db = await Database.open(join(dataDir, DB_FILE));
    try {
      // The outbox still holds the refund: the demo court in the kiosk was never given a pass in this test.
      await db.run("UPDATE outbox SET state = 'pending', next_attempt_at = '2000-01-01T00:00:00.000Z'");
      const worker = new SyncWorker({
        db,
        clock: manualClock(),
        court: async () => court,
        events: new EventBus(),
        domainEvents: new DomainEvents(),
        log: () => undefined,
      });
      await worker.syncOnce();
      const head = readAnchor();
      expect(sent.flat()).toHaveLength(1);
      expect(sent[0]![0]).toMatchObject({ kind: 'refund', auditHead: { id: head.id, hash: head.hash } });
    } finally {
      await db.close();
    }
  });
});
