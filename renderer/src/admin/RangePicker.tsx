// A range of court dates for statistics and exports: the usual ranges one tap away, or any other
// picked on the shared date picker (year, month, day by touch), never typed.
import { useTranslation } from 'react-i18next';
import { useTerminalConfig } from '../app/terminal-config';
import { DateField } from '../keyboard/DateField';
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
/** How far back a range may start: a terminal keeps its records for years, not decades. */
const YEARS_BACK = 10;

export function RangePicker({ value, onChange }: { value: DateRangeValue; onChange(range: DateRangeValue): void }) {
  const { t } = useTranslation();
  const { timeZone } = useTerminalConfig();
  const thisYear = Number(courtToday(timeZone).slice(0, 4));
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
      <DateField
        label={t('admin.range.from')}
        value={value.from}
        onChange={(from) => onChange({ ...value, from })}
        fromYear={thisYear - YEARS_BACK}
        toYear={thisYear}
      />
      <DateField
        label={t('admin.range.to')}
        value={value.to}
        onChange={(to) => onChange({ ...value, to })}
        fromYear={thisYear - YEARS_BACK}
        toYear={thisYear}
      />
    </div>
  );
}
