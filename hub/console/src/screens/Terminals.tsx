// Every terminal by site: whether it is well, what its last heartbeat said, and its open alerts;
// revoking a terminal; making a one-time code to enrol a new one at a site and group.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TerminalSummary } from '../../../server/terminals';
import { api, asApiError, type HubApiError } from '../api';
import { ErrorNote, Field, ScreenTitle } from '../components';

type Status = 'ok' | 'attention' | 'offline' | 'revoked' | 'waiting';

const statusOf = (t: TerminalSummary): Status =>
  t.revoked ? 'revoked' : t.alerts.some((a) => a.kind === 'offline') ? 'offline' : t.heartbeat === null ? 'waiting' : t.alerts.length ? 'attention' : 'ok';

export function Terminals() {
  const { t, i18n } = useTranslation();
  const [terminals, setTerminals] = useState<TerminalSummary[] | null>(null);
  const [error, setError] = useState<HubApiError | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const load = useCallback(() => {
    api<{ terminals: TerminalSummary[] }>('GET', 'terminals').then(
      (r) => setTerminals(r.terminals),
      (err: unknown) => setError(asApiError(err)),
    );
  }, []);
  useEffect(load, [load]);
  const revoke = async (id: string) => {
    setConfirming(null);
    try {
      await api('POST', `terminals/${encodeURIComponent(id)}/revoke`, {});
      load();
    } catch (err) {
      setError(asApiError(err));
    }
  };
  const when = (iso: string | null) =>
    iso ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso)) : t('terminals.never');
  const sites = [...new Set((terminals ?? []).map((x) => x.site))];
  return (
    <section className="screen" aria-labelledby="terminals-title">
      <ScreenTitle>
        <span id="terminals-title">{t('nav.terminals')}</span>
      </ScreenTitle>
      <ErrorNote error={error} />
      {terminals?.length === 0 && <p className="note">{t('terminals.none')}</p>}
      {sites.map((site) => (
        <section key={site} className="card" aria-label={site}>
          <h3>{site}</h3>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('terminals.id')}</th>
                <th scope="col">{t('terminals.group')}</th>
                <th scope="col">{t('terminals.status')}</th>
                <th scope="col">{t('terminals.lastSeen')}</th>
                <th scope="col">{t('terminals.version')}</th>
                <th scope="col">{t('terminals.outbox')}</th>
                <th scope="col">{t('terminals.alerts')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('terminals.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {terminals!
                .filter((x) => x.site === site)
                .map((x) => (
                  <tr key={x.id} data-terminal={x.id}>
                    <th scope="row">{x.id}</th>
                    <td>{x.group}</td>
                    <td>
                      <span className={`badge badge--${statusOf(x)}`} data-status={statusOf(x)}>
                        {t(`terminals.statuses.${statusOf(x)}`)}
                      </span>
                    </td>
                    <td>{when(x.lastSeenAt)}</td>
                    <td>{x.heartbeat?.softwareVersion ?? '—'}</td>
                    <td>{x.heartbeat ? t('terminals.outboxDepth', { depth: x.heartbeat.outbox.depth }) : '—'}</td>
                    <td>
                      <ul className="alerts">
                        {x.alerts.map((a) => (
                          <li key={a.id} className={`alert alert--${a.kind}`} data-alert={a.kind}>
                            {t(`alerts.${a.kind}`)}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td>
                      {!x.revoked &&
                        (confirming === x.id ? (
                          <button type="button" className="button button--danger" onClick={() => void revoke(x.id)}>
                            {t('terminals.confirmRevoke', { id: x.id })}
                          </button>
                        ) : (
                          <button type="button" className="button" onClick={() => setConfirming(x.id)}>
                            {t('terminals.revoke')}
                          </button>
                        ))}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
      ))}
      <EnrolmentCode />
    </section>
  );
}

function EnrolmentCode() {
  const { t } = useTranslation();
  const [site, setSite] = useState('');
  const [group, setGroup] = useState('default');
  const [code, setCode] = useState<string | null>(null);
  const [error, setError] = useState<HubApiError | null>(null);
  const make = async () => {
    setError(null);
    setCode(null);
    try {
      setCode((await api<{ code: string }>('POST', 'enrolment-codes', { purpose: 'terminal', site, group })).code);
    } catch (err) {
      setError(asApiError(err));
    }
  };
  return (
    <form
      className="card"
      aria-labelledby="enrol-title"
      onSubmit={(event) => {
        event.preventDefault();
        void make();
      }}
    >
      <h3 id="enrol-title">{t('enrol.title')}</h3>
      <p className="note">{t('enrol.intro')}</p>
      <ErrorNote error={error} />
      <div className="row">
        <Field label={t('enrol.site')} hint={t('enrol.siteHint')}>
          {(p) => <input {...p} name="site" value={site} onChange={(e) => setSite(e.target.value)} required />}
        </Field>
        <Field label={t('enrol.group')} hint={t('enrol.groupHint')}>
          {(p) => <input {...p} name="group" value={group} onChange={(e) => setGroup(e.target.value)} required />}
        </Field>
      </div>
      <button type="submit" className="button button--primary">
        {t('enrol.make')}
      </button>
      {code && (
        <p className="code" role="status">
          {t('enrol.code')} <strong data-enrolment-code>{code}</strong>
        </p>
      )}
    </form>
  );
}
