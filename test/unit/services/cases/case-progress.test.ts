// Case progress through the contract: the demo court's sample cases, a real HTTP court on 127.0.0.1
// (and its faults), and a kiosk receipt followed from the outbox to the court's reference — only by
// the one who handed it in, with wrong tries counted (issue 15 item 6).
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../../../contract';
import { Database } from '../../../../main/services/storage/database';
import { DB_FILE } from '../../../../main/services/storage/open-storage';
import { startFlakyCourt, type FlakyCourt } from '../../support/flaky-court';
import { manualClock, tempKiosk } from '../../support/temp-kiosk';
import { call, reply } from '../../support/contract-call';

let kiosk: Awaited<ReturnType<typeof tempKiosk>>;
let court: FlakyCourt | undefined;
afterEach(async () => {
  await kiosk.dispose();
  await court?.close();
  court = undefined;
});
const clock = () => manualClock('2026-11-23T02:00:00.000Z');

const ZHANG = { caseNumber: '（2026）粤0703民初1234号', idNumber: '11010519491231002X' };

describe('cases.status', () => {
  it('tells a party where the demo court’s case stands, with the next hearing', async () => {
    kiosk = await tempKiosk({ clock: clock() });
    expect(await reply(kiosk, 'cases.status', ZHANG)).toMatchObject({
      ok: true,
      value: { caseNumber: ZHANG.caseNumber, stage: 'hearingScheduled', judge: '王敏', nextHearing: { at: '2026-12-08T09:30:00+08:00' } },
    });
  });

  it('gives one answer for no such case and for someone who is not a party', async () => {
    kiosk = await tempKiosk({ clock: clock() });
    const stranger = await reply(kiosk, 'cases.status', { ...ZHANG, idNumber: '440703198506120049' });
    const missing = await reply(kiosk, 'cases.status', { ...ZHANG, caseNumber: '（2026）粤0703民初9999号' });
    expect(stranger).toEqual(missing);
    expect(stranger).toMatchObject({ ok: false, error: { code: 'CASE_NOT_FOUND', messageKey: 'court.errors.caseNotFound' } });
  });

  it('finds a case by the passport or permit number a party filed with, written as it prints', async () => {
    kiosk = await tempKiosk({ clock: clock() });
    const property = { caseNumber: '（2026）粤0703民初2088号' };
    expect(await reply(kiosk, 'cases.status', { ...property, idNumber: 'e1234 5678' })).toMatchObject({ ok: true, value: { stage: 'feesDue' } });
    expect(await reply(kiosk, 'cases.status', { ...property, idNumber: 'E12-345' })).toMatchObject({ ok: false, error: { code: 'INVALID_ID_NUMBER' } });
  });

  it('refuses a malformed case number or ID number before asking the court', async () => {
    kiosk = await tempKiosk({ clock: clock() });
    expect(await reply(kiosk, 'cases.status', { ...ZHANG, caseNumber: '1234号' })).toMatchObject({ ok: false, error: { code: 'INVALID_CASE_NUMBER' } });
    expect(await reply(kiosk, 'cases.status', { ...ZHANG, idNumber: '110105194912310021' })).toMatchObject({ ok: false, error: { code: 'INVALID_ID_NUMBER' } });
  });

  it('asks a configured court over HTTP, and says so plainly when it cannot be reached', async () => {
    court = await startFlakyCourt();
    court.cases.push({
      partyIdNumbers: [ZHANG.idNumber],
      status: {
        caseNumber: ZHANG.caseNumber,
        cause: { 'zh-CN': '民间借贷纠纷' },
        stage: 'assigned',
        judge: '李华',
        nextHearing: null,
        history: [{ date: '2026-11-20', stage: 'assigned' }],
      },
    });
    kiosk = await tempKiosk({ clock: clock() });
    await kiosk.handlers['config.set']({ patch: { courtEndpoint: { url: court.url, timeoutMs: 1000 } } });
    expect(await reply(kiosk, 'cases.status', ZHANG)).toMatchObject({ ok: true, value: { stage: 'assigned', judge: '李华' } });
    court.faults = () => 'error500';
    expect(await reply(kiosk, 'cases.status', ZHANG)).toMatchObject({
      ok: false,
      error: { code: 'COURT_UNAVAILABLE', messageKey: 'court.errors.unavailable' },
    });
  });
});

const REFUND = {
  caseNumber: ZHANG.caseNumber,
  accountHolder: '张建国',
  bankCardNumber: '6222 0202 0000 0000 006',
  bankName: '中国工商银行',
  phone: '13800138000',
  reason: 'overpaid',
} satisfies MethodInput<'fees.refund'>;

async function refund(phone = REFUND.phone): Promise<string> {
  return (await call(kiosk, 'fees.refund', { ...REFUND, phone })).receiptNo;
}

/** The kiosk's database, opened beside it as an old terminal's or a purge would leave it. */
async function kioskDb(): Promise<Database> {
  const db = await Database.open(join(kiosk.dataDir, DB_FILE));
  opened.push(db);
  return db;
}
const opened: Database[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.close();
});

describe('cases.receipt', () => {
  it('follows a kiosk receipt from queued to the court’s reference, for the one who handed it in', async () => {
    const time = clock();
    kiosk = await tempKiosk({ clock: time });
    // No court answers at first: the receipt is seen sent and waiting, whatever the sync worker does meanwhile.
    await kiosk.handlers['config.set']({ patch: { courtEndpoint: { url: 'http://127.0.0.1:9', timeoutMs: 500 } } });
    const receiptNo = await refund();
    await kiosk.sync.syncOnce();
    expect(await reply(kiosk, 'cases.receipt', { receiptNo, secondFactor: '8000' })).toMatchObject({
      ok: true,
      value: { receiptNo, kind: 'refund', state: 'sent', courtRef: null },
    });
    await kiosk.handlers['config.set']({ patch: { courtEndpoint: { url: null, timeoutMs: 1000 } } });
    time.advance(3_600_000);
    await kiosk.sync.syncOnce();
    expect(await reply(kiosk, 'cases.receipt', { receiptNo: ` ${receiptNo.toLowerCase()} `, secondFactor: ' 8000 ' })).toMatchObject({
      ok: true,
      value: { state: 'acknowledged', courtRef: expect.stringMatching(/^DEMO-REFUND-/) },
    });
  });

  it('refuses the right number with a wrong factor exactly as a wrong number, saying neither', async () => {
    kiosk = await tempKiosk({ clock: clock() });
    const receiptNo = await refund();
    const wrongFactor = await reply(kiosk, 'cases.receipt', { receiptNo, secondFactor: '1234' });
    const wrongCheck = await reply(kiosk, 'cases.receipt', {
      receiptNo: `${receiptNo.slice(0, -1)}${(Number(receiptNo.at(-1)) + 1) % 10}`,
      secondFactor: '8000',
    });
    const noCheck = await reply(kiosk, 'cases.receipt', { receiptNo: receiptNo.slice(0, -6), secondFactor: '8000' });
    for (const [refusal, triesLeft] of [
      [wrongFactor, 4],
      [wrongCheck, 3],
      [noCheck, 2],
    ] as const) {
      expect(refusal).toEqual({ ok: false, error: { code: 'RECEIPT_NOT_FOUND', messageKey: 'court.errors.receiptRefused', details: { triesLeft } } });
    }
    // Someone else's ID number opens nothing either; the filer's own phone does, and starts the count afresh.
    expect(await reply(kiosk, 'cases.receipt', { receiptNo, secondFactor: ZHANG.idNumber })).toMatchObject({ ok: false, error: { details: { triesLeft: 1 } } });
    expect(await reply(kiosk, 'cases.receipt', { receiptNo, secondFactor: '8000' })).toMatchObject({ ok: true });
    expect(await reply(kiosk, 'cases.receipt', { receiptNo, secondFactor: '0000' })).toMatchObject({ ok: false, error: { details: { triesLeft: 4 } } });
  });

  it('locks this terminal’s lookups and reprints after 5 wrong tries, the right answer too, until the wait is over', async () => {
    const time = clock();
    kiosk = await tempKiosk({ clock: time });
    const receiptNo = await refund();
    // Fired together, as a script would: they are still counted one by one.
    const guesses = await Promise.all(Array.from({ length: 6 }, (_, i) => reply(kiosk, 'cases.receipt', { receiptNo, secondFactor: String(1000 + i) })));
    expect(guesses.map((g) => (g.ok ? 'ok' : g.error.code))).toEqual([...Array(4).fill('RECEIPT_NOT_FOUND'), 'RECEIPT_LOCKED', 'RECEIPT_LOCKED']);
    expect(guesses[5]).toMatchObject({ ok: false, error: { messageKey: 'court.errors.receiptLocked', details: { minutes: 5, tries: 5 } } });
    expect(await reply(kiosk, 'cases.receipt', { receiptNo, secondFactor: '8000' })).toMatchObject({ ok: false, error: { code: 'RECEIPT_LOCKED' } });
    expect(await reply(kiosk, 'print.refundReceipt', { receiptNo, secondFactor: '8000', language: 'zh-CN' })).toMatchObject({
      ok: false,
      error: { code: 'RECEIPT_LOCKED' },
    });
    time.advance(5 * 60_000);
    expect(await reply(kiosk, 'cases.receipt', { receiptNo, secondFactor: '8000' })).toMatchObject({ ok: true, value: { receiptNo } });
  });

  it('opens by a landline’s last four digits too, and still opens once the payload is purged', async () => {
    kiosk = await tempKiosk({ clock: clock() });
    const receiptNo = await refund('0757-22334455');
    const db = await kioskDb();
    await db.run('UPDATE outbox SET payload = NULL WHERE receipt_no = ?', [receiptNo]);
    expect(await reply(kiosk, 'cases.receipt', { receiptNo, secondFactor: '4455' })).toMatchObject({ ok: true, value: { receiptNo } });
  });

  it('accepts a number issued before checks only with its filer’s factor, and not once nothing shows who filed it', async () => {
    kiosk = await tempKiosk({ clock: clock() });
    const db = await kioskDb();
    // As a terminal before migration 016 wrote them: no check, no digests.
    const old = 'KIOSK-01-TF-20261120-0003';
    await db.run(
      "INSERT INTO outbox (key, kind, receipt_no, payload, state, next_attempt_at, created_at) VALUES ('old-1', 'refund', ?, ?, 'acknowledged', ?, ?)",
      [old, JSON.stringify({ ...REFUND, phone: '13900139000' }), '2026-11-20T02:00:00.000Z', '2026-11-20T02:00:00.000Z'],
    );
    expect(await reply(kiosk, 'cases.receipt', { receiptNo: old, secondFactor: '8000' })).toMatchObject({ ok: false, error: { code: 'RECEIPT_NOT_FOUND' } });
    expect(await reply(kiosk, 'cases.receipt', { receiptNo: old, secondFactor: '9000' })).toMatchObject({
      ok: true,
      value: { receiptNo: old, state: 'acknowledged' },
    });
    await db.run('UPDATE outbox SET payload = NULL WHERE receipt_no = ?', [old]);
    expect(await reply(kiosk, 'cases.receipt', { receiptNo: old, secondFactor: '9000' })).toMatchObject({ ok: false, error: { code: 'RECEIPT_NOT_FOUND' } });
  });
});
