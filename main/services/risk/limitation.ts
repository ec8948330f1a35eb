// Limitation-period arithmetic (诉讼时效 / 仲裁时效 / 申请执行期间), and other periods of months
// (保证期间, the six-month bar on suing again), as small pure functions over ISO dates: when a
// period ends, and how many days are left. The periods are limitation.data.ts.
import type { PeriodLaw } from '../../../contract';
import type { RestDays } from '../calendar/rest-days';
import { ARTICLES, LONG_STOP, PERIOD_COUNTING, PERIODS, SUSPENSION, type LimitationRegime } from './limitation.data';

export type IsoDate = string;

export interface LimitationInput {
  regime: LimitationRegime;
  /** The day the claimant knew or should have known of the harm and the obligor (Art 188). */
  start: IsoDate;
  /** The due date of the last instalment of one debt paid in instalments (Art 189). */
  lastInstalmentDue?: IsoDate;
  /** Written demands, acknowledgements, suits or arbitration applications (Art 195). */
  interruptions?: IsoDate[];
  /** The day of the harm itself, for the 20-year long stop (Art 188(2)). */
  harmDate?: IsoDate;
  /** The day an obstacle to suing (force majeure, no guardian, being controlled…) passed (Art 194). */
  obstacleEnded?: IsoDate;
  /** The claim is one that no limitation applies to (Art 196). */
  noLimitation?: boolean;
  /** Wage arrears: null while the employment lasts, else the day it ended (仲裁法 Art 27(4)). */
  wageArrearsEmploymentEnd?: IsoDate | null;
  asOf: IsoDate;
  /** The national calendar, for Art 203 (a last day on a rest day moves to the next working day). */
  restDays: RestDays;
}

export type LimitationResult =
  | {
      status: 'running' | 'expired';
      /** The day from which the period was last counted (an event, an instalment, an interruption). */
      countedFrom: IsoDate;
      lastDay: IsoDate;
      /** The period's own last day when it fell on a rest day and moved to `lastDay` (Art 203). */
      rolledFrom: IsoDate | null;
      /** From asOf to the last day; 0 on the last day itself, negative once expired. */
      daysLeft: number;
      cappedByLongStop: boolean;
      /** Suspended by an obstacle in the last six months (Art 194). */
      suspended: boolean;
      articles: string[];
      /** Art 203, when the calendar lacks the year of the last day: that day may be earlier than the law's, never later. */
      notApplied: string[];
    }
  | { status: 'noLimitation' | 'notRunning'; articles: string[] };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: IsoDate): [number, number, number] {
  const m = ISO.exec(date);
  if (!m) throw new RangeError(`not an ISO date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const iso = (year: number, month: number, day: number) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * The last day of a period of whole years or months counted from `event`. The event day itself is
 * not counted (Art 201), so the period ends on the corresponding date of the final month (Art 202):
 * knew on 2020-03-10 → counting from 03-11 → last day 2023-03-10. With no corresponding date
 * (a 29 February, a 31st) the month's last day is the last day.
 */
export function periodLastDay(event: IsoDate, length: { years?: number; months?: number }): IsoDate {
  const [y, m, d] = parts(event);
  const total = y * 12 + (m - 1) + (length.years ?? 0) * 12 + (length.months ?? 0);
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return iso(year, month, Math.min(d, daysInMonth(year, month)));
}

/** The day `days` whole days after `event` (Art 201: the event day itself is not counted). */
export function dayPeriodLastDay(event: IsoDate, days: number): IsoDate {
  const [y, m, d] = parts(event);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const utc = (date: IsoDate) => {
    const [y, m, d] = parts(date);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** The last day to sue, apply for arbitration or apply for enforcement, and the articles that say so. */
export function limitationLastDay(input: LimitationInput): LimitationResult {
  if (input.noLimitation) return { status: 'noLimitation', articles: [ARTICLES.noLimitation] };
  if (input.wageArrearsEmploymentEnd === null) return { status: 'notRunning', articles: [ARTICLES.wageArrears] };

  const period = PERIODS[input.regime];
  const periodFrom = (event: IsoDate) =>
    period.days !== undefined ? dayPeriodLastDay(event, period.days) : periodLastDay(event, { years: period.years ?? 0 });
  // Art 203: the period is still running until the first working day on or after its own last day,
  // so a demand or an obstacle on a rolled-over day counts. An unknown year leaves the day as it is.
  const runsUntil = (day: IsoDate) => rolledPastRestDays(day, input.restDays).lastDay;
  const articles: string[] = [period.article, ...countingArticles(period.law, period.days === undefined)];
  const { rollover } = PERIOD_COUNTING[period.law];
  let countedFrom = input.start;
  if (input.wageArrearsEmploymentEnd !== undefined) {
    countedFrom = input.wageArrearsEmploymentEnd;
    articles.push(ARTICLES.wageArrears);
  }
  if (input.lastInstalmentDue !== undefined) {
    countedFrom = input.lastInstalmentDue;
    articles.push(ARTICLES.instalments);
  }
  let lastDay = periodFrom(countedFrom);
  // An interruption restarts the whole period, but only while it is still running (Art 195);
  // one made before the period began, or after it ran out, changes nothing. A fixed period has none.
  const interruptions = period.days !== undefined ? [] : [...(input.interruptions ?? [])].sort();
  for (const at of interruptions) {
    if (at <= countedFrom || at > runsUntil(lastDay)) continue;
    countedFrom = at;
    lastDay = periodFrom(at);
    if (!articles.includes(ARTICLES.interruption))
      articles.push(ARTICLES.interruption, ...(input.regime === 'labourArbitration' ? [ARTICLES.labourInterruption] : []));
  }
  // Suspension (Art 194): an obstacle that was there in the last six months stops the clock; the
  // period then ends six months after it passed. One that passed earlier changes nothing.
  let suspended = false;
  if (
    period.days === undefined &&
    input.obstacleEnded !== undefined &&
    input.obstacleEnded > periodLastDay(runsUntil(lastDay), { months: -SUSPENSION.months })
  ) {
    const resumed = periodLastDay(input.obstacleEnded, { months: SUSPENSION.months });
    if (resumed > runsUntil(lastDay)) {
      lastDay = resumed;
      suspended = true;
      articles.push(SUSPENSION.article);
    }
  }
  // The 20-year long stop is neither suspended nor interrupted (Art 188(2)).
  let cappedByLongStop = false;
  if (input.harmDate !== undefined) {
    const longStop = periodLastDay(input.harmDate, { years: LONG_STOP.years });
    if (longStop < lastDay) {
      lastDay = longStop;
      cappedByLongStop = true;
      articles.push(LONG_STOP.article);
    }
  }
  const rolled = rolledPastRestDays(lastDay, input.restDays);
  if (rolled.rolledFrom !== null && !articles.includes(rollover)) articles.push(rollover);
  const daysLeft = daysBetween(input.asOf, rolled.lastDay);
  const notApplied = rolled.known ? [] : [rollover];
  return {
    status: daysLeft < 0 ? 'expired' : 'running',
    countedFrom,
    lastDay: rolled.lastDay,
    rolledFrom: rolled.rolledFrom,
    daysLeft,
    cappedByLongStop,
    suspended,
    articles,
    notApplied,
  };
}

/**
 * The roll-over of Civil Code Art 203 and CPL Art 85, which say the same: a last day that is a rest
 * day moves to the first working day after it. In a year the calendar does not know (`known` false),
 * the day stays as it is: earlier than the law's, never later.
 */
export function rolledPastRestDays(lastDay: IsoDate, restDays: RestDays): { lastDay: IsoDate; rolledFrom: IsoDate | null; known: boolean } {
  const workingDay = restDays.firstWorkingDayFrom(lastDay);
  if (workingDay === null) return { lastDay, rolledFrom: null, known: false };
  return workingDay === lastDay ? { lastDay, rolledFrom: null, known: true } : { lastDay: workingDay, rolledFrom: lastDay, known: true };
}

export interface PeriodEnd {
  lastDay: IsoDate;
  rolledFrom: IsoDate | null;
  /** The counting articles of the period's law, and its roll-over article when the last day moved. */
  articles: string[];
  /** The roll-over article, when the calendar lacks the year of the last day. */
  notApplied: string[];
}

/**
 * The last day of a period of months counted from `event` under the counting rules of `law`
 * (a guarantee period: Civil Code Arts 201–203; the six-month bar: CPL Art 85), moved off a rest day.
 */
export function monthPeriodEnd(event: IsoDate, months: number, law: PeriodLaw, restDays: RestDays): PeriodEnd {
  const { rollover } = PERIOD_COUNTING[law];
  const rolled = rolledPastRestDays(periodLastDay(event, { months }), restDays);
  const counting = countingArticles(law, true);
  const articles = rolled.rolledFrom !== null && !counting.includes(rollover) ? [...counting, rollover] : counting;
  return { lastDay: rolled.lastDay, rolledFrom: rolled.rolledFrom, articles, notApplied: rolled.known ? [] : [rollover] };
}

/** The counting articles of a law, each once: the start day left out; the corresponding date, for periods of months or years only. */
function countingArticles(law: PeriodLaw, ofMonths: boolean): string[] {
  const { startDayExcluded, correspondingDay } = PERIOD_COUNTING[law];
  return [...new Set([startDayExcluded, ...(ofMonths ? [correspondingDay] : [])])];
}
