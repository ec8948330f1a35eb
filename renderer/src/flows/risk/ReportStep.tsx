// Risk assessment, the report: kept in main as soon as it is shown (with the answers and the rule
// set's version), printed on request, and the way on — mediation or filing, filled in from here —
// offered under the recommendation at the report's top and again at its foot, for whoever read it all.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskErrorShape } from '../../../../contract';
import { useTerminalConfig } from '../../app/terminal-config';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PlaceholderNote } from '../../components/PlaceholderNote';
import { PrintStatus } from '../../components/PrintStatus';
import { callKiosk, errorShapeOf } from '../../kiosk';
import type { StepProps } from '../stepper/flow';
import { CarryOverButtons } from './CarryOverButtons';
import { answersOf, disputeOf } from './interview';
import { answersKey, type Kept } from './kept-report';
import type { ReasonContext } from '../../../../contract/risk-wording';
import { ReportView } from './ReportView';
import { useCarryOver } from './use-carry-over';
import './risk.css';

export function ReportStep({ value, onChange, errors, values }: StepProps<Kept>) {
  const { t, i18n } = useTranslation();
  const config = useTerminalConfig();
  const dispute = disputeOf(values);
  const answers = useMemo(() => answersOf(values), [values]);
  const key = answersKey(dispute.caseType, answers);
  const [error, setError] = useState<KioskErrorShape | null>(null);
  const carry = useCarryOver(values);
  const fresh = value.answersKey === key && value.recorded !== null;

  useEffect(() => {
    if (fresh) return;
    let live = true;
    setError(null);
    callKiosk('risk.record', { caseType: dispute.caseType, answers }).then(
      (recorded) => live && onChange({ answersKey: key, recorded, printed: false }),
      (err: unknown) => live && setError(errorShapeOf(err)),
    );
    return () => {
      live = false;
    };
    // Once per set of answers: onChange is the runner's setter for this step.
  }, [key, fresh]);

  const reasons: ReasonContext = { t, language: i18n.language, questions: dispute.questions, courtDirectory: config.courtDirectory };

  const kept = fresh ? value.recorded : null;
  return (
    <div className="step-body">
      <ErrorBanner error={error ?? carry.error} />
      {errors.report && !error && <p className="step-body__error">{t(errors.report)}</p>}
      {!kept && !error && <PlaceholderNote>{t('risk.flow.report.working')}</PlaceholderNote>}
      {kept && (
        <>
          <ReportView
            kept={kept}
            reasons={reasons}
            waysOn={
              carry.offered.length > 0 && (
                <div className="risk__actions risk__actions--top">
                  <CarryOverButtons {...carry} />
                </div>
              )
            }
          />
          <div className="risk__actions">
            <PrintStatus
              label={t('risk.flow.report.print')}
              print={async () => {
                const job = await callKiosk('print.riskReport', { reportId: kept.reportId, language: i18n.language });
                onChange({ ...value, printed: true });
                return [job];
              }}
            />
            <CarryOverButtons {...carry} />
          </div>
          <p className="step-body__hint">{t('risk.flow.report.nextToNotice')}</p>
        </>
      )}
    </div>
  );
}
