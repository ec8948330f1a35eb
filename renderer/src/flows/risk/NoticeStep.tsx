// Risk assessment, the last step — the court's risk notice (诉讼风险告知书): read on screen, then
// acknowledged with a finger signature or "I have read and understood", recorded in main, and
// printed with the report. The way on to mediation or filing stays one tap away.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskErrorShape } from '../../../../contract';
import { Button } from '../../components/Button';
import { ChoiceCard } from '../../components/ChoiceCard';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField } from '../../components/Field';
import { CheckIcon } from '../../components/icons';
import { PrintStatus } from '../../components/PrintStatus';
import { SignaturePad } from '../../components/SignaturePad';
import { callKiosk, errorShapeOf } from '../../kiosk';
import type { StepProps } from '../stepper/flow';
import { StepPrimaryAction } from '../stepper/step-actions';
import { CarryOverButtons } from './CarryOverButtons';
import { keptFromDraft, type Acknowledgement } from './kept-report';
import { ReportCard } from './ReportView';
import { useCarryOver } from './use-carry-over';
import '../../components/panel.css';
import './risk.css';

/** The notice's risks, in the order of the printed notice (receipts riskNotice.risks). */
const NOTICE_RISKS = [
  'conditions',
  'claims',
  'changeLate',
  'limitation',
  'fees',
  'preservation',
  'evidence',
  'evidenceLate',
  'absence',
  'address',
  'enforcement',
  'falseLitigation',
] as const;

export function NoticeStep({ value, onChange, values }: StepProps<Acknowledgement>) {
  const { t, i18n } = useTranslation();
  const carry = useCarryOver(values);
  const [error, setError] = useState<KioskErrorShape | null>(null);
  const [saving, setSaving] = useState(false);
  const report = keptFromDraft(values.report);
  const kept = report?.recorded ?? null;
  if (!kept) return null;
  const reportPrinted = report?.printed ?? false;
  const acknowledged = value.acknowledgedFor === kept.reportId;
  const ready = value.method === 'readAndUnderstood' || (value.method === 'signature' && value.signature !== null);

  const acknowledge = async () => {
    setSaving(true);
    setError(null);
    try {
      await callKiosk('risk.acknowledge', {
        reportId: kept.reportId,
        litigant: value.litigant.trim(),
        method: value.method!,
        signaturePng: value.method === 'signature' && value.signature ? value.signature.replace(/^data:image\/png;base64,/, '') : null,
      });
      onChange({ ...value, acknowledgedFor: kept.reportId });
    } catch (err) {
      setError(errorShapeOf(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <div className="step-body risk-notice">
      {/* The step itself is the region named after the notice; its text needs no landmark of its own. */}
      <div className="panel">
        <p>{t('receipts.riskNotice.intro')}</p>
        <ol className="risk-notice__risks">
          {NOTICE_RISKS.map((risk) => (
            <li key={risk}>{t(`receipts.riskNotice.risks.${risk}`)}</li>
          ))}
        </ol>
      </div>

      <ErrorBanner error={error ?? carry.error} />
      {acknowledged ? (
        <ReportCard
          id="notice-done"
          className="risk-notice__done"
          title={
            <>
              <CheckIcon size="sm" /> {t('risk.flow.notice.recorded')}
            </>
          }
        >
          <PrintStatus
            auto
            label={t('risk.flow.notice.print')}
            print={async () => [
              // The report once per visit: not again when it was printed from the report step.
              ...(reportPrinted ? [] : [await callKiosk('print.riskReport', { reportId: kept.reportId, language: i18n.language })]),
              await callKiosk('print.riskNotice', { reportId: kept.reportId, language: i18n.language }),
            ]}
          />
        </ReportCard>
      ) : (
        <ReportCard id="notice-ack" title={t('risk.flow.notice.acknowledgeTitle')}>
          <TextField
            label={t('risk.flow.notice.name')}
            hint={t('risk.flow.notice.nameHint')}
            value={value.litigant}
            maxLength={60}
            onChange={(litigant) => onChange({ ...value, litigant })}
          />
          <div className="risk__answers" role="group" aria-label={t('risk.flow.notice.how')}>
            <ChoiceCard
              title={t('risk.flow.notice.readAndUnderstood')}
              selected={value.method === 'readAndUnderstood'}
              onSelect={() => onChange({ ...value, method: 'readAndUnderstood' })}
            />
            <ChoiceCard
              title={t('risk.flow.notice.sign')}
              selected={value.method === 'signature'}
              onSelect={() => onChange({ ...value, method: 'signature' })}
            />
          </div>
          {value.method === 'signature' && (
            <SignaturePad label={t('risk.flow.notice.signHere')} value={value.signature} onChange={(signature) => onChange({ ...value, signature })} />
          )}
          <StepPrimaryAction>
            <Button variant="primary" size="lg" icon={<CheckIcon size="sm" />} disabled={!ready} busy={saving} onClick={() => void acknowledge()}>
              {t('risk.flow.notice.confirm')}
            </Button>
          </StepPrimaryAction>
        </ReportCard>
      )}

      <div className="risk__actions">
        <CarryOverButtons {...carry} />
      </div>
    </div>
  );
}
