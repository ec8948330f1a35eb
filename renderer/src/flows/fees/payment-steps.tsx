// Paying a fee notice, as three steps of the desk: look it up (or have it looked up with what a filing
// receipt handed over), check it and choose card or QR, then follow the payment live. The notice is read again each time its step opens, so "already paid"
// is never stale after a decline, a cancel or Back.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeeNotice, KioskErrorShape, Payment } from '../../../../contract';
import { callKiosk, errorShapeOf, useKioskEvent } from '../../kiosk';
import type { FlowValues, StepProps } from '../stepper/flow';
import { openStep } from './desk-step';
import { FiledNoticeLookup } from './FiledNoticeLookup';
import { NoticeDetails } from './NoticeDetails';
import { NoticeLookup, type NoticeQuery } from './NoticeLookup';
import { laterReport } from './payment-progress';
import type { PaymentMethod } from './PaymentMethodButtons';
import { PaymentStatus } from './PaymentStatus';

export interface FoundNotice {
  query: NoticeQuery;
  notice: FeeNotice;
}

/** The lookup step's value: a notice found, or a query handed over from a filing receipt, not asked yet. */
export type NoticeSearch = FoundNotice | { query: NoticeQuery; notice: null };

/** The payment being followed: the one the notice step started, or a second try after a decline. */
export interface FollowedPayment {
  startedId: string;
  payment: Payment;
}

const foundNotice = (values: Readonly<FlowValues>): FoundNotice | null => {
  const search = values['pay-lookup'] as NoticeSearch | null | undefined;
  return search?.notice ? search : null;
};
const startedPayment = (values: Readonly<FlowValues>) => (values['pay-notice'] as Payment | null | undefined) ?? null;

/** Paid, or nobody knows whether the card was charged: either way the notice must not be paid again from here. */
export const paymentSettled = (followed: FollowedPayment | null) => followed?.payment.state === 'confirmed' || followed?.payment.state === 'unknown';

/** Starts a payment; the backend returns the one already under way to a second tap, and the UI doesn't send one. */
function usePay(query: NoticeQuery | undefined, onStarted: (payment: Payment) => void) {
  const [starting, setStarting] = useState<PaymentMethod | null>(null);
  const [error, setError] = useState<KioskErrorShape | null>(null);
  const pay = async (method: PaymentMethod) => {
    if (starting || !query) return;
    setStarting(method);
    setError(null);
    try {
      onStarted(await callKiosk('fees.pay', { ...query, method }));
    } catch (err) {
      setError(errorShapeOf(err));
    } finally {
      setStarting(null);
    }
  };
  return { starting, error, setError, pay: (method: PaymentMethod) => void pay(method) };
}

export function LookupStep(props: StepProps<NoticeSearch | null>) {
  const { t } = useTranslation();
  const handed = props.value && !props.value.notice ? props.value.query : null;
  // Without a plaintiff's document (a company's case) there is nothing to look up with yet: the form asks for it.
  const [waiting, setWaiting] = useState(handed !== null && handed.payerIdNumber !== '');
  const [refusal, setRefusal] = useState<KioskErrorShape | null>(null);
  const found = (query: NoticeQuery, notice: FeeNotice) => {
    props.onChange({ query, notice });
    props.next();
  };
  if (handed && waiting)
    return (
      <FiledNoticeLookup
        query={handed}
        onFound={(notice) => found(handed, notice)}
        onRefused={(error) => {
          setRefusal(error);
          setWaiting(false);
        }}
        onLeave={() => setWaiting(false)}
      />
    );
  return (
    <>
      {handed?.payerIdNumber === '' && <p className="step-body__hint">{t('fees.payment.filed.plaintiffId')}</p>}
      <NoticeLookup handed={handed ? { query: handed, refusal } : undefined} onLeave={() => openStep(props, 'desk')} onFound={found} />
    </>
  );
}

export function NoticeStep(props: StepProps<Payment | null>) {
  const found = foundNotice(props.values);
  const [notice, setNotice] = useState(found?.notice ?? null);
  const { starting, error, setError, pay } = usePay(found?.query, (payment) => {
    props.onChange(payment);
    props.next();
  });
  const query = found?.query;
  useEffect(() => {
    if (!query) return;
    let current = true;
    callKiosk('fees.findNotice', query).then(
      (fresh) => current && setNotice(fresh),
      (err: unknown) => current && setError(errorShapeOf(err)),
    );
    return () => {
      current = false;
    };
  }, [query, setError]);
  if (!notice) return null;
  return <NoticeDetails notice={notice} starting={starting} error={error} onPay={pay} onAnother={() => openStep(props, 'pay-lookup')} />;
}

export function StatusStep(props: StepProps<FollowedPayment | null>) {
  const found = foundNotice(props.values);
  const started = startedPayment(props.values);
  const { value, onChange } = props;
  // Every report of this notice's payments, kept because one may arrive before fees.pay has answered.
  const reports = useRef<Record<string, Payment>>({});
  const remember = (arrived: Payment) => (reports.current[arrived.id] = laterReport(reports.current[arrived.id], arrived));
  // A payment started again from the notice step replaces the one followed before.
  const followed = started && value?.startedId === started.id ? value : started ? { startedId: started.id, payment: remember(started) } : null;
  const follow = (payment: Payment) => onChange({ startedId: followed?.startedId ?? payment.id, payment: remember(payment) });

  useKioskEvent('fees.paymentChanged', (payment) => {
    if (payment.noticeNo !== found?.notice.noticeNo) return;
    const known = remember(payment);
    if (followed && payment.id === followed.payment.id) onChange({ startedId: followed.startedId, payment: known });
  });
  // Reports sent while the screen was changing are read once on opening.
  const followedId = followed?.payment.id;
  useEffect(() => {
    if (!followedId) return;
    let current = true;
    void callKiosk('fees.payment', { paymentId: followedId }).then(
      (payment) => current && follow(payment),
      () => undefined,
    );
    return () => {
      current = false;
    };
    // Once per payment followed; follow only stores what arrives.
  }, [followedId]);

  const { starting, pay } = usePay(found?.query, follow);
  if (!found || !followed) return null;
  return (
    <PaymentStatus
      payment={followed.payment}
      query={found.query}
      starting={starting}
      onPay={pay}
      onBackToNotice={() => openStep(props, 'pay-notice', { 'pay-status': null })}
    />
  );
}
