// After filing: the receipt number large enough to copy down or photograph, the promise that the
// filing is saved even if the court's network is down, the complaint and receipt printing, and what
// happens next (the court decides on acceptance within seven days, CPL Art 126). The way on is to pay
// the court fee at once, the notice looked up with the receipt and a plaintiff's ID (issue 14 item 6).
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilingReceipt } from '../../../../contract';
import { useRouter } from '../../app/router';
import { useTerminalConfig } from '../../app/terminal-config';
import { Button } from '../../components/Button';
import { PaymentIcon } from '../../components/icons';
import { PrintStatus } from '../../components/PrintStatus';
import { SentReceipt } from '../../components/SentReceipt';
import { callKiosk } from '../../kiosk';
import { payAfterFiling } from '../fees/pay-after-filing';
import { StepPrimaryAction } from '../stepper/step-actions';
import type { PartyEntry } from './parties';

const NEXT_STEPS = ['review', 'notice', 'fees', 'keep'] as const;

export function FilingReceiptView({ receipt, plaintiffs }: { receipt: FilingReceipt; plaintiffs: readonly PartyEntry[] }) {
  const { t, i18n } = useTranslation();
  const { navigate } = useRouter();
  const config = useTerminalConfig();
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
      {config.services.fees && (
        <StepPrimaryAction>
          <Button
            variant="primary"
            size="lg"
            className="filing-receipt__pay"
            icon={<PaymentIcon size="sm" />}
            onClick={() => navigate(payAfterFiling(receipt.receiptNo, plaintiffs))}
          >
            {t('filing.receipt.pay')}
          </Button>
        </StepPrimaryAction>
      )}
    </div>
  );
}
