// Mediation, step 6 — what happened, in the litigant's own words: a few sentences are enough for
// the mediator to prepare; the counter shows how much room is left.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import type { StepProps } from '../stepper/flow';
import { DESCRIPTION_MAX_LENGTH } from './request';

export function DescriptionStep({ value, onChange, errors }: StepProps<string>) {
  const { t } = useTranslation();
  const counterId = useId();
  return (
    <div className="step-body">
      <Field label={t('mediation.description.label')} hint={t('mediation.description.hint')} error={errors.description ? t(errors.description) : null}>
        {(control) => (
          <textarea
            {...control}
            aria-describedby={[control['aria-describedby'], counterId].filter(Boolean).join(' ')}
            className="field__input mediation__textarea"
            rows={6}
            value={value}
            maxLength={DESCRIPTION_MAX_LENGTH}
            spellCheck={false}
            onChange={(event) => onChange(event.target.value)}
          />
        )}
      </Field>
      <p id={counterId} className="mediation__counter">
        {t('mediation.description.counter', { used: value.length, max: DESCRIPTION_MAX_LENGTH })}
      </p>
    </div>
  );
}
