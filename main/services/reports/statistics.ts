// The terminal's figures for a range of court days: visits, submissions, payments and tickets per
// day and per service, how long the helper desk takes, and the hours the kiosk is busiest.
// Counted from what the kiosk keeps anyway; nothing here holds personal data.
import type { Statistics } from '../../../contract';
import { confirmedPaymentTimes } from '../fees/payment-records';
import { submissionTimes } from '../outbox/submission-records';
import type { Queryable } from '../storage/database';
import { checkRange, courtDayOf, courtHourOf, daysOf, inRange, utcWindow, type DateRange } from './date-range';

/** What the "per service" chart counts, in home-screen order; a payment is money taken, not tried. */
const SERVICE_SOURCES: Record<string, (db: Queryable, since: string, until: string) => Promise<{ created_at: string }[]>> = {
  filing: (db, since, until) => submissionTimes(db, 'filing', since, until),
  mediation: (db, since, until) => submissionTimes(db, 'mediation', since, until),
  payment: confirmedPaymentTimes,
  refund: (db, since, until) => submissionTimes(db, 'refund', since, until),
  relief: (db, since, until) => submissionTimes(db, 'relief', since, until),
};

const minutesBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 60_000;
const average = (values: number[]): number | null => (values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10);

export async function statistics(db: Queryable, range: DateRange, timeZone: string): Promise<Statistics> {
  checkRange(range);
  const { since, until } = utcWindow(range);
  const onDay = (iso: string) => courtDayOf(iso, timeZone);
  const within = <T>(rows: T[], at: (row: T) => string) => rows.filter((row) => inRange(onDay(at(row)), range));

  const visits = within(
    await db.all<{ started_at: string }>('SELECT started_at FROM sessions WHERE started_at >= ? AND started_at < ?', [since, until]),
    (r) => r.started_at,
  );
  const tickets = within(
    await db.all<{ service: string; state: string; issued_at: string; called_at: string | null; finished_at: string | null }>(
      'SELECT service, state, issued_at, called_at, finished_at FROM tickets WHERE issued_at >= ? AND issued_at < ?',
      [since, until],
    ),
    (r) => r.issued_at,
  );
  const perServiceRows = await Promise.all(
    Object.entries(SERVICE_SOURCES).map(async ([service, source]) => {
      const rows = await source(db, since, until);
      return { service, rows: within(rows, (r) => r.created_at) };
    }),
  );

  const days = daysOf(range).map((date) => ({
    date,
    visits: visits.filter((v) => onDay(v.started_at) === date).length,
    submissions: perServiceRows.filter((s) => s.service !== 'payment').reduce((n, s) => n + s.rows.filter((r) => onDay(r.created_at) === date).length, 0),
    payments: perServiceRows.find((s) => s.service === 'payment')!.rows.filter((r) => onDay(r.created_at) === date).length,
    tickets: tickets.filter((t) => onDay(t.issued_at) === date).length,
  }));

  const hours = Array.from({ length: 24 }, (_, hour) => ({ hour, visits: 0 }));
  for (const visit of visits) hours[courtHourOf(visit.started_at, timeZone)]!.visits += 1;

  const called = tickets.filter((t) => t.called_at !== null);
  const served = tickets.filter((t) => t.state === 'served' && t.called_at !== null && t.finished_at !== null);
  return {
    from: range.from,
    to: range.to,
    days,
    perService: [...perServiceRows.map((s) => ({ service: s.service, count: s.rows.length })), { service: 'tickets', count: tickets.length }],
    ticketsByService: [...new Set(tickets.map((t) => t.service))]
      .sort()
      .map((service) => ({ service, count: tickets.filter((t) => t.service === service).length })),
    averageWaitMinutes: average(called.map((t) => minutesBetween(t.issued_at, t.called_at!))),
    averageHandlingMinutes: average(served.map((t) => minutesBetween(t.called_at!, t.finished_at!))),
    ticketsServed: served.length,
    busiestHours: hours,
  };
}
