// Which days are rest days (法定休假日) in the national calendar — Saturdays and Sundays, public
// holidays, less the make-up working days (调休上班) — from resources/calendar/rest-days.json, for
// Civil Code Art 203: a period whose last day is a rest day ends on the first working day after it.
// A year whose notice the file lacks is unknown, and callers must not guess: a deadline later than
// the real one could cost a litigant the claim.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export type IsoDate = string;

const Day = z.iso.date();

const Year = z.object({
  source: z.string().min(1),
  holidays: z.array(z.tuple([Day, Day])),
  workdays: z.array(Day),
});

export const RestDaysFile = z.object({ about: z.string(), years: z.record(z.string().regex(/^\d{4}$/), Year) }).superRefine((file, ctx) => {
  for (const [year, entry] of Object.entries(file.years)) {
    const problem = (message: string) => ctx.addIssue({ code: 'custom', path: ['years', year], message });
    for (const [from, to] of entry.holidays) {
      if (!from.startsWith(year) || !to.startsWith(year) || from > to) problem(`holiday ${from}–${to} is not a range inside ${year}`);
    }
    for (const day of entry.workdays) {
      if (!day.startsWith(year)) problem(`working day ${day} is not in ${year}`);
      if (!isWeekend(day)) problem(`working day ${day} is not a Saturday or Sunday, so it needs no listing`);
      if (entry.holidays.some(([from, to]) => from <= day && day <= to)) problem(`${day} is both a holiday and a working day`);
    }
  }
});
export type RestDaysFile = z.infer<typeof RestDaysFile>;

const utc = (day: IsoDate) => new Date(`${day}T00:00:00Z`);
const isWeekend = (day: IsoDate) => [0, 6].includes(utc(day).getUTCDay());
const nextDay = (day: IsoDate) => new Date(utc(day).getTime() + 86_400_000).toISOString().slice(0, 10);

/** No run of rest days is longer (the Spring Festival's nine); a longer one means the calendar file is wrong. */
const LONGEST_REST_RUN_DAYS = 14;

export class RestDays {
  constructor(private readonly file: RestDaysFile) {}

  /** A calendar that knows no year: every answer is "unknown". */
  static none(): RestDays {
    return new RestDays({ about: '', years: {} });
  }

  /** null when the year's holiday notice is not in the calendar. */
  isRestDay(day: IsoDate): boolean | null {
    const year = this.file.years[day.slice(0, 4)];
    if (!year) return null;
    if (year.holidays.some(([from, to]) => from <= day && day <= to)) return true;
    return isWeekend(day) && !year.workdays.includes(day);
  }

  /** The first working day on or after `day`; null when the search runs into an unknown year. */
  firstWorkingDayFrom(day: IsoDate): IsoDate | null {
    let candidate = day;
    for (let i = 0; i <= LONGEST_REST_RUN_DAYS; i++) {
      const rest = this.isRestDay(candidate);
      if (rest === null) return null;
      if (!rest) return candidate;
      candidate = nextDay(candidate);
    }
    throw new Error(`no working day within ${LONGEST_REST_RUN_DAYS} days of ${day}: the rest-day calendar is wrong`);
  }
}

/**
 * Reads and checks the calendar file. A missing or broken one is logged and leaves every year
 * unknown — the reports then say Art 203 was not applied — rather than keeping the kiosk from starting.
 */
export function loadRestDays(path: string, log: (message: string, context?: Record<string, unknown>) => void): RestDays {
  try {
    return new RestDays(RestDaysFile.parse(JSON.parse(readFileSync(path, 'utf8'))));
  } catch (err) {
    log('rest-day calendar refused', { file: path, error: err instanceof Error ? err.message : String(err) });
    return RestDays.none();
  }
}
