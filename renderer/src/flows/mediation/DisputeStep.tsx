// Mediation, step 1 — "What is the dispute about?": one card per dispute type of the catalogue,
// named the way people say it, with the legal name beneath.
import { useTranslation } from 'react-i18next';
import { CaseTypeCards } from '../../components/CaseTypeCards';
import type { StepProps } from '../stepper/flow';
import { LoadProblem } from './LoadProblem';
import { useCaseTypes } from './use-mediation-data';
import './mediation.css';

export function DisputeStep({ value, onChange, errors }: StepProps<string>) {
  const { t } = useTranslation();
  const types = useCaseTypes();
  return (
    <div className="step-body">
      <p className="step-body__hint">{t('mediation.dispute.hint')}</p>
      {errors.caseType && <p className="step-body__error">{t(errors.caseType)}</p>}
      {types.items ? (
        <CaseTypeCards types={types.items} label={t('mediation.dispute.title')} selected={value} onSelect={(type) => onChange(type.id)} />
      ) : (
        <LoadProblem error={types.error} retry={types.retry} />
      )}
    </div>
  );
}
