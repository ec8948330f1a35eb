// A labelled form field: the label above, an optional hint, the control, and the problem with
// it in words once the litigant has tried to go on. A warning is a check that does not block (a
// credit code failing its check character): amber, with an icon, asking to check, never "invalid".
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isPadKind, type KeyboardKind } from '../keyboard/kinds';
import type { FieldContent } from '../keyboard/field-words.data';
import type { PhraseListId } from '../keyboard/phrases.data';
import { AlertIcon } from './icons';
import { displayValue, readAmount, sanitizeTyped } from './numeric-entry';
import './Field.css';

export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': boolean;
}

export interface FieldProps {
  /** Given when something else (an on-screen keypad) must point at the control. */
  id?: string;
  label: string;
  hint?: string;
  error?: string | null;
  /** Shown, when there is no error, as something to check that does not stop the litigant. */
  warning?: string | null;
  /** Renders the control with the ids that tie it to the label, hint and error. */
  children(control: FieldControlProps): ReactNode;
  /** Shown under the control, e.g. how an amount reads; announced as it changes. */
  reading?: ReactNode;
}

export function Field({ id: givenId, label, hint, error, warning, children, reading }: FieldProps) {
  const ownId = useId();
  const id = givenId ?? ownId;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const caution = error ? null : (warning ?? null);
  const describedBy = [hint ? hintId : null, error || caution ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid' : caution ? 'field field--warning' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': !!error })}
      {reading !== undefined && (
        <p className="field__reading" aria-live="polite">
          {reading}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      {caution && (
        <p id={errorId} className="field__warning">
          <AlertIcon size="sm" className="field__warning-icon" />
          <span>{caution}</span>
        </p>
      )}
    </div>
  );
}

export interface TextFieldProps {
  label: string;
  hint?: string;
  error?: string | null;
  warning?: string | null;
  value: string;
  onChange(value: string): void;
  maxLength?: number;
  /** The on-screen layout this field opens; Chinese (pinyin) unless said. Pad kinds keep the value to what they accept. */
  keyboard?: KeyboardKind;
  /** Frequent entries for this field, one tap away above the keys (keyboard/phrases.data.ts). */
  phrases?: PhraseListId;
  /** What the field holds (a name, an address…), which ranks its pinyin candidates (keyboard/field-words.data.ts); free text unless said. */
  holds?: FieldContent;
  /** More than one line (facts, reasons): a text area this many rows high. */
  rows?: number;
  /** The litigant has left the field: a form may now say what is wrong with it, not before. */
  onLeave?(): void;
}

/** How an amount reads in the current language ("15 万元", "150,000 yuan"); empty before any digit. */
export function useAmountReading(value: string): string {
  const { t } = useTranslation();
  const reading = readAmount(value, { yi: t('keypad.amount.yi'), wan: t('keypad.amount.wan'), yuan: t('keypad.amount.yuan') });
  return reading ? t('keypad.amount.reading', { ...reading }) : '';
}

/**
 * Text typed on the docked on-screen keyboard (renderer/src/keyboard), or a physical one. On a pad
 * kind the value holds only what the kind accepts (digits, X, the decimal point) and is shown grouped.
 */
export function TextField({ label, hint, error, warning, value, onChange, maxLength, keyboard = 'chinese', phrases, holds, rows, onLeave }: TextFieldProps) {
  const pad = isPadKind(keyboard) ? keyboard : null;
  const amountReading = useAmountReading(pad === 'amount' ? value : '');
  const common = {
    className: pad ? 'field__input field__input--digits' : 'field__input',
    'data-keyboard': keyboard,
    'data-keyboard-phrases': phrases,
    'data-keyboard-holds': holds,
    autoComplete: 'off',
    autoCorrect: 'off',
    spellCheck: false,
    // The docked keyboard is the keyboard: the system's own must not cover the screen.
    inputMode: 'none',
    onBlur: onLeave,
  } as const;
  return (
    <Field label={label} hint={hint} error={error} warning={warning} reading={pad === 'amount' ? amountReading : undefined}>
      {(control) =>
        rows && !pad ? (
          <textarea {...control} {...common} rows={rows} value={value} maxLength={maxLength} onChange={(event) => onChange(event.target.value)} />
        ) : (
          <input
            {...control}
            {...common}
            type="text"
            value={pad ? displayValue(pad, value) : value}
            maxLength={pad ? undefined : maxLength}
            onChange={(event) => onChange(pad ? sanitizeTyped(pad, event.target.value) : event.target.value)}
          />
        )
      }
    </Field>
  );
}
