// The payment as it happens, driven by fees.paymentChanged: what to do at the terminal, then the
// outcome and what to do next. "Unknown" must stop a second payment and fetch a person.
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Payment } from '../../../../contract';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PrintStatus } from '../../components/PrintStatus';
import { AlertIcon, CheckIcon, ClockIcon, PaymentIcon } from '../../components/icons';
import { HelperCallButton } from '../../helper/HelperCallButton';
import { callKiosk, useKiosk } from '../../kiosk';
import { formatMoney } from './fee-explanation';
import type { NoticeQuery } from './NoticeLookup';
import { fenToYuan } from './money';
import { PaymentMethodButtons, type PaymentMethod } from './PaymentMethodButtons';
import { PaymentQrCode } from './PaymentQrCode';

interface PaymentStatusProps {
  payment: Payment;
  query: NoticeQuery;
  starting: PaymentMethod | null;
  onPay(method: PaymentMethod): void;
  onBackToNotice(): void;
}

export function PaymentStatus({ payment, query, starting, onPay, onBackToNotice }: PaymentStatusProps) {
  const { t } = useTranslation();
  switch (payment.state) {
    case 'created':
    case 'awaiting_payer':
      return <AwaitingPayer payment={payment} />;
    case 'authorised':
      return <Outcome tone="waiting" state={payment.state} title={t('fees.payment.status.processing.title')} body={t('fees.payment.status.processing.body')} />;
    case 'confirmed':
      return <Confirmed payment={payment} query={query} />;
    case 'failed':
      return (
        <Outcome tone="problem" state={payment.state} title={t('fees.payment.status.declined.title')} body={t('fees.payment.status.declined.body')}>
          <PaymentMethodButtons starting={starting} onPay={onPay} />
          {/* The footer's helper button is always in reach; a second one here would crowd the ways on. */}
          <p className="fee-outcome__aside">{t('fees.payment.status.declined.helper')}</p>
        </Outcome>
      );
    case 'cancelled':
      return (
        <Outcome tone="neutral" state={payment.state} title={t('fees.payment.status.cancelled.title')} body={t('fees.payment.status.cancelled.body')}>
          <Button variant="primary" size="lg" onClick={onBackToNotice}>
            {t('fees.payment.status.cancelled.again')}
          </Button>
        </Outcome>
      );
    case 'unknown':
      return <Unknown />;
  }
}

const TONE_ICON = { success: CheckIcon, waiting: ClockIcon, problem: AlertIcon, neutral: PaymentIcon } as const;

interface OutcomeProps {
  tone: keyof typeof TONE_ICON;
  state: Payment['state'];
  title: string;
  body: string;
  children?: ReactNode;
}

/** One outcome screen: a big icon, a plain title, what it means, then the ways on. */
function Outcome({ tone, state, title, body, children }: OutcomeProps) {
  const Icon = TONE_ICON[tone];
  return (
    <div className={`pay-status pay-status--${tone}`} data-payment-state={state} role="status">
      <span className="pay-status__icon">
        <Icon size="lg" />
      </span>
      <h2 className="pay-status__title">{title}</h2>
      <p className="pay-status__body">{body}</p>
      {children && <div className="pay-status__next">{children}</div>}
    </div>
  );
}

function AwaitingPayer({ payment }: { payment: Payment }) {
  const { t } = useTranslation();
  const cancel = useKiosk('fees.cancelPayment');
  const qr = payment.prompt?.kind === 'scanQr' ? payment.prompt.payload : null;
  const screen = qr ? 'qr' : 'card';
  // Words and the cancel button on one side, what to look at (the QR code, the terminal) on the other.
  return (
    <div className="pay-wait" data-payment-state={payment.state} data-prompt={screen}>
      <div className="pay-wait__words">
        <h2 className="pay-status__title">{t(`fees.payment.status.${screen}.title`)}</h2>
        <p className="pay-status__amount">{t(`fees.payment.status.${screen}.amount`, { amount: formatMoney(t, fenToYuan(payment.amountFen)) })}</p>
        <p className="pay-status__body">{t(`fees.payment.status.${screen}.body`)}</p>
        <ErrorBanner error={cancel.error} />
        <Button variant="secondary" size="lg" busy={cancel.pending} onClick={() => void cancel.run({ paymentId: payment.id })}>
          {cancel.pending ? t('fees.payment.status.cancelling') : t('fees.payment.status.cancel')}
        </Button>
      </div>
      <div className="pay-wait__visual">
        {qr ? (
          <PaymentQrCode payload={qr} label={t('fees.payment.status.qr.image')} />
        ) : (
          <span className="pay-status__terminal" aria-hidden="true">
            <PaymentIcon size="lg" />
          </span>
        )}
      </div>
    </div>
  );
}

function Confirmed({ payment, query }: { payment: Payment; query: NoticeQuery }) {
  const { t, i18n } = useTranslation();
  // The voucher prints by itself once the payment is confirmed, as every other paper does, with a reprint at hand.
  const print = useCallback(
    async () => [await callKiosk('print.paymentVoucher', { paymentId: payment.id, ...query, language: i18n.language })],
    [payment.id, query, i18n.language],
  );
  return (
    <Outcome tone="success" state={payment.state} title={t('fees.payment.status.confirmed.title')} body={t('fees.payment.status.confirmed.body')}>
      <div className="pay-voucher">
        <p className="pay-voucher__label">{t('fees.payment.status.confirmed.voucherNo')}</p>
        <p className="pay-voucher__number" data-testid="voucher-no">
          {payment.voucherNo}
        </p>
        <p className="pay-voucher__keep">{t('fees.payment.status.confirmed.keep')}</p>
      </div>
      <div className="fee-desk__actions">
        <PrintStatus print={print} auto label={t('fees.payment.status.confirmed.print')} />
      </div>
    </Outcome>
  );
}

/** Nobody knows whether the card was charged: say so, forbid paying again, and call a helper once. */
function Unknown() {
  const { t } = useTranslation();
  const [helper, setHelper] = useState<'calling' | 'called' | 'failed'>('calling');
  const called = useRef(false);
  useEffect(() => {
    if (called.current) return;
    called.current = true;
    callKiosk('helper.call', {}).then(
      () => setHelper('called'),
      () => setHelper('failed'),
    );
  }, []);
  return (
    <Outcome tone="problem" state="unknown" title={t('fees.payment.status.unknown.title')} body={t('fees.payment.status.unknown.body')}>
      {helper === 'called' && <p className="fee-outcome__aside">{t('fees.payment.status.unknown.helperCalled')}</p>}
      {helper === 'failed' && (
        <>
          <p className="fee-outcome__aside">{t('fees.payment.status.unknown.helperFailed')}</p>
          <HelperCallButton size="md" />
        </>
      )}
    </Outcome>
  );
}
