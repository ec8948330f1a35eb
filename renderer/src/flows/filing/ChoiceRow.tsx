// A question answered by one of a few big buttons side by side (person / organisation, yes / no):
// the chosen one stays pressed, so the answer can be seen and changed with one touch.
import { useId } from 'react';

export interface ChoiceRowProps<T extends string | boolean> {
  label: string;
  options: readonly { value: T; label: string }[];
  value: T | null;
  onChange(value: T): void;
  error?: string | null;
}

export function ChoiceRow<T extends string | boolean>({ label, options, value, onChange, error }: ChoiceRowProps<T>) {
  const labelId = useId();
  return (
    <div className={error ? 'choice-row choice-row--invalid' : 'choice-row'}>
      <p className="choice-row__label" id={labelId}>
        {label}
      </p>
      <div className="choice-row__options" role="group" aria-labelledby={labelId}>
        {options.map((option) => (
          <button
            key={String(option.value)}
            type="button"
            className="choice-row__option"
            aria-pressed={value === option.value}
            onClick={() => onChange(option.value)}
          >
            {option.label}
          </button>
        ))}
      </div>
      {error && <p className="choice-row__error">{error}</p>}
    </div>
  );
}
