// The helper desk at the kiosk: everything that needs a person — submissions the court has not
// taken or turned down (with its reason), print jobs that failed (reprint), payments whose outcome
// is unknown (ask the terminal again) — and, in the second tab, calling queue numbers.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskOverview, KioskErrorShape } from '../../../../preload/contract';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { callKiosk, errorShapeOf, useKioskEvent } from '../../kiosk';
import { useDateTimeFormat } from '../../admin/formatting';
import { fenToYuan, groupYuan } from '../../flows/payment/money';
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
  useKioskEvent('payment.changed', refresh);
  useKioskEvent('sync.status', refresh);

  const count = overview ? overview.submissions.length + overview.failedPrints.length + overview.unknownPayments.length : 0;
  return (
    <div className="helper-desk">
      <div className="helper-desk__tabs" role="tablist" aria-label={t('helper.desk.title')}>
        <button type="button" role="tab" id="desk-tab-attention" aria-controls="desk-panel" aria-selected={tab === 'attention'} className="helper-desk__tab" onClick={() => setTab('attention')}>
          {t('helper.desk.tabs.attention', { count })}
        </button>
        <button type="button" role="tab" id="desk-tab-queue" aria-controls="desk-panel" aria-selected={tab === 'queue'} className="helper-desk__tab" onClick={() => setTab('queue')}>
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
      <section className="panel" aria-labelledby="attention-submissions">
        <h2 id="attention-submissions" className="attention__heading">
          {t('helper.desk.submissions.title', { count: overview.submissions.length })}
        </h2>
        {overview.submissions.length === 0 ? (
          <p className="attention__none">{t('helper.desk.submissions.none')}</p>
        ) : (
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
                  <td>{s.state === 'rejected' ? s.rejectReason : s.lastError ? t('helper.desk.submissions.retrying', { attempts: s.attempts }) : t('helper.desk.submissions.waiting')}</td>
                  <td>{when(s.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="panel" aria-labelledby="attention-prints">
        <h2 id="attention-prints" className="attention__heading">
          {t('helper.desk.prints.title', { count: overview.failedPrints.length })}
        </h2>
        {overview.failedPrints.length === 0 ? (
          <p className="attention__none">{t('helper.desk.prints.none')}</p>
        ) : (
          <ul className="attention__list">
            {overview.failedPrints.map((job) => (
              <li key={job.id} className="attention__item" data-print-job={job.id}>
                <div className="attention__what">
                  <p className="attention__name">
                    {job.title} <span className="attention__mono">{job.documentNo}</span>
                  </p>
                  <p className="attention__detail">
                    {t(`helper.desk.prints.failures.${job.failure ?? 'error'}`)} · {t('helper.desk.prints.attempts', { count: job.attempts })} · {when(job.updatedAt)}
                  </p>
                </div>
                <Button variant="primary" busy={busy === `print-${job.id}`} onClick={() => void act(`print-${job.id}`, () => callKiosk('print.reprint', { jobId: job.id }))}>
                  {t('helper.desk.prints.reprint')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel" aria-labelledby="attention-payments">
        <h2 id="attention-payments" className="attention__heading">
          {t('helper.desk.payments.title', { count: overview.unknownPayments.length })}
        </h2>
        {overview.unknownPayments.length === 0 ? (
          <p className="attention__none">{t('helper.desk.payments.none')}</p>
        ) : (
          <ul className="attention__list">
            {overview.unknownPayments.map((payment) => (
              <li key={payment.id} className="attention__item" data-payment={payment.id}>
                <div className="attention__what">
                  <p className="attention__name">
                    {payment.caseNumber} · {t('helper.desk.payments.amount', { amount: groupYuan(fenToYuan(payment.amountFen)) })}
                  </p>
                  <p className="attention__detail">
                    {t(`helper.desk.payments.methods.${payment.method}`)} · {when(payment.updatedAt)}
                  </p>
                </div>
                <Button variant="primary" busy={busy === `pay-${payment.id}`} onClick={() => void act(`pay-${payment.id}`, () => callKiosk('desk.reconcile', { paymentId: payment.id }))}>
                  {t('helper.desk.payments.reconcile')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
