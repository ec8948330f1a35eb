// The number pad's keys: digits 1–9, then the variant's extra key (. or X) and 0; delete and clear
// tall on the right. One set of keys for the pad a step places beside its field and for the docked keyboard.
import { useTranslation } from 'react-i18next';
import { BackspaceIcon } from '../components/icons';
import { KEYPAD_VARIANTS, type KeypadKey, type KeypadVariant } from '../components/numeric-entry';
import '../components/NumericKeypad.css';

const DIGITS: KeypadKey[] = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

export interface PadKeysProps {
  variant: KeypadVariant;
  /** The id of the input the keys type into, when there is one to name. */
  controls?: string;
  onKey(key: KeypadKey): void;
}

export function PadKeys({ variant, controls, onKey }: PadKeysProps) {
  const { t } = useTranslation();
  const extra = KEYPAD_VARIANTS[variant].extraKey;
  return (
    <div className="keypad" role="group" aria-label={t('keypad.label')} data-variant={variant}>
      {[...DIGITS, ...(extra ? [extra] : []), '0' as const].map((key) => (
        <button
          key={key}
          type="button"
          className={key === '0' ? 'keypad__key keypad__key--zero' : 'keypad__key'}
          aria-controls={controls}
          data-key={key}
          onClick={() => onKey(key)}
        >
          {key}
        </button>
      ))}
      <button
        type="button"
        className="keypad__key keypad__key--action keypad__key--delete"
        aria-controls={controls}
        aria-label={t('keypad.backspace')}
        onClick={() => onKey('backspace')}
      >
        <BackspaceIcon />
      </button>
      <button type="button" className="keypad__key keypad__key--action keypad__key--clear" aria-controls={controls} onClick={() => onKey('clear')}>
        {t('keypad.clear')}
      </button>
    </div>
  );
}
