// A labelled form field: the label above, an optional hint, the control, and the problem with
// it in words once the litigant has tried to go on.
import { useId, type ReactNode } from 'react';
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
  /** Renders the control with the ids that tie it to the label, hint and error. */
  children(control: FieldControlProps): ReactNode;
  /** Shown under the control, e.g. how an amount reads; announced as it changes. */
  reading?: ReactNode;
}

export function Field({ id: givenId, label, hint, error, children, reading }: FieldProps) {
  const ownId = useId();
  const id = givenId ?? ownId;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
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
    </div>
  );
}

export interface TextFieldProps {
  label: string;
  hint?: string;
  error?: string | null;
  value: string;
  onChange(value: string): void;
  maxLength?: number;
}

/** Free text typed with the system's keyboard (a pinyin on-screen keyboard comes later). */
export function TextField({ label, hint, error, value, onChange, maxLength }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          className="field__input"
          type="text"
          value={value}
          maxLength={maxLength}
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
