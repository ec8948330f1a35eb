// A date picked as year, month and day from big buttons, never typed: no format to learn, no
// impossible day (the day list follows the month). The value is an ISO date, or '' until all three are chosen.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../components/Field';
import { PickerDialog, type PickerChoice } from './PickerDialog';
import './pickers.css';

export interface DateFieldProps {
  label: string;
  hint?: string;
  error?: string | null;
  /** Something to check that does not block (Field's warning). */
  warning?: string | null;
  /** 'YYYY-MM-DD', or '' while no date is chosen. */
  value: string;
  onChange(value: string): void;
  /** The earliest and latest years offered; by default the last hundred years and the next five. */
  fromYear?: number;
  toYear?: number;
}

type Part = 'year' | 'month' | 'day';
/** What a dialog asks for: a part, or first the decade when the years do not fit on one page. */
type Question = Part | 'decade';

/** More years than this and the year is picked as decade, then year: 1955 is two taps from any range, never paging. */
export const YEARS_ON_ONE_PAGE = 20;

interface DateParts {
  year: number | null;
  month: number | null;
  day: number | null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function partsOf(value: string): DateParts {
  const match = ISO_DATE.exec(value);
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : { year: null, month: null, day: null };
}

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The ISO date of complete parts, the day kept within the month (31 March → February gives the 28th or 29th). */
export function isoDateOf({ year, month, day }: DateParts): string {
  if (year === null || month === null || day === null) return '';
  const kept = Math.min(day, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(kept).padStart(2, '0')}`;
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, index) => from + index);

/** The years offered, latest first: by default the last hundred years and the next five. */
export const yearsOffered = (thisYear: number, fromYear?: number, toYear?: number): number[] =>
  range(fromYear ?? thisYear - 100, toYear ?? thisYear + 5).reverse();

/** The decades the offered years fall in, latest first, each as its first year (1950 for 1950–1959). */
export const decadesOf = (years: readonly number[]): number[] => [...new Set(years.map((year) => year - (year % 10)))];

export function DateField({ label, hint, error, warning, value, onChange, fromYear, toYear }: DateFieldProps) {
  const { t } = useTranslation();
  // Parts chosen so far: the value stays '' until the date is whole, but the buttons show progress.
  const [draft, setDraft] = useState<DateParts>(() => partsOf(value));
  const [open, setOpen] = useState<Question | null>(null);
  const shown = value ? partsOf(value) : draft;
  const years = yearsOffered(new Date().getFullYear(), fromYear, toYear);
  const byDecade = years.length > YEARS_ON_ONE_PAGE;
  // The decade picked on the way to the year; the picked year's own decade until then.
  const [decade, setDecade] = useState<number | null>(null);
  const shownDecade = decade ?? (shown.year === null ? null : shown.year - (shown.year % 10));

  const choicesOf = (part: Question): PickerChoice[] => {
    if (part === 'decade')
      return decadesOf(years).map((first) => ({
        value: String(first),
        label: t('keyboard.date.decadeValue', { from: Math.max(first, years.at(-1) ?? first), to: Math.min(first + 9, years[0] ?? first) }),
      }));
    if (part === 'year')
      return years
        .filter((year) => !byDecade || year - (year % 10) === shownDecade)
        .map((year) => ({ value: String(year), label: t('keyboard.date.yearValue', { year }) }));
    if (part === 'month') return range(1, 12).map((month) => ({ value: String(month), label: t('keyboard.date.monthValue', { month }) }));
    const days = shown.year !== null && shown.month !== null ? daysInMonth(shown.year, shown.month) : 31;
    return range(1, days).map((day) => ({ value: String(day), label: t('keyboard.date.dayValue', { day }) }));
  };

  const pick = (part: Question, picked: string) => {
    if (part === 'decade') {
      setDecade(Number(picked));
      setOpen('year');
      return;
    }
    const next = { ...shown, [part]: Number(picked) };
    setDraft(next);
    setOpen(null);
    onChange(isoDateOf(next));
    // Straight on to the next part still missing, as a person fills a form in order.
    const missing = (['year', 'month', 'day'] as const).find((each) => next[each] === null);
    setDecade(null);
    if (missing) setOpen(missing);
  };
  const ask = (part: Part) => setOpen(part === 'year' && byDecade ? 'decade' : part);
  const selectedOf = (question: Question): string | null => {
    if (question === 'decade') return shownDecade === null ? null : String(shownDecade);
    return shown[question] === null ? null : String(shown[question]);
  };

  const partLabel = (part: Part): string => {
    const picked = shown[part];
    if (picked === null) return t(`keyboard.date.${part}`);
    return t(`keyboard.date.${part}Value`, { [part]: picked });
  };

  return (
    <Field label={label} hint={hint} error={error} warning={warning}>
      {(control) => (
        <div className="picker-field" role="group" aria-describedby={control['aria-describedby']}>
          {(['year', 'month', 'day'] as const).map((part, index) => (
            <button
              key={part}
              id={index === 0 ? control.id : undefined}
              type="button"
              className="picker-field__part"
              data-part={part}
              data-empty={shown[part] === null}
              aria-label={`${label} ${partLabel(part)}`}
              onClick={() => ask(part)}
            >
              {partLabel(part)}
            </button>
          ))}
          {open && (
            <PickerDialog
              // A new list is a new dialog: a page kept from the year list would show an empty month list.
              key={open}
              title={t(`keyboard.date.pick.${open}`)}
              choices={choicesOf(open)}
              selected={selectedOf(open)}
              pageSize={open === 'year' ? YEARS_ON_ONE_PAGE : 31}
              onPick={(picked) => pick(open, picked)}
              onCancel={() => setOpen(null)}
            />
          )}
        </div>
      )}
    </Field>
  );
}
