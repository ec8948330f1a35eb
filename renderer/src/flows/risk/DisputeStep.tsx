// Risk assessment, step 1 — "What is your dispute about?": one card per dispute type of the
// catalogue in everyday words, with the legal name beneath; choosing one brings its questions.
import { useTranslation } from 'react-i18next';
import { ChoiceCard } from '../../components/ChoiceCard';
import { LoadProblem } from '../../components/LoadProblem';
import { inLanguage } from '../../i18n/localized';
import type { StepProps } from '../stepper/flow';
import type { Dispute } from './interview';
import { useInterviewData } from './use-risk-data';
import './risk.css';

export function DisputeStep({ value, onChange, errors }: StepProps<Dispute>) {
  const { t, i18n } = useTranslation();
  const { data, error, retry } = useInterviewData();
  return (
    <div className="risk">
      <p className="risk__hint">{t('risk.flow.dispute.hint')}</p>
      <p className="risk__disclaimer">{t('risk.disclaimer')}</p>
      {errors.caseType && <p className="risk__error">{t(errors.caseType)}</p>}
      {data ? (
        <div className="risk__cards" role="group" aria-label={t('risk.flow.dispute.title')}>
          {data.types.map((type) => (
            <ChoiceCard
              key={type.id}
              className="risk__dispute"
              title={inLanguage(type.plain, i18n.language)}
              description={inLanguage(type.name, i18n.language)}
              selected={value.caseType === type.id}
              onSelect={() => onChange({ caseType: type.id, ruleSetVersion: data.version, questions: data.questions[type.id] ?? [] })}
            />
          ))}
        </div>
      ) : (
        <LoadProblem error={error} retry={retry} loading={t('risk.flow.loading')} />
      )}
    </div>
  );
}
