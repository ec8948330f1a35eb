// Case progress through the contract: the demo court's sample cases, a real HTTP court on 127.0.0.1
// (and its faults), and a kiosk receipt followed from the outbox to the court's reference.
import { afterEach, describe, expect, it } from 'vitest';
import { startFlakyCourt, type FlakyCourt } from '../../support/flaky-court';
import { manualClock, tempKiosk } from '../../support/temp-kiosk';
import { reply } from '../../support/contract-call';

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

describe('cases.receipt', () => {
  it('follows a kiosk receipt from queued to the court’s reference', async () => {
    kiosk = await tempKiosk({ clock: clock() });
    const submitted = await reply(kiosk, 'fees.refund', {
      caseNumber: ZHANG.caseNumber,
      accountHolder: '张建国',
      bankCardNumber: '6222 0202 0000 0000 006',
      bankName: '中国工商银行',
      phone: '13800138000',
      reason: 'overpaid',
    });
    if (!submitted.ok) throw new Error(JSON.stringify(submitted.error));
    const { receiptNo } = submitted.value as { receiptNo: string };
    expect(await reply(kiosk, 'cases.receipt', { receiptNo })).toMatchObject({
      ok: true,
      value: { receiptNo, kind: 'refund', state: 'pending', courtRef: null },
    });
    await kiosk.sync.syncOnce();
    expect(await reply(kiosk, 'cases.receipt', { receiptNo: ` ${receiptNo.toLowerCase()} ` })).toMatchObject({
      ok: true,
      value: { state: 'acknowledged', courtRef: expect.stringMatching(/^DEMO-REFUND-/) },
    });
    expect(await reply(kiosk, 'cases.receipt', { receiptNo: 'KIOSK-01-TF-20261123-0999' })).toMatchObject({ ok: false, error: { code: 'RECEIPT_NOT_FOUND' } });
  });
});
