// After a refund request or relief application is sent: its number large enough to copy down, the
// promise that it is saved even offline, what happens next and its paper; the action bar's finish
// button is the way out (one home button, not two).
import { useTranslation } from 'react-i18next';
import type { PrintJob } from '../../../../contract';
import { CheckIcon } from '../../components/icons';
import { PrintPaper } from './PrintPaper';

export type SubmittedKeys = Record<'title' | 'number' | 'saved' | 'next' | 'print' | 'printing' | 'printed' | 'printFailed', string>;

interface SubmittedPaperProps {
  keys: SubmittedKeys;
  receiptNo: string;
  print(): Promise<PrintJob>;
}

export function SubmittedPaper({ keys, receiptNo, print }: SubmittedPaperProps) {
  const { t } = useTranslation();
  return (
    <div className="pay-status pay-status--success fee-submitted" data-receipt-no={receiptNo} role="status">
      <span className="pay-status__icon">
        <CheckIcon size="lg" />
      </span>
      <h2 className="pay-status__title">{t(keys.title)}</h2>
      <div className="pay-voucher">
        <p className="pay-voucher__label">{t(keys.number)}</p>
        <p className="pay-voucher__number" data-testid="receipt-no">
          {receiptNo}
        </p>
        <p className="pay-voucher__keep">{t(keys.saved)}</p>
      </div>
      <p className="pay-status__body">{t(keys.next)}</p>
      <div className="pay-status__next">
        <PrintPaper variant="primary" keys={keys} print={print} />
      </div>
    </div>
  );
}
