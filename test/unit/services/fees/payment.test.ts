// Paying a fee notice under every behaviour of the simulated terminal and court: never charged
// twice, never a taken payment lost.
import { afterEach, describe, expect, it } from 'vitest';
import type { Payment } from '../../../../contract';
import { manualClock, tempKiosk } from '../../support/temp-kiosk';
import { call } from '../../support/contract-call';

const NOTICE = { caseNumber: '（2026）粤0703民初1234号', payerIdNumber: '11010519491231002X' };
let kiosk: Awaited<ReturnType<typeof tempKiosk>>;
const clock = manualClock('2026-11-23T09:30:00.000Z');
afterEach(() => kiosk.dispose());

async function open(payerDelayMs = 0) {
  kiosk = await tempKiosk({ payerDelayMs, clock });
  return kiosk;
}

const start = (method: 'card' | 'qr' = 'card') => call(kiosk, 'fees.pay', { ...NOTICE, method });
const approvedCharges = () => Object.values(kiosk.simulators.paymentTerminal.ledger()).filter((c) => c.status === 'approved');

/** After the terminal is done and the outbox has had its turn with the court. */
async function settled(id: string): Promise<Payment> {
  await kiosk.payments.idle();
  await kiosk.sync.syncOnce();
  return call(kiosk, 'fees.payment', { paymentId: id });
}

describe('paying a fee notice', () => {
  it('finds the notice, takes the card, books it with the court and numbers the voucher', async () => {
    await open();
    const notice = await call(kiosk, 'fees.findNotice', NOTICE);
    expect(notice).toMatchObject({ totalFen: 330000, paid: false });
    const seen: Payment[] = [];
    kiosk.events.subscribe((event, payload) => event === 'fees.paymentChanged' && seen.push(payload as Payment));
    const payment = await settled((await start()).id);
    expect(payment).toMatchObject({ state: 'confirmed', amountFen: 330000, voucherNo: expect.stringMatching(/^KIOSK-01-JF-20261123-0001-\d{5}$/) });
    expect(payment.courtRef).toMatch(/^DEMO-/);
    expect(seen.map((p) => p.state)).toEqual(['awaiting_payer', 'awaiting_payer', 'authorised', 'confirmed']);
    expect(seen[1]!.prompt).toEqual({ kind: 'insertCard' });
    expect(approvedCharges()).toEqual([expect.objectContaining({ amountFen: 330000 })]);
    expect(await call(kiosk, 'fees.findNotice', NOTICE)).toMatchObject({ paid: true });
    await expect(start()).rejects.toMatchObject({ code: 'ALREADY_PAID' });
    // The voucher's number opens to the payer's ID number, kept only as the payment's digest.
    expect(await call(kiosk, 'cases.receipt', { receiptNo: payment.voucherNo!, secondFactor: NOTICE.payerIdNumber })).toMatchObject({
      kind: 'payment',
      state: 'acknowledged',
    });
  });

  it('shows a QR code to scan when paying by QR', async () => {
    await open();
    const prompts: Payment['prompt'][] = [];
    kiosk.events.subscribe((event, payload) => event === 'fees.paymentChanged' && prompts.push((payload as Payment).prompt));
    const payment = await settled((await start('qr')).id);
    expect(payment.state).toBe('confirmed');
    expect(prompts).toContainEqual({ kind: 'scanQr', payload: expect.stringContaining(payment.id) });
  });

  it('answers a double tap with the payment already under way, and charges once', async () => {
    await open(50);
    const [a, b] = await Promise.all([start(), start()]);
    expect(b.id).toBe(a.id);
    expect((await settled(a.id)).state).toBe('confirmed');
    expect(approvedCharges()).toHaveLength(1);
  });

  it('fails a declined card, and a second try with another card can pay', async () => {
    await open();
    kiosk.simulators.paymentTerminal.behave('decline');
    const declined = await settled((await start()).id);
    expect(declined).toMatchObject({ state: 'failed', failure: 'insufficientFunds', voucherNo: null });
    const second = await settled((await start()).id);
    expect(second.id).not.toBe(declined.id);
    expect(second.state).toBe('confirmed');
    expect(approvedCharges()).toHaveLength(1);
  });

  it('records a payer who walks away at the terminal as cancelled', async () => {
    await open();
    kiosk.simulators.paymentTerminal.behave('payerCancels');
    expect((await settled((await start()).id)).state).toBe('cancelled');
    expect(approvedCharges()).toHaveLength(0);
  });

  it('lets the payer cancel on screen while the terminal waits', async () => {
    await open(60_000);
    const payment = await start();
    await expect.poll(async () => (await call(kiosk, 'fees.payment', { paymentId: payment.id })).state).toBe('awaiting_payer');
    expect(await call(kiosk, 'fees.cancelPayment', { paymentId: payment.id })).toMatchObject({ state: 'cancelled' });
    expect(approvedCharges()).toHaveLength(0);
  });

  it('keeps a timed-out payment unknown until reconciliation finds it was never charged', async () => {
    await open();
    kiosk.simulators.paymentTerminal.behave('timeout');
    const payment = await settled((await start()).id);
    expect(payment).toMatchObject({ state: 'unknown', failure: 'timeout' });
    // While unknown, the notice cannot be paid again: the money may be on its way.
    expect((await start()).id).toBe(payment.id);
    await kiosk.payments.reconcile();
    expect(await call(kiosk, 'fees.payment', { paymentId: payment.id })).toMatchObject({ state: 'failed', failure: 'notCharged' });
  });

  it('recovers a charge whose answer was lost when the terminal disconnected', async () => {
    await open();
    kiosk.simulators.paymentTerminal.behave('disconnectAfterCharge');
    const payment = await settled((await start()).id);
    expect(payment.state).toBe('confirmed');
    expect(approvedCharges()).toHaveLength(1);
  });

  it('keeps a taken payment authorised while the court is down, and books it when it is back', async () => {
    await open(100);
    const started = await start();
    // The court goes away while the payer is at the terminal.
    await call(kiosk, 'config.set', { patch: { courtEndpoint: { url: 'http://127.0.0.1:9/court' } } });
    const payment = await settled(started.id);
    expect(payment).toMatchObject({ state: 'authorised', courtRef: null });
    expect(payment.voucherNo).not.toBeNull();
    expect(await call(kiosk, 'sync.status', {})).toEqual({ online: false, waiting: 1, rejected: 0 });
    await call(kiosk, 'config.set', { patch: { courtEndpoint: { url: null } } });
    // Nothing is sent again before its backoff has run out…
    await kiosk.sync.syncOnce();
    expect((await call(kiosk, 'fees.payment', { paymentId: payment.id })).state).toBe('authorised');
    // …and once it has, the payment is booked, under the same voucher.
    clock.advance(10 * 60_000);
    await kiosk.sync.syncOnce();
    expect(await call(kiosk, 'fees.payment', { paymentId: payment.id })).toMatchObject({ state: 'confirmed', voucherNo: payment.voucherNo });
    expect(await call(kiosk, 'sync.status', {})).toEqual({ online: true, waiting: 0, rejected: 0 });
    expect(approvedCharges()).toHaveLength(1);
  });

  it.each([
    [{ ...NOTICE, caseNumber: '2026粤0703民初1234' }, 'INVALID_CASE_NUMBER'],
    [{ ...NOTICE, payerIdNumber: '110105194912310021' }, 'INVALID_ID_NUMBER'],
    [{ ...NOTICE, caseNumber: '（2026）粤0703民初9999号' }, 'NOTICE_NOT_FOUND'],
    [{ caseNumber: '（2026）粤0703民初2088号', payerIdNumber: '11010519491231002X' }, 'NOTICE_NOT_FOUND'],
  ])('refuses a lookup it cannot match (%o → %s)', async (query, code) => {
    await open();
    await expect(call(kiosk, 'fees.findNotice', query)).rejects.toMatchObject({ code });
    await expect(call(kiosk, 'fees.pay', { ...query, method: 'card' })).rejects.toMatchObject({ code });
    expect(kiosk.simulators.paymentTerminal.ledger()).toEqual({});
  });
});
