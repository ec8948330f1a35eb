// The half-days a litigant may offer for mediation: working days (Monday to Friday) in the next
// two weeks, counted in the court's time zone so the kiosk's own clock setting cannot shift them.

/** How far ahead the date buttons reach, in calendar days. */
export const DAYS_AHEAD = 14;

/** Today's date (YYYY-MM-DD) where the court is; en-CA formats dates that way. */
export const courtToday = (now: Date, timeZone: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);

/** Calendar dates are handled at UTC midnight, so adding days never meets a daylight-saving jump. */
const atUtcMidnight = (date: string): Date => new Date(`${date}T00:00:00Z`);

/** The working days from tomorrow to DAYS_AHEAD days on; the court's mediators do not sit on weekends. */
export function bookableDays(today: string): string[] {
  const start = atUtcMidnight(today).getTime();
  const days: string[] = [];
  for (let offset = 1; offset <= DAYS_AHEAD; offset += 1) {
    const day = new Date(start + offset * 86_400_000);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) days.push(day.toISOString().slice(0, 10));
  }
  return days;
}

/** A date as people say it in the language on screen: "11月24日 周二", "Tue 24 Nov". */
export const formatDay = (date: string, language: string, style: 'short' | 'long' = 'short'): string =>
  new Intl.DateTimeFormat(language, {
    month: style === 'long' ? 'long' : 'short',
    day: 'numeric',
    weekday: style === 'long' ? 'long' : 'short',
    timeZone: 'UTC',
  }).format(atUtcMidnight(date));
