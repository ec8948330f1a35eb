// The outbox's 10,000-submission test (services/outbox/outbox.test.ts) with the hub on PostgreSQL as
// the court, behind a proxy that loses, doubles and cuts its answers after it has booked: none lost,
// none booked twice, every terminal row holds the hub's first reference.
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { enqueueSubmission } from '../../../main/services/outbox/outbox';
import { Database } from '../../../main/services/storage/database';
import { DB_FILE } from '../../../main/services/storage/open-storage';
import { seededFaultMix } from '../support/flaky-court';
import { tempKiosk } from '../support/temp-kiosk';
import { startFlakyProxy } from './support/flaky-proxy';
import { startTempHub, stopSharedCluster } from './support/temp-hub';

afterAll(() => stopSharedCluster());

const COUNT = 10_000;

it('delivers 10,000 submissions to the hub through a flaky network: none lost, none booked twice', async () => {
  const hub = await startTempHub('postgres');
  const proxy = await startFlakyProxy(hub.url);
  const kiosk = await tempKiosk({ backoff: { baseMs: 1, maxMs: 20, random: () => 0.5 } });
  try {
    await kiosk.hub.enrol(proxy.url, await hub.hub.newEnrolmentCode('terminal', { site: 'centre', group: 'centre' }), 'KIOSK-01');
    await kiosk.handlers['config.set']({ patch: { courtEndpoint: { url: `${proxy.url}/court/v1`, timeoutMs: 500 } } });
    const db = await Database.open(join(kiosk.dataDir, DB_FILE));
    for (let start = 0; start < COUNT; start += 1000) {
      await db.transaction(async (tx) => {
        for (let i = start; i < start + 1000; i++)
          await enqueueSubmission(tx, { key: `key-${i}`, kind: 'filing', receiptNo: `R-${i}`, payload: { n: i, name: '张建国' } }, new Date());
      });
    }
    proxy.faults = seededFaultMix();
    let passes = 0;
    while ((await kiosk.handlers['sync.status']({})).waiting > 0) {
      if (++passes > 3000) throw new Error('outbox did not drain');
      await kiosk.sync.syncOnce();
    }
    const rows = await db.all<{ key: string; state: string; court_ref: string }>('SELECT key, state, court_ref FROM outbox');
    await db.close();
    const booked = await hub.store.query<{ key: string; receipt_no: string; court_ref: string }>('SELECT key, receipt_no, court_ref FROM court_submissions');
    expect(booked).toHaveLength(COUNT);
    expect(new Set(booked.map((b) => b.receipt_no)).size).toBe(COUNT);
    expect(rows.filter((r) => r.state !== 'acknowledged')).toEqual([]);
    const refs = new Map(booked.map((b) => [b.key, b.court_ref]));
    expect(rows.filter((r) => r.court_ref !== refs.get(r.key))).toEqual([]);
    expect(proxy.spoiled).toBeGreaterThan(COUNT / 100 / 3); // the faults really forced retries
  } finally {
    await kiosk.dispose();
    await proxy.close();
    await hub.close();
  }
}, 180_000);
