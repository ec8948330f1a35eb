// Printing a payment voucher through the contract: only for a confirmed payment, only to its payer,
// and the printed job carries the voucher number the screen showed, from the notice kept with the payment.
import { afterEach, describe, expect, it } from 'vitest';
import type { Payment, PrintJob } from '../../../../contract';
import { manualClock, tempKiosk } from '../../support/temp-kiosk';
import { reply } from '../../support/contract-call';

const NOTICE = { caseNumber: '（2026）粤0703民初1234号', payerIdNumber: '11010519491231002X' };
let kiosk: Awaited<ReturnType<typeof tempKiosk>>;
afterEach(() => kiosk.dispose());

async function paid(): Promise<Payment> {
  const started = await reply(kiosk, 'fees.pay', { ...NOTICE, method: 'card' });
  if (!started.ok) throw new Error(started.error.code);
  await kiosk.payments.idle();
  await kiosk.sync.syncOnce();
  const payment = await reply(kiosk, 'fees.payment', { paymentId: (started.value as Payment).id });
  return payment.ok ? (payment.value as Payment) : Promise.reject(new Error(payment.error.code));
}

describe('print.paymentVoucher', () => {
  it('prints the voucher of a confirmed payment under its voucher number', async () => {
    kiosk = await tempKiosk({ clock: manualClock('2026-11-23T09:30:00.000Z') });
    const payment = await paid();
    expect(payment.state).toBe('confirmed');
    const printed = await reply(kiosk, 'print.paymentVoucher', { paymentId: payment.id, ...NOTICE, language: 'zh-CN' });
    expect(printed.ok && (printed.value as PrintJob)).toMatchObject({ kind: 'payment-voucher', documentNo: payment.voucherNo });
  });

  it('prints from the notice kept with the payment, without asking the court again, and still only for its payer', async () => {
    kiosk = await tempKiosk({ clock: manualClock('2026-11-23T09:30:00.000Z') });
    const payment = await paid();
    // Nothing listens here: asking the court now would fail with COURT_UNAVAILABLE.
    await reply(kiosk, 'config.set', { patch: { courtEndpoint: { url: 'http://127.0.0.1:9/court' } } });
    const printed = await reply(kiosk, 'print.paymentVoucher', { paymentId: payment.id, ...NOTICE, language: 'zh-CN' });
    expect(printed.ok && (printed.value as PrintJob)).toMatchObject({ kind: 'payment-voucher', documentNo: payment.voucherNo });
    const stranger = await reply(kiosk, 'print.paymentVoucher', { paymentId: payment.id, ...NOTICE, payerIdNumber: '440703198506120049', language: 'en' });
    expect(!stranger.ok && stranger.error).toMatchObject({ code: 'NOTICE_NOT_FOUND' });
  });

  it('refuses a payment that is not confirmed, and a payer ID that is not on the notice', async () => {
    kiosk = await tempKiosk({ clock: manualClock('2026-11-23T09:30:00.000Z') });
    kiosk.simulators.paymentTerminal.behave('decline');
    const declined = await paid();
    const refused = await reply(kiosk, 'print.paymentVoucher', { paymentId: declined.id, ...NOTICE, language: 'en' });
    expect(!refused.ok && refused.error).toMatchObject({ code: 'NOT_CONFIRMED', messageKey: 'fees.payment.errors.notConfirmed' });
    const confirmed = await paid();
    const stranger = await reply(kiosk, 'print.paymentVoucher', { paymentId: confirmed.id, ...NOTICE, payerIdNumber: '440703198506120049', language: 'en' });
    expect(stranger.ok).toBe(false);
  });
});
