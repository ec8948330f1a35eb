// The risk report on screen: the way forward first, then each finding with its severity in colour
// and in words, the answers and article behind it and what to do next; the limitation's last day
// and days left, the court, the evidence, enforcement, costs; and plainly, "information, not advice".
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordedRiskReport, RiskReport } from '../../../../contract';
import { useTerminalConfig } from '../../app/terminal-config';
import { inLanguage } from '../../i18n/localized';
import { proseDate, proseYuan } from '../../../../contract/prose';
import { limitationNotes, limitationTitleKey, reasonText, type ReasonContext } from '../../../../contract/risk-wording';
import { ReportQrCode } from './ReportQrCode';
import '../../components/panel.css';

function Limitation({ limitation }: { limitation: RiskReport['limitation'] }) {
  const { t, i18n } = useTranslation();
  if (!('lastDay' in limitation)) return <p>{t(limitation.noteKey)}</p>;
  const running = limitation.status === 'running';
  return (
    <>
      <p className={`risk-report__deadline risk-report__deadline--${limitation.status}`} data-last-day={limitation.lastDay}>
        {running
          ? t('risk.report.limitation.running', { date: proseDate(limitation.lastDay, i18n.language), count: limitation.daysLeft })
          : t('risk.report.limitation.expired', { date: proseDate(limitation.lastDay, i18n.language), count: -limitation.daysLeft })}
      </p>
      <p>{t('risk.report.limitation.countedFrom', { date: proseDate(limitation.countedFrom, i18n.language) })}</p>
      {limitationNotes(t, i18n.language, limitation).map((note) => (
        <p key={note}>{note}</p>
      ))}
    </>
  );
}

/** A card of the report: its heading (named by id for the region), then what it says. */
export function ReportCard({
  id,
  title,
  className,
  data,
  children,
}: {
  id: string;
  title: ReactNode;
  className?: string;
  data?: Record<`data-${string}`, string>;
  children: ReactNode;
}) {
  return (
    <section className={className ? `panel ${className}` : 'panel'} aria-labelledby={`risk-${id}`} {...data}>
      <h2 id={`risk-${id}`} className="risk-report__heading">
        {title}
      </h2>
      {children}
    </section>
  );
}

const Articles = ({ articles }: { articles: readonly string[] }) => {
  const { t } = useTranslation();
  return articles.length > 0 ? <p className="risk-report__article">{t('risk.report.law', { articles: articles.join('、') })}</p> : null;
};

/**
 * `waysOn`: the buttons that act on the recommendation (我要立案, 申请诉前调解), shown right under it —
 * the report is long, and a litigant who has read its top and wants to go on must not have to scroll for them.
 */
export function ReportView({ kept, reasons, waysOn }: { kept: RecordedRiskReport; reasons: ReasonContext; waysOn?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const config = useTerminalConfig();
  const { report } = kept;
  const money = (yuan: string | null) => (yuan === null ? null : proseYuan(yuan, i18n.language));
  const applicable = report.riskHeadings.filter((h) => h.findings.length > 0);
  return (
    <div className="risk-report" data-recommended={report.path.recommended}>
      <p className="risk-report__disclaimer" role="note">
        {t(report.disclaimerKey)}
      </p>

      <div className="risk-report__top">
        <ReportCard id="path" title={t('risk.report.path.title')} className="risk-report__path">
          <p className="risk-report__path-name">{t(`risk.paths.names.${report.path.recommended}`)}</p>
          <ul className="risk-report__reasons">
            {report.path.reasons.map((r) => (
              <li key={r.reasonKey}>
                <strong>{t(`risk.paths.names.${r.path}`)}</strong> {t(r.reasonKey)} <span className="risk-report__article">{r.article}</span>
              </li>
            ))}
          </ul>
          {waysOn}
        </ReportCard>
        <ReportCard id="phone" title={t('risk.report.phone.title')} className="risk-report__phone">
          <ReportQrCode payload={kept.verifyUrl} label={t('risk.report.phone.qr')} />
          <p className="risk-report__small">{t('risk.report.phone.number', { number: kept.documentNo })}</p>
        </ReportCard>
      </div>

      <ReportCard id="findings" title={t('risk.report.findings.title', { count: report.findings.length })}>
        {report.findings.length === 0 && <p>{t('risk.report.findings.none')}</p>}
        <ol className="risk-report__findings">
          {report.findings.map((f) => (
            <li key={f.id} className={`risk-finding risk-finding--${f.severity}`} data-finding={f.id} data-severity={f.severity}>
              <span className="risk-finding__severity">{t(`risk.severity.${f.severity}`)}</span>
              <p className="risk-finding__message">{t(f.messageKey)}</p>
              {f.because.length > 0 && (
                <p className="risk-finding__why">
                  {t('risk.report.because', {
                    reasons: f.because
                      .map((r) => reasonText(reasons, r))
                      .filter(Boolean)
                      .join(t('risk.report.reasonSeparator')),
                  })}
                </p>
              )}
              <p className="risk-report__article">{t('risk.report.law', { articles: f.article })}</p>
              <p className="risk-finding__action">
                <strong>{t('risk.report.next')}</strong> {t(f.actionKey)}
              </p>
            </li>
          ))}
        </ol>
      </ReportCard>

      <div className="risk-report__grid">
        <ReportCard id="limitation" title={t(limitationTitleKey(report.limitation))}>
          <Limitation limitation={report.limitation} />
          <Articles articles={report.limitation.articles} />
        </ReportCard>

        {report.jurisdiction && (
          <ReportCard id="court" title={t('risk.report.court.title')} data={{ 'data-jurisdiction': report.jurisdiction.status }}>
            <p className="risk-report__strong">
              {t(`risk.jurisdiction.status.${report.jurisdiction.status}`, {
                court: report.jurisdiction.court ? inLanguage(report.jurisdiction.court.name, i18n.language) : '',
              })}
            </p>
            {report.jurisdiction.court?.address && <p>{inLanguage(report.jurisdiction.court.address, i18n.language)}</p>}
            <p>{t(report.jurisdiction.basisKey)}</p>
            <Articles articles={report.jurisdiction.articles} />
          </ReportCard>
        )}

        <ReportCard id="evidence" title={t('risk.report.evidence.title')}>
          <ul className="risk-report__evidence">
            {report.evidence.map((e) => (
              <li key={e.key} data-evidence={e.status} className={`risk-evidence risk-evidence--${e.status}`}>
                <span>{t(`catalogue.evidence.${e.key}`)}</span>
                <span className="risk-evidence__status">{t(`risk.evidenceStatus.${e.status}`)}</span>
              </li>
            ))}
          </ul>
        </ReportCard>

        <ReportCard id="enforcement" title={t('risk.report.enforcement.title')}>
          <p className="risk-report__strong">{t(`risk.report.enforcement.levels.${report.enforcement.level}`)}</p>
          <p>{t(report.enforcement.reasonKey)}</p>
          <p>{t(report.preservation.reasonKey)}</p>
          {report.preservation.fee && <p>{t('risk.report.costs.preservationFeeIs', { fee: money(report.preservation.fee) })}</p>}
          <Articles articles={report.preservation.articles} />
        </ReportCard>

        <ReportCard id="costs" title={t('risk.report.costs.title')}>
          {report.costs.caseFee ? (
            <p>{t('risk.report.costs.caseFeeIs', { fee: money(report.costs.caseFee), halved: money(report.costs.caseFeeSimplified) })}</p>
          ) : (
            <p>{t('risk.report.costs.noFee')}</p>
          )}
          {report.smallClaims && (
            <p>
              {t(`risk.report.smallClaims.${report.smallClaims.eligibility}`, { threshold: report.smallClaims.threshold, ceiling: report.smallClaims.ceiling })}
            </p>
          )}
          <ul className="risk-report__durations">
            {report.costs.durations.map((d) => (
              <li key={d.procedure}>
                {t('risk.report.duration', { procedure: t(`risk.durations.procedures.${d.procedure}`), days: d.days, article: d.article })}
              </li>
            ))}
          </ul>
          <p className="risk-report__small">{t(report.costs.durationNoteKey)}</p>
        </ReportCard>
      </div>

      {applicable.length > 0 && (
        <ReportCard id="headings" title={t('risk.report.headings.title')}>
          <p>{applicable.map((h) => t(`risk.headings.${h.heading}`)).join(t('risk.report.reasonSeparator'))}</p>
        </ReportCard>
      )}
      <p className="risk-report__small">{t('risk.report.version', { version: report.ruleSetVersion, court: inLanguage(config.court.name, i18n.language) })}</p>
    </div>
  );
}
