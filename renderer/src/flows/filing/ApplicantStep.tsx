// Filing, step 1 — "Who is filing?": the filer's name, and their ID number on the keypad.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/Field';
import { NumericField, NumericKeypad } from '../../components/NumericKeypad';
import type { StepProps } from '../stepper/flow';
import { NAME_MAX_LENGTH, type Applicant } from './applicant';
import './filing.css';

export function ApplicantStep({ value, onChange, errors }: StepProps<Applicant>) {
  const { t } = useTranslation();
  const idNumberInput = useId();
  const errorText = (field: keyof Applicant) => (errors[field] ? t(errors[field]) : null);
  const setIdNumber = (idNumber: string) => onChange({ ...value, idNumber });
  return (
    <div className="applicant-step">
      <div className="applicant-step__fields">
        <p className="applicant-step__hint">{t('filing.applicant.hint')}</p>
        <TextField
          label={t('filing.applicant.name.label')}
          value={value.name}
          maxLength={NAME_MAX_LENGTH}
          error={errorText('name')}
          onChange={(name) => onChange({ ...value, name })}
        />
        <NumericField
          id={idNumberInput}
          variant="idNumber"
          label={t('filing.applicant.idNumber.label')}
          hint={t('filing.applicant.idNumber.hint')}
          value={value.idNumber}
          error={errorText('idNumber')}
          onChange={setIdNumber}
        />
      </div>
      <NumericKeypad variant="idNumber" controls={idNumberInput} value={value.idNumber} onChange={setIdNumber} />
    </div>
  );
}
