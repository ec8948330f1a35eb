// Paying a fee notice: look it up, check it, choose card or QR, then follow the payment live.
// Every fees.paymentChanged for this notice is kept, because it may arrive before fees.pay answers.
import { useState } from 'react';
import type { FeeNotice, KioskErrorShape, Payment } from '../../../../contract';
import { callKiosk, errorShapeOf, useKioskEvent } from '../../kiosk';
import { NoticeDetails } from './NoticeDetails';
import { NoticeLookup, type NoticeQuery } from './NoticeLookup';
import { laterReport } from './payment-progress';
import type { PaymentMethod } from './PaymentMethodButtons';
import { PaymentStatus } from './PaymentStatus';

type Stage = { at: 'lookup' } | { at: 'notice'; query: NoticeQuery; notice: FeeNotice } | { at: 'paying'; query: NoticeQuery; notice: FeeNotice; paymentId: string };

export function NoticePayment({ onLeave }: { onLeave(): void }) {
  const [stage, setStage] = useState<Stage>({ at: 'lookup' });
  const [reports, setReports] = useState<Record<string, Payment>>({});
  const [starting, setStarting] = useState<PaymentMethod | null>(null);
  const [startError, setStartError] = useState<KioskErrorShape | null>(null);

  const remember = (payment: Payment) => setReports((known) => ({ ...known, [payment.id]: laterReport(known[payment.id], payment) }));
  const noticeNo = stage.at === 'lookup' ? null : stage.notice.noticeNo;
  useKioskEvent('fees.paymentChanged', (payment) => {
    if (payment.noticeNo === noticeNo) remember(payment);
  });

  if (stage.at === 'lookup') {
    return <NoticeLookup onLeave={onLeave} onFound={(query, notice) => setStage({ at: 'notice', query, notice })} />;
  }

  const { query, notice } = stage;
  // The backend returns the payment already under way to a second tap; the UI doesn't send one.
  const pay = async (method: PaymentMethod) => {
    if (starting) return;
    setStarting(method);
    setStartError(null);
    try {
      const payment = await callKiosk('fees.pay', { ...query, method });
      remember(payment);
      setStage({ at: 'paying', query, notice, paymentId: payment.id });
    } catch (err) {
      setStartError(errorShapeOf(err));
    } finally {
      setStarting(null);
    }
  };
  // After a decline or a cancel the notice is read again, so "already paid" is never stale.
  const backToNotice = async () => {
    try {
      setStage({ at: 'notice', query, notice: await callKiosk('fees.findNotice', query) });
    } catch (err) {
      setStartError(errorShapeOf(err));
      setStage({ at: 'notice', query, notice });
    }
  };

  if (stage.at === 'paying') {
    const payment = reports[stage.paymentId];
    if (payment) return <PaymentStatus payment={payment} query={query} starting={starting} onPay={(method) => void pay(method)} onBackToNotice={() => void backToNotice()} />;
  }
  return <NoticeDetails notice={notice} starting={starting} error={startError} onPay={(method) => void pay(method)} onAnother={() => setStage({ at: 'lookup' })} />;
}
