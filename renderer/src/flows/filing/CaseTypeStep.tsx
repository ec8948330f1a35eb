// Filing, step 2 — "What is the case about?": one card per type of the catalogue, in everyday words
// with the legal name beneath; above them, the code that takes this filing up again after a crash.
import { useTranslation } from 'react-i18next';
import { CaseTypeCards } from '../../components/CaseTypeCards';
import { LoadProblem } from '../mediation/LoadProblem';
import type { FieldErrors, StepProps } from '../stepper/flow';
import { filingValuesOf } from './filing-draft';
import { ResumeCodeNote } from './ResumeCodeNote';
import { useCaseTypes } from './use-filing-data';

export function CaseTypeStep({ value, onChange, errors, values }: StepProps<string>) {
  const { t } = useTranslation();
  const types = useCaseTypes();
  return (
    <div className="step-body filing">
      <ResumeCodeNote idNumber={filingValuesOf(values).applicant.idNumber} />
      <p className="step-body__hint">{t('filing.caseType.hint')}</p>
      {errors.caseType && <p className="step-body__error">{t(errors.caseType)}</p>}
      {types.value ? (
        <CaseTypeCards types={types.value} label={t('filing.caseType.title')} selected={value} onSelect={(type) => onChange(type.id)} />
      ) : (
        <LoadProblem error={types.error} retry={types.retry} />
      )}
    </div>
  );
}

export const validateCaseType = (value: string): FieldErrors => (value === '' ? { caseType: 'filing.caseType.required' } : {});
