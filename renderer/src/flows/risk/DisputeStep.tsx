// Risk assessment, step 1 — "What is your dispute about?": one card per dispute type of the
// catalogue in everyday words, with the legal name beneath; choosing one moves on to its questions.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { CaseTypeCards } from '../../components/CaseTypeCards';
import { NextIcon } from '../../components/icons';
import { LoadProblem } from '../../components/LoadProblem';
import type { StepProps } from '../stepper/flow';
import { StepPrimaryAction } from '../stepper/step-actions';
import { useMoveOn } from '../stepper/use-move-on';
import type { Dispute } from './interview';
import { useInterviewData } from './use-risk-data';
import './risk.css';

export function DisputeStep({ value, onChange, errors, next }: StepProps<Dispute>) {
  const { t } = useTranslation();
  const moveOn = useMoveOn(next);
  /** A dispute was just chosen and the screen is about to move on by itself. */
  const [moving, setMoving] = useState(false);
  const { data, error, retry } = useInterviewData();
  return (
    <div className="step-body">
      <p className="step-body__hint">{t('risk.flow.dispute.hint')}</p>
      <p className="risk__disclaimer">{t('risk.disclaimer')}</p>
      {errors.caseType && <p className="step-body__error">{t(errors.caseType)}</p>}
      {data ? (
        <CaseTypeCards
          types={data.types}
          label={t('risk.flow.dispute.title')}
          cardClassName="risk__dispute"
          selected={value.caseType}
          onSelect={(type) => {
            onChange({ caseType: type.id, ruleSetVersion: data.version, questions: data.questions[type.id] ?? [] });
            setMoving(true);
            moveOn();
          }}
        />
      ) : (
        <LoadProblem error={error} retry={retry} loading={t('risk.flow.loading')} />
      )}
      {/* Come back to with 上一步, the chosen dispute walks on by Next; not while it is moving on by itself. */}
      {value.caseType && !moving && (
        <StepPrimaryAction>
          <Button variant="primary" size="lg" className="flow__next" icon={<NextIcon size="sm" />} iconAtEnd onClick={next}>
            {t('common.actions.next')}
          </Button>
        </StepPrimaryAction>
      )}
    </div>
  );
}
