// After a refund request or relief application is sent: its number large enough to copy down, the
// promise that it is saved even offline, what happens next, its paper, and a way to finish.
import { useTranslation } from 'react-i18next';
import type { PrintJob } from '../../../../contract';
import { useVisit } from '../../app/visit-context';
import { Button } from '../../components/Button';
import { CheckIcon, HomeIcon } from '../../components/icons';
import { PrintPaper } from './PrintPaper';

export type SubmittedKeys = Record<'title' | 'number' | 'saved' | 'next' | 'print' | 'printing' | 'printed' | 'printFailed' | 'finish', string>;

interface SubmittedPaperProps {
  keys: SubmittedKeys;
  receiptNo: string;
  print(): Promise<PrintJob>;
}

export function SubmittedPaper({ keys, receiptNo, print }: SubmittedPaperProps) {
  const { t } = useTranslation();
  const visit = useVisit();
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
        <Button variant="secondary" size="lg" icon={<HomeIcon size="sm" />} onClick={() => visit.end('home')}>
          {t(keys.finish)}
        </Button>
      </div>
    </div>
  );
}
