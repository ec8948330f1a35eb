// After sending: the receipt number large enough to copy down or photograph, the promise that it is
// saved even if the court's network is down, and what happens next; the stepper offers the way home.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { PrintStatus } from '../../components/PrintStatus';
import { SentReceipt } from '../../components/SentReceipt';
import { callKiosk } from '../../kiosk';
import type { Submitted } from './request';

export function ReceiptView({ receipt }: { receipt: NonNullable<Submitted['receipt']> }) {
  const { t, i18n } = useTranslation();
  const print = useCallback(
    async () => (await callKiosk('print.mediation', { requestId: receipt.requestId, language: i18n.language })).jobs,
    [receipt.requestId, i18n.language],
  );
  return (
    <div className="step-body receipt" data-receipt-no={receipt.receiptNo}>
      <SentReceipt
        title={t('mediation.receipt.title')}
        label={t('mediation.receipt.number')}
        receiptNo={receipt.receiptNo}
        saved={t('mediation.receipt.saved')}
      />
      <p className="receipt__next">{t('mediation.receipt.next')}</p>
      <PrintStatus print={print} auto label={t('mediation.receipt.print')} />
    </div>
  );
}
