// The amount claimed, typed on the keypad and read back in 万/元 as it is typed.
import { useTranslation } from 'react-i18next';
import type { CaseType } from '../../../../preload/contract';
import { Button } from '../../components/Button';
import { BackIcon, NextIcon } from '../../components/icons';
import { NumericField } from '../../components/NumericKeypad';
import { inLanguage } from '../../i18n/localized';

interface ClaimAmountEntryProps {
  caseType: CaseType;
  value: string;
  onChange(value: string): void;
  onBack(): void;
  onDone(): void;
}

export function ClaimAmountEntry({ caseType, value, onChange, onBack, onDone }: ClaimAmountEntryProps) {
  const { t, i18n } = useTranslation();
  // A claim of nothing is not a money claim; the button waits for a figure above zero.
  const ready = /[1-9]/.test(value);
  return (
    <div className="fee-desk fee-desk--split">
      <div className="fee-desk__side">
        <h2 className="fee-desk__title">{t('feeDesk.estimate.amount.title')}</h2>
        <p className="fee-desk__chosen">{t('feeDesk.estimate.result.caseType', { name: inLanguage(caseType.plain, i18n.language) })}</p>
        <p className="fee-desk__hint">{t('feeDesk.estimate.amount.hint')}</p>
        <div className="fee-desk__actions fee-desk__actions--stacked">
          <Button variant="primary" size="lg" icon={<NextIcon size="sm" />} iconAtEnd disabled={!ready} onClick={onDone}>
            {t('feeDesk.estimate.amount.calculate')}
          </Button>
          <Button variant="quiet" icon={<BackIcon size="sm" />} onClick={onBack}>
            {t('feeDesk.estimate.amount.changeType')}
          </Button>
        </div>
      </div>
      <div className="fee-desk__pad">
        <NumericField variant="amount" label={t('feeDesk.estimate.amount.label')} value={value} onChange={onChange} />
      </div>
    </div>
  );
}
