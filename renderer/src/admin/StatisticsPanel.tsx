// The terminal's figures with plain bar charts (CSS widths, no chart library): activity per day,
// per service, and visits by hour of the day; the helper desk's wait and handling times.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskErrorShape, Statistics } from '../../../contract';
import { useTerminalConfig } from '../app/terminal-config';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { callKiosk, errorShapeOf } from '../kiosk';
import { lastDays, RangePicker, type DateRangeValue } from './RangePicker';

/** One labelled bar per row, scaled to the largest value shown. */
function BarChart({ title, rows }: { title: string; rows: { label: string; value: number; note?: string }[] }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <figure className="bar-chart">
      <figcaption className="bar-chart__title">{title}</figcaption>
      <dl className="bar-chart__rows">
        {rows.map((row) => (
          <div key={row.label} className="bar-chart__row">
            <dt className="bar-chart__label">{row.label}</dt>
            <dd className="bar-chart__value">
              <span className="bar-chart__bar" style={{ width: `${(row.value / max) * 100}%` }} />
              <span className="bar-chart__number">{row.note ?? row.value}</span>
            </dd>
          </div>
        ))}
      </dl>
    </figure>
  );
}

export function StatisticsPanel() {
  const { t } = useTranslation();
  const { timeZone } = useTerminalConfig();
  const [range, setRange] = useState<DateRangeValue>(() => lastDays(timeZone, 7));
  const [stats, setStats] = useState<Statistics | null>(null);
  const [error, setError] = useState<KioskErrorShape | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async (asked: DateRangeValue) => {
    setBusy(true);
    setError(null);
    try {
      setStats(await callKiosk('admin.statistics', asked));
    } catch (err) {
      setError(errorShapeOf(err));
    } finally {
      setBusy(false);
    }
  }, []);
  useEffect(() => {
    void load(lastDays(timeZone, 7));
  }, [load, timeZone]);

  const minutes = (value: number | null) => (value === null ? t('admin.stats.noData') : t('admin.stats.minutes', { count: value }));
  const totals = stats && {
    visits: stats.days.reduce((n, d) => n + d.visits, 0),
    submissions: stats.days.reduce((n, d) => n + d.submissions, 0),
    payments: stats.days.reduce((n, d) => n + d.payments, 0),
    tickets: stats.days.reduce((n, d) => n + d.tickets, 0),
  };
  return (
    <section className="console-section" aria-labelledby="stats-title">
      <h2 id="stats-title" className="console-section__title">
        {t('admin.sections.statistics')}
      </h2>
      <div className="console-row">
        <RangePicker value={range} onChange={setRange} />
        <Button variant="primary" busy={busy} onClick={() => void load(range)}>
          {t('admin.stats.show')}
        </Button>
      </div>
      <ErrorBanner error={error} />
      {stats && totals && (
        <>
          <dl className="stat-tiles">
            {(['visits', 'submissions', 'payments', 'tickets'] as const).map((key) => (
              <div key={key} className="stat-tile" data-stat={key}>
                <dt>{t(`admin.stats.totals.${key}`)}</dt>
                <dd>{totals[key]}</dd>
              </div>
            ))}
            <div className="stat-tile" data-stat="wait">
              <dt>{t('admin.stats.averageWait')}</dt>
              <dd>{minutes(stats.averageWaitMinutes)}</dd>
            </div>
            <div className="stat-tile" data-stat="handling">
              <dt>{t('admin.stats.averageHandling', { count: stats.ticketsServed })}</dt>
              <dd>{minutes(stats.averageHandlingMinutes)}</dd>
            </div>
          </dl>
          <div className="stat-charts">
            <BarChart
              title={t('admin.stats.perDay')}
              // A quiet day reads as a plain 0; a busy one says what was done.
              rows={stats.days.map((d) => ({
                label: d.date.slice(5),
                value: d.visits,
                ...(d.visits + d.submissions + d.payments + d.tickets > 0
                  ? { note: t('admin.stats.dayNote', { visits: d.visits, submissions: d.submissions, payments: d.payments, tickets: d.tickets }) }
                  : {}),
              }))}
            />
            <BarChart
              title={t('admin.stats.perService')}
              rows={stats.perService.map((s) => ({ label: t(`admin.stats.services.${s.service}`), value: s.count }))}
            />
            <BarChart
              title={t('admin.stats.busiestHours')}
              // Opening hours: the hours with any visit, and the working day around them.
              rows={stats.busiestHours
                .filter((h) => h.visits > 0 || (h.hour >= 8 && h.hour <= 18))
                .map((h) => ({ label: t('admin.stats.hour', { hour: String(h.hour).padStart(2, '0') }), value: h.visits }))}
            />
          </div>
        </>
      )}
    </section>
  );
}
