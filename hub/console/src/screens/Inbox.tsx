// The submissions the hub received as the court's receiver: newest first, by kind, with exports the
// court's case system can read (CSV or JSON, by date).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxRow } from '../../../server/court-receiver';
import { api, asApiError, type HubApiError } from '../api';
import { ErrorNote, Field, ScreenTitle } from '../components';

const KINDS = ['', 'filing', 'mediation', 'payment', 'refund', 'relief'] as const;

export function Inbox() {
  const { t, i18n } = useTranslation();
  const [kind, setKind] = useState('');
  const [rows, setRows] = useState<InboxRow[] | null>(null);
  const [error, setError] = useState<HubApiError | null>(null);
  const [from, setFrom] = useState(new Date(Date.now() - 6 * 86_400_000).toISOString().slice(0, 10));
  const [to, setTo] = useState(new Date(Date.now() + 86_400_000).toISOString().slice(0, 10));
  useEffect(() => {
    api<{ submissions: InboxRow[] }>('GET', `submissions?${new URLSearchParams({ limit: '100', ...(kind ? { kind } : {}) })}`).then(
      (r) => setRows(r.submissions),
      (err: unknown) => setError(asApiError(err)),
    );
  }, [kind]);
  const exportUrl = (format: string) => `/api/submissions/export?${new URLSearchParams({ format, from, to })}`;
  return (
    <section className="screen" aria-labelledby="inbox-title">
      <ScreenTitle>
        <span id="inbox-title">{t('nav.inbox')}</span>
      </ScreenTitle>
      <div className="row">
        <Field label={t('inbox.kind')}>
          {(p) => (
            <select {...p} value={kind} onChange={(e) => setKind(e.target.value)}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {k === '' ? t('inbox.allKinds') : t(`kinds.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <ErrorNote error={error} />
      <table className="table card" aria-label={t('nav.inbox')}>
        <thead>
          <tr>
            <th scope="col">{t('inbox.courtRef')}</th>
            <th scope="col">{t('inbox.kind')}</th>
            <th scope="col">{t('inbox.receiptNo')}</th>
            <th scope="col">{t('inbox.terminal')}</th>
            <th scope="col">{t('inbox.receivedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {rows?.length === 0 && (
            <tr>
              <td colSpan={5}>{t('inbox.none')}</td>
            </tr>
          )}
          {rows?.map((r) => (
            <tr key={r.key} data-submission={r.key}>
              <th scope="row">{r.courtRef}</th>
              <td>{t(`kinds.${r.kind}`)}</td>
              <td>{r.receiptNo}</td>
              <td>{r.terminalId}</td>
              <td>{new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'medium' }).format(new Date(r.receivedAt))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section className="card" aria-labelledby="export-title">
        <h3 id="export-title">{t('inbox.export')}</h3>
        <div className="row">
          <Field label={t('stats.from')}>{(p) => <input {...p} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />}</Field>
          <Field label={t('stats.to')}>{(p) => <input {...p} type="date" value={to} onChange={(e) => setTo(e.target.value)} />}</Field>
        </div>
        <div className="row">
          <a className="button" href={exportUrl('csv')} download>
            {t('inbox.csv')}
          </a>
          <a className="button" href={exportUrl('json')} download>
            {t('inbox.json')}
          </a>
        </div>
      </section>
    </section>
  );
}
