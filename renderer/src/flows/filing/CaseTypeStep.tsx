// Filing, step 2 — "What is the case about?": one card per type of the catalogue, in everyday words
// with the legal name beneath; above them, the code that takes this filing up again after a crash.
import { useTranslation } from 'react-i18next';
import { ChoiceCard } from '../../components/ChoiceCard';
import { inLanguage } from '../../i18n/localized';
import { LoadProblem } from '../mediation/LoadProblem';
import type { FieldErrors, StepProps } from '../stepper/flow';
import { filingValuesOf } from './filing-draft';
import { ResumeCodeNote } from './ResumeCodeNote';
import { useCaseTypes } from './use-filing-data';

export function CaseTypeStep({ value, onChange, errors, values }: StepProps<string>) {
  const { t, i18n } = useTranslation();
  const types = useCaseTypes();
  return (
    <div className="filing">
      <ResumeCodeNote idNumber={filingValuesOf(values).applicant.idNumber} />
      <p className="filing__hint">{t('filing.caseType.hint')}</p>
      {errors.caseType && <p className="filing__error">{t(errors.caseType)}</p>}
      {types.value ? (
        <div className="filing__cards" role="group" aria-label={t('filing.caseType.title')}>
          {types.value.map((type) => (
            <ChoiceCard
              key={type.id}
              title={inLanguage(type.plain, i18n.language)}
              description={inLanguage(type.name, i18n.language)}
              selected={value === type.id}
              onSelect={() => onChange(type.id)}
            />
          ))}
        </div>
      ) : (
        <LoadProblem error={types.error} retry={types.retry} />
      )}
    </div>
  );
}

export const validateCaseType = (value: string): FieldErrors => (value === '' ? { caseType: 'filing.caseType.required' } : {});
