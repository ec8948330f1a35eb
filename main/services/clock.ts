// Time as a dependency, so tests can move it; no service calls Date.now() itself.
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** The date at the court, YYYY-MM-DD: receipt numbers and queue numbers turn over at its midnight. */
export function courtDate(at: Date, timeZone: string): string {
  // en-CA formats a date as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
