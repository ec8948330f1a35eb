// A PIN typed on the on-screen keypad and shown only as dots, with how many digits are in for a
// screen reader: the sign-in pad and the console's new-PIN dialog type PINs the same way.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NumericKeypad } from '../components/NumericKeypad';
import './staff.css';

/** As StaffPin in the contract: a new PIN is 6 to 12 digits. */
export const PIN_MIN = 6;
export const PIN_MAX = 12;

export function PinEntry({ value, onChange }: { value: string; onChange(value: string): void }) {
  const { t } = useTranslation();
  const dotsId = useId();
  return (
    <>
      <output
        id={dotsId}
        className="pin-pad__dots"
        aria-live="polite"
        aria-label={t('admin.signIn.entered', { count: value.length })}
        data-length={value.length}
      >
        {value.length === 0 ? <span className="pin-pad__empty">{t('admin.signIn.empty')}</span> : '●'.repeat(value.length)}
      </output>
      <div className="pin-pad__keys">
        <NumericKeypad variant="digits" controls={dotsId} value={value} onChange={(next) => onChange(next.slice(0, PIN_MAX))} />
      </div>
    </>
  );
}
