// The on-screen number pad and the field it types into: kiosks have no keyboard, and a big pad is
// easier than any keyboard for ID numbers, phone numbers and amounts. The step places both, so a
// pad can sit beside its field in landscape and below it in portrait.
import { PadKeys } from '../keyboard/PadKeys';
import { Field, useAmountReading } from './Field';
import { displayValue, pressKey, sanitizeTyped, type KeypadVariant } from './numeric-entry';
import './NumericKeypad.css';

export interface NumericKeypadProps {
  variant: KeypadVariant;
  /** The id of the input the pad types into. */
  controls: string;
  value: string;
  onChange(value: string): void;
}

/** The docked keyboard's number pad, placed by a step beside its field and typing into its value. */
export function NumericKeypad({ variant, controls, value, onChange }: NumericKeypadProps) {
  return <PadKeys variant={variant} controls={controls} onKey={(key) => onChange(pressKey(variant, value, key))} />;
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
            // The pad is the keyboard: neither the system's nor the docked one should cover the screen.
            inputMode="none"
            data-keyboard="none"
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
