// The amount claimed, typed on the keypad and read back in 万/元 as it is typed. Where the fee
// schedule also prices the case without an amount, a second button says so in plain words.
import { useTranslation } from 'react-i18next';
import type { CaseType } from '../../../../contract';
import { Button } from '../../components/Button';
import { StepPrimaryAction } from '../stepper/step-actions';
import { BackIcon, NextIcon } from '../../components/icons';
import { NumericField } from '../../components/NumericKeypad';
import { inLanguage } from '../../i18n/localized';
import type { AmountNeed } from './fee-estimate';

interface ClaimAmountEntryProps {
  caseType: CaseType;
  need: Exclude<AmountNeed, 'none'>;
  value: string;
  onChange(value: string): void;
  onBack(): void;
  /** The amount, or null when the litigant says there is none. */
  onDone(amount: string | null): void;
}

/** The button for going on without an amount: "skip" where it only adds, "no set amount" where it decides. */
const WITHOUT_AMOUNT: Partial<Record<ClaimAmountEntryProps['need'], string>> = {
  optional: 'fees.estimate.amount.skip',
  orNoAmount: 'fees.estimate.amount.noAmount',
};

export function ClaimAmountEntry({ caseType, need, value, onChange, onBack, onDone }: ClaimAmountEntryProps) {
  const { t, i18n } = useTranslation();
  // A claim of nothing is not a money claim; the button waits for a figure above zero.
  const ready = /[1-9]/.test(value);
  const optional = need === 'optional';
  const without = WITHOUT_AMOUNT[need];
  return (
    <div className="fee-desk fee-desk--split">
      <div className="fee-desk__side">
        <h2 className="fee-desk__title">{t(optional ? 'fees.estimate.amount.optionalTitle' : 'fees.estimate.amount.title')}</h2>
        <p className="fee-desk__chosen">{t('fees.estimate.result.caseType', { name: inLanguage(caseType.plain, i18n.language) })}</p>
        <p className="fee-desk__hint">{t(optional ? 'fees.estimate.amount.optionalHint' : 'fees.estimate.amount.hint')}</p>
        <div className="fee-desk__actions fee-desk__actions--stacked">
          {/* Where Next stands on every step, so it never scrolls away under the keypad. */}
          <StepPrimaryAction>
            <Button variant="primary" size="lg" icon={<NextIcon size="sm" />} iconAtEnd disabled={!ready} onClick={() => onDone(value)}>
              {t('fees.estimate.amount.calculate')}
            </Button>
          </StepPrimaryAction>
          {without && (
            <Button variant="secondary" size="lg" onClick={() => onDone(null)}>
              {t(without)}
            </Button>
          )}
          <Button variant="quiet" icon={<BackIcon size="sm" />} onClick={onBack}>
            {t('fees.estimate.amount.changeType')}
          </Button>
        </div>
      </div>
      <div className="fee-desk__pad">
        <NumericField variant="amount" label={t('fees.estimate.amount.label')} value={value} onChange={onChange} />
      </div>
    </div>
  );
}
