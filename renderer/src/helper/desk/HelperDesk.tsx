// The helper desk at the kiosk: everything that needs a person — submissions the court has not
// taken or turned down (with its reason), print jobs that failed (reprint), payments whose outcome
// is unknown (ask the terminal again) — and, in the second tab, calling queue numbers.
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskOverview, KioskErrorShape } from '../../../../contract';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { callKiosk, errorShapeOf, useKioskEvent } from '../../kiosk';
import { useDateTimeFormat } from '../../admin/formatting';
import { fenToYuan, groupYuan } from '../../flows/fees/money';
import { QueueControls } from './QueueDesk';
import '../../components/panel.css';
import './desk.css';

type Tab = 'attention' | 'queue';

export function HelperDesk() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('attention');
  const [overview, setOverview] = useState<DeskOverview | null>(null);
  const [error, setError] = useState<KioskErrorShape | null>(null);

  const refresh = useCallback(() => {
    callKiosk('desk.overview', {}).then(setOverview, (err: unknown) => setError(errorShapeOf(err)));
  }, []);
  useEffect(refresh, [refresh]);
  useKioskEvent('print.changed', refresh);
  useKioskEvent('fees.paymentChanged', refresh);
  useKioskEvent('sync.status', refresh);

  const count = overview ? overview.submissions.length + overview.failedPrints.length + overview.unknownPayments.length : 0;
  return (
    <div className="helper-desk">
      <div className="helper-desk__tabs" role="tablist" aria-label={t('helper.desk.title')}>
        <button
          type="button"
          role="tab"
          id="desk-tab-attention"
          aria-controls="desk-panel"
          aria-selected={tab === 'attention'}
          className="helper-desk__tab"
          onClick={() => setTab('attention')}
        >
          {t('helper.desk.tabs.attention', { count })}
        </button>
        <button
          type="button"
          role="tab"
          id="desk-tab-queue"
          aria-controls="desk-panel"
          aria-selected={tab === 'queue'}
          className="helper-desk__tab"
          onClick={() => setTab('queue')}
        >
          {t('helper.desk.tabs.queue')}
        </button>
      </div>
      <div id="desk-panel" role="tabpanel" aria-labelledby={`desk-tab-${tab}`} className="helper-desk__panel">
        {tab === 'queue' ? (
          <QueueControls />
        ) : (
          <>
            <ErrorBanner error={error} />
            {overview && <Attention overview={overview} onChanged={refresh} />}
          </>
        )}
      </div>
    </div>
  );
}

function Attention({ overview, onChanged }: { overview: DeskOverview; onChanged(): void }) {
  const { t } = useTranslation();
  const when = useDateTimeFormat();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<KioskErrorShape | null>(null);
  const act = async (id: string, action: () => Promise<unknown>) => {
    setBusy(id);
    setError(null);
    try {
      await action();
      onChanged();
    } catch (err) {
      setError(errorShapeOf(err));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="attention">
      <ErrorBanner error={error} />
      <AttentionSection
        id="attention-submissions"
        title={t('helper.desk.submissions.title', { count: overview.submissions.length })}
        none={overview.submissions.length === 0 ? t('helper.desk.submissions.none') : null}
      >
        <table className="attention__table">
          <thead>
            <tr>
              <th scope="col">{t('helper.desk.submissions.receiptNo')}</th>
              <th scope="col">{t('helper.desk.submissions.kind')}</th>
              <th scope="col">{t('helper.desk.submissions.state')}</th>
              <th scope="col">{t('helper.desk.submissions.reason')}</th>
              <th scope="col">{t('helper.desk.submissions.createdAt')}</th>
            </tr>
          </thead>
          <tbody>
            {overview.submissions.map((s) => (
              <tr key={s.receiptNo} data-receipt={s.receiptNo} data-state={s.state}>
                <td className="attention__mono">{s.receiptNo}</td>
                <td>{t(`helper.desk.kinds.${s.kind}`, { defaultValue: s.kind })}</td>
                <td>
                  <span className={`attention__badge attention__badge--${s.state}`}>{t(`helper.desk.states.${s.state}`)}</span>
                </td>
                <td>
                  {s.state === 'rejected'
                    ? s.rejectReason
                    : s.lastError
                      ? t('helper.desk.submissions.retrying', { attempts: s.attempts })
                      : t('helper.desk.submissions.waiting')}
                </td>
                <td>{when(s.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </AttentionSection>

      <AttentionSection
        id="attention-prints"
        title={t('helper.desk.prints.title', { count: overview.failedPrints.length })}
        none={overview.failedPrints.length === 0 ? t('helper.desk.prints.none') : null}
      >
        <ul className="attention__list">
          {overview.failedPrints.map((job) => (
            <AttentionItem
              key={job.id}
              data={{ 'data-print-job': job.id }}
              name={
                <>
                  {job.title} <span className="attention__mono">{job.documentNo}</span>
                </>
              }
              detail={`${t(`helper.desk.prints.failures.${job.failure ?? 'error'}`)} · ${t('helper.desk.prints.attempts', { count: job.attempts })} · ${when(job.updatedAt)}`}
              action={t('helper.desk.prints.reprint')}
              busy={busy === `print-${job.id}`}
              onAct={() => void act(`print-${job.id}`, () => callKiosk('print.reprint', { jobId: job.id }))}
            />
          ))}
        </ul>
      </AttentionSection>

      <AttentionSection
        id="attention-payments"
        title={t('helper.desk.payments.title', { count: overview.unknownPayments.length })}
        none={overview.unknownPayments.length === 0 ? t('helper.desk.payments.none') : null}
      >
        <ul className="attention__list">
          {overview.unknownPayments.map((payment) => (
            <AttentionItem
              key={payment.id}
              data={{ 'data-payment': payment.id }}
              name={`${payment.caseNumber} · ${t('helper.desk.payments.amount', { amount: groupYuan(fenToYuan(payment.amountFen)) })}`}
              detail={`${t(`helper.desk.payments.methods.${payment.method}`)} · ${when(payment.updatedAt)}`}
              action={t('helper.desk.payments.reconcile')}
              busy={busy === `pay-${payment.id}`}
              onAct={() => void act(`pay-${payment.id}`, () => callKiosk('desk.reconcile', { paymentId: payment.id }))}
            />
          ))}
        </ul>
      </AttentionSection>
    </div>
  );
}

/** One kind of thing that needs a person: its heading with the count, then the list, or "none". */
function AttentionSection({ id, title, none, children }: { id: string; title: string; none: string | null; children: ReactNode }) {
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id} className="attention__heading">
        {title}
      </h2>
      {none === null ? children : <p className="attention__none">{none}</p>}
    </section>
  );
}

/** One row to act on: what it is, the detail staff check it by, and the button that deals with it. */
function AttentionItem(props: {
  data: Record<`data-${string}`, string | number>;
  name: ReactNode;
  detail: string;
  action: string;
  busy: boolean;
  onAct(): void;
}) {
  return (
    <li className="attention__item" {...props.data}>
      <div className="attention__what">
        <p className="attention__name">{props.name}</p>
        <p className="attention__detail">{props.detail}</p>
      </div>
      <Button variant="primary" busy={props.busy} onClick={props.onAct}>
        {props.action}
      </Button>
    </li>
  );
}
