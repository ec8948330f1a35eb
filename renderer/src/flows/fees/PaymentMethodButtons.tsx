// Card or QR, as two large buttons; both wait while a payment is being started so a double tap
// cannot ask for a second one.
import { useTranslation } from 'react-i18next';
import type { Payment } from '../../../../contract';
import { PaymentIcon } from '../../components/icons';

/** How the payer pays: a bank card at the terminal or a QR code for a phone. */
export type PaymentMethod = Payment['method'];

const METHODS = [
  { method: 'card', titleKey: 'fees.payment.notice.details.card', hintKey: 'fees.payment.notice.details.cardHint' },
  { method: 'qr', titleKey: 'fees.payment.notice.details.qr', hintKey: 'fees.payment.notice.details.qrHint' },
] as const;

export function PaymentMethodButtons({ starting, onPay, only }: { starting: PaymentMethod | null; onPay(method: PaymentMethod): void; only?: PaymentMethod }) {
  const { t } = useTranslation();
  return (
    <div className="pay-methods">
      {METHODS.filter(({ method }) => !only || method === only).map(({ method, titleKey, hintKey }) => (
        <button
          key={method}
          type="button"
          className="pay-method"
          data-method={method}
          disabled={starting !== null}
          aria-busy={starting === method || undefined}
          onClick={() => onPay(method)}
        >
          <PaymentIcon size="md" />
          <span className="pay-method__text">
            <span className="pay-method__title">{t(titleKey)}</span>
            <span className="pay-method__hint">{t(hintKey)}</span>
          </span>
        </button>
      ))}
    </div>
  );
}
