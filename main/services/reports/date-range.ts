// A range of court dates (YYYY-MM-DD, both ends included) as statistics and exports ask for it.
// Rows carry UTC instants; which court day one belongs to depends on the court's time zone.
import { courtDate } from '../clock';
import { KioskError } from '../errors';

export interface DateRange {
  from: string;
  to: string;
}

/** Longest range a statistic or an export covers: a year and a bit, enough for an annual report. */
export const MAX_RANGE_DAYS = 400;
const DAY_MS = 86_400_000;

export function checkRange(range: DateRange): void {
  const days = (Date.parse(range.to) - Date.parse(range.from)) / DAY_MS;
  if (days < 0) throw new KioskError('RANGE_INVALID', 'admin.errors.rangeBackwards', { from: range.from, to: range.to });
  if (days >= MAX_RANGE_DAYS) throw new KioskError('RANGE_INVALID', 'admin.errors.rangeTooLong', { days: MAX_RANGE_DAYS });
}

/**
 * UTC bounds wide enough to hold every instant of the range in any time zone (UTC−12 to UTC+14);
 * rows inside them are then sorted into court days exactly by `courtDayOf`.
 */
export function utcWindow(range: DateRange): { since: string; until: string } {
  return { since: new Date(Date.parse(range.from) - DAY_MS).toISOString(), until: new Date(Date.parse(range.to) + 2 * DAY_MS).toISOString() };
}

export const courtDayOf = (iso: string, timeZone: string): string => courtDate(new Date(iso), timeZone);

export const inRange = (day: string, range: DateRange): boolean => day >= range.from && day <= range.to;

/** Every date of the range in order, so a day with nothing on it still has its bar. */
export function daysOf(range: DateRange): string[] {
  const days: string[] = [];
  for (let t = Date.parse(range.from); t <= Date.parse(range.to); t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/** The hour of the day (0–23) at the court. */
export function courtHourOf(iso: string, timeZone: string): number {
  const hour = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
  return Number(hour);
}
