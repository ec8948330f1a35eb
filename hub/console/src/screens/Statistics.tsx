// Figures across every terminal: submissions per day (a bar chart with its table), the busiest
// terminals, and how many terminals need attention.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FleetStatistics } from '../../../server/statistics';
import { api, asApiError, type HubApiError } from '../api';
import { ErrorNote, Field, ScreenTitle } from '../components';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export function Statistics() {
  const { t } = useTranslation();
  const [from, setFrom] = useState(isoDay(new Date(Date.now() - 29 * 86_400_000)));
  const [to, setTo] = useState(isoDay(new Date(Date.now() + 86_400_000)));
  const [stats, setStats] = useState<FleetStatistics | null>(null);
  const [error, setError] = useState<HubApiError | null>(null);
  useEffect(() => {
    api<FleetStatistics>('GET', `statistics?${new URLSearchParams({ from, to })}`).then(
      (s) => (setStats(s), setError(null)),
      (err: unknown) => setError(asApiError(err)),
    );
  }, [from, to]);
  const days = stats ? [...new Set(stats.perDay.map((d) => d.day))] : [];
  const totals = days.map((day) => ({ day, count: stats!.perDay.filter((d) => d.day === day).reduce((sum, d) => sum + d.count, 0) }));
  const max = Math.max(1, ...totals.map((d) => d.count));
  return (
    <section className="screen" aria-labelledby="stats-title">
      <ScreenTitle>
        <span id="stats-title">{t('nav.statistics')}</span>
      </ScreenTitle>
      <div className="row">
        <Field label={t('stats.from')}>{(p) => <input {...p} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />}</Field>
        <Field label={t('stats.to')}>{(p) => <input {...p} type="date" value={to} onChange={(e) => setTo(e.target.value)} />}</Field>
      </div>
      <ErrorNote error={error} />
      {stats && (
        <>
          <ul className="tiles">
            <li className="tile">
              <span className="tile__number">{stats.terminals.total}</span> {t('stats.terminals')}
            </li>
            <li className="tile tile--attention">
              <span className="tile__number">{stats.terminals.withAlerts}</span> {t('stats.withAlerts')}
            </li>
            <li className="tile">
              <span className="tile__number">{stats.terminals.revoked}</span> {t('stats.revoked')}
            </li>
          </ul>
          <figure className="card chart">
            <figcaption>{t('stats.perDay')}</figcaption>
            {totals.length === 0 ? (
              <p className="note">{t('stats.none')}</p>
            ) : (
              // At least a month's width, so a single day's bar is not blown up to fill the card.
              <svg viewBox={`0 0 ${Math.max(30, totals.length) * 40} 170`} role="img" aria-label={t('stats.chartLabel')} className="chart__svg">
                {totals.map((d, i) => {
                  const h = Math.max(2, Math.round((d.count / max) * 110));
                  return (
                    <g key={d.day}>
                      <rect x={i * 40 + 6} y={140 - h} width={28} height={h} className="chart__bar" />
                      <text x={i * 40 + 20} y={134 - h} textAnchor="middle" className="chart__value">
                        {d.count}
                      </text>
                      <text x={i * 40 + 20} y={160} textAnchor="middle" className="chart__label">
                        {d.day.slice(5)}
                      </text>
                    </g>
                  );
                })}
              </svg>
            )}
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('stats.day')}</th>
                  <th scope="col">{t('stats.kind')}</th>
                  <th scope="col">{t('stats.count')}</th>
                </tr>
              </thead>
              <tbody>
                {stats.perDay.map((d) => (
                  <tr key={`${d.day}-${d.kind}`}>
                    <td>{d.day}</td>
                    <td>{t(`kinds.${d.kind}`)}</td>
                    <td>{d.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </figure>
          <section className="card" aria-labelledby="busiest-title">
            <h3 id="busiest-title">{t('stats.perTerminal')}</h3>
            <ol className="bars">
              {stats.perTerminal.map((p) => (
                <li key={p.terminalId}>
                  <span className="bars__label">{p.terminalId}</span>
                  <span className="bars__bar" style={{ width: `${(p.count / Math.max(1, stats.perTerminal[0]!.count)) * 100}%` }} />
                  <span className="bars__value">{p.count}</span>
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </section>
  );
}
