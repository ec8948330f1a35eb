// The on-screen number pad and the field it types into: kiosks have no keyboard, and a big pad is
// easier than any keyboard for ID numbers, phone numbers and amounts. The step places both, so a
// pad can sit beside its field in landscape and below it in portrait.
import { useTranslation } from 'react-i18next';
import { Field } from './Field';
import { BackspaceIcon } from './icons';
import { displayValue, KEYPAD_VARIANTS, pressKey, readAmount, sanitizeTyped, type KeypadKey, type KeypadVariant } from './numeric-entry';
import './NumericKeypad.css';

const DIGITS: KeypadKey[] = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

export interface NumericKeypadProps {
  variant: KeypadVariant;
  /** The id of the input the pad types into. */
  controls: string;
  value: string;
  onChange(value: string): void;
}

/** Digits 1–9, then the variant's extra key (. or X) and 0; delete and clear tall on the right. */
export function NumericKeypad({ variant, controls, value, onChange }: NumericKeypadProps) {
  const { t } = useTranslation();
  const extra = KEYPAD_VARIANTS[variant].extraKey;
  const press = (key: KeypadKey) => onChange(pressKey(variant, value, key));
  return (
    <div className="keypad" role="group" aria-label={t('keypad.label')} data-variant={variant}>
      {[...DIGITS, ...(extra ? [extra] : []), '0' as const].map((key) => (
        <button key={key} type="button" className={key === '0' ? 'keypad__key keypad__key--zero' : 'keypad__key'} aria-controls={controls} onClick={() => press(key)}>
          {key}
        </button>
      ))}
      <button type="button" className="keypad__key keypad__key--action keypad__key--delete" aria-controls={controls} aria-label={t('keypad.backspace')} onClick={() => press('backspace')}>
        <BackspaceIcon />
      </button>
      <button type="button" className="keypad__key keypad__key--action keypad__key--clear" aria-controls={controls} onClick={() => press('clear')}>
        {t('keypad.clear')}
      </button>
    </div>
  );
}

export interface NumericFieldProps {
  /**
   * Give it when you place the NumericKeypad yourself, pointing `controls` at this id (e.g. beside
   * the fields in landscape); without it the field brings its own keypad below the input.
   */
  id?: string;
  variant: KeypadVariant;
  label: string;
  hint?: string;
  error?: string | null;
  value: string;
  onChange(value: string): void;
}

/** How an amount reads in the current language ("15 万元", "150,000 yuan"); empty before any digit. */
function useAmountReading(value: string): string {
  const { t } = useTranslation();
  const reading = readAmount(value, { yi: t('keypad.amount.yi'), wan: t('keypad.amount.wan'), yuan: t('keypad.amount.yuan') });
  return reading ? t('keypad.amount.reading', { ...reading }) : '';
}

/** The field a keypad types into: the value shown grouped, and amounts read out in words. */
export function NumericField({ id, variant, label, hint, error, value, onChange }: NumericFieldProps) {
  const amountReading = useAmountReading(value);
  return (
    <Field id={id} label={label} hint={hint} error={error} reading={variant === 'amount' ? amountReading : undefined}>
      {(control) => (
        <div className="numeric-field">
          <input
            {...control}
            className="field__input numeric-field__input"
            type="text"
            // The pad is the keyboard: no system keyboard should cover the screen.
            inputMode="none"
            autoComplete="off"
            spellCheck={false}
            value={displayValue(variant, value)}
            // A hardware keyboard or scanner still works; what it types is kept to what the variant takes.
            onChange={(event) => onChange(sanitizeTyped(variant, event.target.value))}
          />
          {id === undefined && <NumericKeypad variant={variant} controls={control.id} value={value} onChange={onChange} />}
        </div>
      )}
    </Field>
  );
}
