// The answers, in plain words: a case's stage with its history and the next hearing; a receipt's
// journey from this kiosk to the court.
import { useTranslation } from 'react-i18next';
import type { CaseStatus, LocalizedText, ReceiptStatus } from '../../../../contract';
import { useTerminalConfig } from '../../app/terminal-config';
import { AlertIcon, CheckIcon, ClockIcon } from '../../components/icons';

const inLanguage = (text: LocalizedText, language: string) => text[language] ?? text['zh-CN'];

export function CaseStatusView({ status }: { status: CaseStatus }) {
  const { t, i18n } = useTranslation();
  const { timeZone } = useTerminalConfig();
  const hearing = status.nextHearing;
  const when = hearing && new Intl.DateTimeFormat(i18n.language, { timeZone, dateStyle: 'full', timeStyle: 'short' }).format(new Date(hearing.at));
  return (
    <section className="case-status__answer" aria-labelledby="case-status-stage" data-stage={status.stage}>
      <p className="case-status__number">{status.caseNumber}</p>
      <p className="case-status__cause">{inLanguage(status.cause, i18n.language)}</p>
      <h2 id="case-status-stage" className="case-status__stage">
        {t(`caseStatus.stages.${status.stage}.title`)}
      </h2>
      <p className="case-status__explain">{t(`caseStatus.stages.${status.stage}.body`)}</p>
      {hearing && (
        <div className="case-status__hearing">
          <ClockIcon size="lg" />
          <div>
            <p className="case-status__hearing-label">{t('caseStatus.nextHearing')}</p>
            <p className="case-status__hearing-when">{when}</p>
            <p className="case-status__hearing-place">{inLanguage(hearing.place, i18n.language)}</p>
          </div>
        </div>
      )}
      {status.judge && <p className="case-status__judge">{t('caseStatus.judge', { judge: status.judge })}</p>}
      <ol className="case-status__history" aria-label={t('caseStatus.history')}>
        {status.history.map((entry, i) => (
          <li
            key={`${entry.date}-${entry.stage}`}
            className={i === status.history.length - 1 ? 'case-status__event case-status__event--now' : 'case-status__event'}
          >
            <span className="case-status__event-date">{entry.date}</span>
            <span>{t(`caseStatus.stages.${entry.stage}.title`)}</span>
          </li>
        ))}
      </ol>
      <p className="case-status__source">{t('caseStatus.source')}</p>
    </section>
  );
}

export function ReceiptStatusView({ status }: { status: ReceiptStatus }) {
  const { t } = useTranslation();
  const Icon = status.state === 'rejected' ? AlertIcon : status.state === 'acknowledged' ? CheckIcon : ClockIcon;
  return (
    <section className={`case-status__answer case-status__answer--${status.state}`} aria-labelledby="receipt-status-state" data-state={status.state}>
      <p className="case-status__number">{status.receiptNo}</p>
      <p className="case-status__cause">{t(`caseStatus.kinds.${status.kind}`)}</p>
      <h2 id="receipt-status-state" className="case-status__stage">
        <Icon size="lg" />
        {t(`caseStatus.receiptStates.${status.state}.title`)}
      </h2>
      <p className="case-status__explain">{t(`caseStatus.receiptStates.${status.state}.body`)}</p>
      {status.courtRef && <p className="case-status__judge">{t('caseStatus.courtRef', { ref: status.courtRef })}</p>}
      {status.rejectReason && <p className="case-status__reason">{t('caseStatus.rejectReason', { reason: status.rejectReason })}</p>}
    </section>
  );
}
