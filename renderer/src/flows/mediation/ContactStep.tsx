// Mediation, steps 4 and 5 — the applicant's and the other side's name and phone: the name typed,
// the phone on the big keypad. The other side's phone may be left empty when it isn't known.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/Field';
import { NumericField, NumericKeypad } from '../../components/NumericKeypad';
import type { StepProps } from '../stepper/flow';
import { NAME_MAX_LENGTH, type Contact } from './request';

export type ContactRole = 'applicant' | 'respondent';

export function ContactStep({ value, onChange, errors, role }: StepProps<Contact> & { role: ContactRole }) {
  const { t } = useTranslation();
  const phoneInput = useId();
  const errorText = (field: keyof Contact) => (errors[field] ? t(errors[field]) : null);
  const setPhone = (phone: string) => onChange({ ...value, phone });
  return (
    <div className="step-body mediation--split">
      <div className="mediation__column">
        <p className="step-body__hint">{t(`mediation.contact.${role}.hint`)}</p>
        <TextField
          label={t(`mediation.contact.${role}.name`)}
          holds="name"
          value={value.name}
          maxLength={NAME_MAX_LENGTH}
          error={errorText('name')}
          onChange={(name) => onChange({ ...value, name })}
        />
        <NumericField
          id={phoneInput}
          variant="phone"
          label={t(`mediation.contact.${role}.phone`)}
          hint={t(`mediation.contact.${role}.phoneHint`)}
          value={value.phone}
          error={errorText('phone')}
          onChange={setPhone}
        />
      </div>
      <NumericKeypad variant="phone" controls={phoneInput} value={value.phone} onChange={setPhone} />
    </div>
  );
}
