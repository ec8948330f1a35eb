// Mediation, step 1 — "What is the dispute about?": one card per dispute type of the catalogue,
// named the way people say it, with the legal name beneath.
import { useTranslation } from 'react-i18next';
import { ChoiceCard } from '../../components/ChoiceCard';
import { inLanguage } from '../../i18n/localized';
import type { StepProps } from '../stepper/flow';
import { LoadProblem } from './LoadProblem';
import { useCaseTypes } from './use-mediation-data';
import './mediation.css';

export function DisputeStep({ value, onChange, errors }: StepProps<string>) {
  const { t, i18n } = useTranslation();
  const types = useCaseTypes();
  return (
    <div className="mediation">
      <p className="mediation__hint">{t('mediation.dispute.hint')}</p>
      {errors.caseType && <p className="mediation__error">{t(errors.caseType)}</p>}
      {types.items ? (
        <div className="mediation__cards mediation__cards--dense" role="group" aria-label={t('mediation.dispute.title')}>
          {types.items.map((type) => (
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
