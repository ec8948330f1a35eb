// kill -9 of the kiosk in the middle of a payment: after restart, exactly one charge, confirmed,
// or none at all — never a charge the court does not hear of.
import { once } from 'node:events';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Database } from '../../../../main/services/storage/database';
import { DB_FILE } from '../../../../main/services/storage/open-storage';
import { spawnTs } from '../../support/spawn-ts';
import { tempDir, tempKiosk } from '../../support/temp-kiosk';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanups.splice(0)) await f();
});

/** Runs the victim until its payment reaches `state` in the database, then kills it with SIGKILL. */
async function killAt(dataDir: string, state: string, cardWaitMs: number, courtDown: boolean): Promise<void> {
  const child = spawnTs(join(__dirname, '../../support/payment-victim.ts'), [dataDir, String(cardWaitMs), courtDown ? 'yes' : 'no']);
  const exited = new Promise((resolve) => child.on('exit', resolve));
  cleanups.push(() => child.kill('SIGKILL'));
  await expect
    .poll(
      async () => {
        const db = await Database.open(join(dataDir, DB_FILE)).catch(() => null);
        const row = await db?.get<{ state: string }>('SELECT state FROM payments').catch(() => undefined);
        await db?.close();
        return row?.state;
      },
      { timeout: 15_000, interval: 50 },
    )
    .toBe(state);
  child.kill('SIGKILL');
  await exited;
}

async function restart(dataDir: string) {
  const kiosk = await tempKiosk({ dataDir });
  cleanups.push(() => kiosk.close());
  await kiosk.payments.reconcile();
  const db = await Database.open(join(dataDir, DB_FILE));
  cleanups.push(() => db.close());
  return { kiosk, db };
}

describe('a crash during a payment', () => {
  it('between authorisation and the court: after restart, one charge, confirmed', async () => {
    const data = tempDir();
    cleanups.push(data.remove);
    await killAt(data.dir, 'authorised', 300, true);
    const { kiosk, db } = await restart(data.dir);
    await kiosk.handlers['config.set']({ patch: { courtEndpoint: { url: null } } });
    // The outbox delivers the taken payment once its backoff from the failed attempt runs out.
    await expect
      .poll(async () => (await kiosk.sync.syncOnce(), await db.get<{ state: string }>('SELECT state FROM payments'))?.state, { timeout: 15_000, interval: 200 })
      .toBe('confirmed');
    const charges = Object.values(kiosk.simulators.paymentTerminal.ledger());
    expect(charges).toEqual([expect.objectContaining({ status: 'approved', amountFen: 330000 })]);
    expect(await db.all('SELECT state FROM payments')).toEqual([{ state: 'confirmed' }]);
    expect(await db.all('SELECT amount_fen FROM demo_court_payments')).toEqual([{ amount_fen: 330000 }]);
  });

  it('while the card is in the terminal: after restart, no charge and the notice can be paid', async () => {
    const data = tempDir();
    cleanups.push(data.remove);
    await killAt(data.dir, 'awaiting_payer', 60_000, false);
    const { kiosk, db } = await restart(data.dir);
    expect(kiosk.simulators.paymentTerminal.ledger()).toEqual({});
    expect(await db.all('SELECT state, failure FROM payments')).toEqual([{ state: 'failed', failure: 'notCharged' }]);
    const again = await kiosk.handlers['fees.pay']({ caseNumber: '（2026）粤0703民初1234号', payerIdNumber: '11010519491231002X', method: 'card' });
    await kiosk.payments.idle();
    await kiosk.sync.syncOnce();
    expect((await kiosk.handlers['fees.payment']({ paymentId: again.id })).state).toBe('confirmed');
  });
});

/** Runs the step victim, crashing it just before its k-th durable step (k = 0: never); its exit and output. */
async function crashBeforeStep(dataDir: string, k: number): Promise<{ signal: NodeJS.Signals | null; out: string }> {
  const child = spawnTs(join(__dirname, '../../support/payment-step-victim.ts'), [dataDir, String(k)], ['ignore', 'pipe', 'inherit']);
  cleanups.push(() => child.kill('SIGKILL'));
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  if (signal === null && code !== 0) throw new Error(`step victim ${k} failed with ${code}`);
  return { signal, out };
}

describe('a crash injected before every durable step of paying and delivering', () => {
  it('leaves exactly one charge, confirmed and booked once, or none at all', { timeout: 600_000 }, async () => {
    const clean = tempDir();
    cleanups.push(clean.remove);
    const steps = Number((await crashBeforeStep(clean.dir, 0)).out);
    expect(steps).toBeGreaterThan(10);
    const outcomes = new Map<string, number>();
    for (let k = 1; k <= steps; k++) {
      const data = tempDir();
      const { signal } = await crashBeforeStep(data.dir, k);
      expect(signal, `step ${k} of ${steps}`).toBe('SIGKILL');
      const kiosk = await tempKiosk({ dataDir: data.dir });
      const db = await Database.open(join(data.dir, DB_FILE));
      try {
        // What a restart does: reconcile, deliver, and reconcile again as the next housekeeping would.
        await kiosk.payments.reconcile();
        await kiosk.sync.syncOnce();
        await kiosk.payments.reconcile();
        const charges = Object.values(kiosk.simulators.paymentTerminal.ledger()).filter((c) => c.status === 'approved');
        const payments = await db.all<{ state: string }>('SELECT state FROM payments');
        const booked = await db.all<{ amount_fen: number }>('SELECT amount_fen FROM demo_court_payments');
        const desk = await kiosk.handlers['desk.overview']({});
        const seen = `${charges.length} charge(s), payments ${payments.map((p) => p.state).join(',') || 'none'}`;
        if (charges.length === 0) {
          expect(
            payments.filter((p) => p.state === 'authorised' || p.state === 'confirmed'),
            `step ${k}: ${seen}`,
          ).toEqual([]);
          expect(booked, `step ${k}: ${seen}`).toEqual([]);
        } else {
          expect(charges, `step ${k}: ${seen}`).toHaveLength(1);
          expect(payments, `step ${k}: ${seen}`).toEqual([{ state: 'confirmed' }]);
          expect(booked, `step ${k}: ${seen}`).toEqual([{ amount_fen: 330000 }]);
        }
        expect(desk.unknownPayments, `step ${k}: ${seen}`).toEqual([]);
        outcomes.set(seen, (outcomes.get(seen) ?? 0) + 1);
      } finally {
        await db.close();
        await kiosk.close();
        data.remove();
      }
    }
    // Both sides of the charge were reached: crashes before it and after it.
    expect([...outcomes.keys()]).toEqual(expect.arrayContaining(['0 charge(s), payments none', '1 charge(s), payments confirmed']));
    console.log(`crash before each of ${steps} steps:`, Object.fromEntries(outcomes));
  });
});
