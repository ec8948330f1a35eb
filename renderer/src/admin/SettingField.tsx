// One setting on the console: a labelled input (text or number) or a switch, with the problem
// main found with it right underneath.
import { useTranslation } from 'react-i18next';
import { Field } from '../components/Field';
import type { KeyboardKind } from '../keyboard/kinds';

export interface SettingInputProps {
  label: string;
  hint?: string;
  value: string;
  onChange(value: string): void;
  problem: string | null;
  /** numeric: digits only, with the numeric on-screen keyboard where one exists. */
  numeric?: boolean;
  maxLength?: number;
  lang?: string;
  /** The on-screen keyboard: a code, a URL or an English name wants Latin letters, not pinyin. */
  keyboard?: KeyboardKind;
}

export function SettingInput({
  label,
  hint,
  value,
  onChange,
  problem,
  numeric = false,
  maxLength = 200,
  lang,
  keyboard = lang === 'en' ? 'latin' : undefined,
}: SettingInputProps) {
  return (
    <Field label={label} {...(hint ? { hint } : {})} error={problem}>
      {(control) => (
        <input
          {...control}
          className="field__input"
          value={value}
          maxLength={maxLength}
          inputMode={numeric ? 'numeric' : 'text'}
          autoComplete="off"
          spellCheck={false}
          lang={lang}
          data-keyboard={keyboard}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

export function SettingSwitch({ label, checked, onChange, lang }: { label: string; checked: boolean; onChange(checked: boolean): void; lang?: string }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="setting-switch" aria-pressed={checked} onClick={() => onChange(!checked)}>
      <span className="setting-switch__label" lang={lang}>
        {label}
      </span>
      <span className="setting-switch__state">{t(checked ? 'admin.switch.on' : 'admin.switch.off')}</span>
    </button>
  );
}

/** A number field's text as the config wants it; text that is not a number is sent as is, for main to refuse. */
export const numberOrText = (text: string): number | string => (/^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text.trim()) : text);
/** An empty text field means "not set". */
export const textOrNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());
