// A range of court dates for statistics and exports: the usual ranges one tap away, or typed.
import { useTranslation } from 'react-i18next';
import { useTerminalConfig } from '../app/terminal-config';
import { SettingInput } from './SettingField';
import { courtToday } from './formatting';

export interface DateRangeValue {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;
const daysBefore = (date: string, days: number) => new Date(Date.parse(date) - days * DAY_MS).toISOString().slice(0, 10);

/** The last `days` days up to today at the court. */
export const lastDays = (timeZone: string, days: number, now = new Date()): DateRangeValue => {
  const to = courtToday(timeZone, now);
  return { from: daysBefore(to, days - 1), to };
};

const PRESETS = [1, 7, 30] as const;

export function RangePicker({ value, onChange }: { value: DateRangeValue; onChange(range: DateRangeValue): void }) {
  const { t } = useTranslation();
  const { timeZone } = useTerminalConfig();
  return (
    <div className="range-picker">
      <div className="range-picker__presets" role="group" aria-label={t('admin.range.presets')}>
        {PRESETS.map((days) => {
          const preset = lastDays(timeZone, days);
          return (
            <button
              key={days}
              type="button"
              className="setting-switch"
              aria-pressed={preset.from === value.from && preset.to === value.to}
              onClick={() => onChange(preset)}
            >
              <span className="setting-switch__label">{t('admin.range.lastDays', { count: days })}</span>
            </button>
          );
        })}
      </div>
      <SettingInput
        label={t('admin.range.from')}
        hint={t('admin.range.format')}
        value={value.from}
        onChange={(from) => onChange({ ...value, from })}
        problem={null}
        maxLength={10}
        keyboard="latin"
      />
      <SettingInput
        label={t('admin.range.to')}
        hint={t('admin.range.format')}
        value={value.to}
        onChange={(to) => onChange({ ...value, to })}
        problem={null}
        maxLength={10}
        keyboard="latin"
      />
    </div>
  );
}
