// After filing: the receipt number large enough to copy down or photograph, the promise that the
// filing is saved even if the court's network is down, the complaint and receipt printing, and what
// happens next (the court decides on acceptance within seven days, CPL Art 126). The stepper offers the way home.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilingReceipt } from '../../../../contract';
import { PrintStatus } from '../../components/PrintStatus';
import { SentReceipt } from '../../components/SentReceipt';
import { callKiosk } from '../../kiosk';

const NEXT_STEPS = ['review', 'notice', 'fees', 'keep'] as const;

export function FilingReceiptView({ receipt }: { receipt: FilingReceipt }) {
  const { t, i18n } = useTranslation();
  const print = useCallback(
    async () => (await callKiosk('print.filing', { filingId: receipt.filingId, language: i18n.language })).jobs,
    [receipt.filingId, i18n.language],
  );
  return (
    <div className="step-body filing filing-receipt" data-receipt-no={receipt.receiptNo}>
      <SentReceipt title={t('filing.receipt.title')} label={t('filing.receipt.number')} receiptNo={receipt.receiptNo} saved={t('filing.receipt.saved')} />
      <PrintStatus print={print} auto label={t('filing.receipt.print')} />
      <h3 className="filing-receipt__next-title">{t('filing.receipt.nextTitle')}</h3>
      <ol className="filing-receipt__next">
        {NEXT_STEPS.map((step) => (
          <li key={step}>{t(`filing.receipt.next.${step}`)}</li>
        ))}
      </ol>
    </div>
  );
}
