// The fee notice to check before paying — case, payer, what is owed, by when — and the two ways
// to pay. A paid notice says so and offers nothing to pay.
import { useTranslation } from 'react-i18next';
import type { FeeNotice, KioskErrorShape } from '../../../../contract';
import { proseDate } from '../../../../contract/prose';
import { courtToday } from '../../admin/formatting';
import { useTerminalConfig } from '../../app/terminal-config';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { AlertIcon, BackIcon, CheckIcon } from '../../components/icons';
import { inLanguage } from '../../i18n/localized';
import { formatMoney } from './fee-explanation';
import { fenToYuan } from './money';
import { PaymentMethodButtons, type PaymentMethod } from './PaymentMethodButtons';

interface NoticeDetailsProps {
  notice: FeeNotice;
  starting: PaymentMethod | null;
  error: KioskErrorShape | null;
  onPay(method: PaymentMethod): void;
  onAnother(): void;
}

export function NoticeDetails({ notice, starting, error, onPay, onAnother }: NoticeDetailsProps) {
  const { t, i18n } = useTranslation();
  const { timeZone } = useTerminalConfig();
  // ISO dates compare as text; a notice is overdue from the day after its due date, at the court.
  const overdue = !notice.paid && notice.dueDate < courtToday(timeZone);
  const dueDate = proseDate(notice.dueDate, i18n.language);
  return (
    <div className="fee-desk fee-desk--split">
      <section className="fee-notice" aria-labelledby="fee-notice-title">
        <h2 id="fee-notice-title" className="fee-desk__title">
          {t('fees.payment.notice.details.title')}
        </h2>
        <dl className="fee-notice__facts">
          <div>
            <dt>{t('fees.payment.notice.details.caseNumber')}</dt>
            <dd>{notice.caseNumber}</dd>
          </div>
          <div>
            <dt>{t('fees.payment.notice.details.payer')}</dt>
            <dd>{notice.payerName}</dd>
          </div>
          <div>
            <dt>{t('fees.payment.notice.details.noticeNo')}</dt>
            <dd>{notice.noticeNo}</dd>
          </div>
        </dl>
        <h3 className="fee-estimate__subtitle">{t('fees.payment.notice.details.items')}</h3>
        <ul className="fee-notice__items">
          {notice.items.map((item, i) => (
            <li key={i}>
              <span>{inLanguage(item.label, i18n.language)}</span>
              <span>{formatMoney(t, fenToYuan(item.amountFen))}</span>
            </li>
          ))}
        </ul>
        <p className="fee-notice__total">
          <span>{t('fees.payment.notice.details.total')}</span>
          <strong data-testid="notice-total">{formatMoney(t, fenToYuan(notice.totalFen))}</strong>
        </p>
      </section>
      <div className="fee-desk__side">
        {notice.paid ? (
          <p className="fee-outcome fee-outcome--success" role="status">
            <CheckIcon size="md" />
            <span>{t('fees.payment.notice.details.paid')}</span>
          </p>
        ) : (
          <>
            {overdue ? (
              <p className="fee-notice__due fee-notice__due--overdue" role="alert" data-overdue>
                <AlertIcon size="sm" />
                <span>{t('fees.payment.notice.details.overdue', { date: dueDate })}</span>
              </p>
            ) : (
              <p className="fee-notice__due">{t('fees.payment.notice.details.dueDate', { date: dueDate })}</p>
            )}
            <h3 className="fee-estimate__subtitle">{t('fees.payment.notice.details.howToPay')}</h3>
            <ErrorBanner error={error} />
            <PaymentMethodButtons starting={starting} onPay={onPay} />
          </>
        )}
        <Button variant="quiet" icon={<BackIcon size="sm" />} onClick={onAnother}>
          {t('fees.payment.notice.details.another')}
        </Button>
      </div>
    </div>
  );
}
