// Filing, step 7 — what the national platform asks of every filer: the address for court papers
// (送达地址确认书), filled from the filer's own details and confirmed; consent to electronic
// service; and whether they will try mediation first. Each is asked plainly, none assumed.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/Field';
import { addressText } from '../../keyboard/AddressField';
import { CheckIcon } from '../../components/icons';
import type { StepProps } from '../stepper/flow';
import { ChoiceRow } from './ChoiceRow';
import type { Consents } from './consents';
import { filingValuesOf } from './filing-draft';

export function ConsentsStep({ value, onChange, errors, values }: StepProps<Consents>) {
  const { t } = useTranslation();
  const filer = filingValuesOf(values).parties.plaintiffs[0];
  const problem = (field: keyof Consents) => (errors[field] ? t(errors[field] as string) : null);
  const set = <K extends keyof Consents>(field: K, answer: Consents[K]) => onChange({ ...value, [field]: answer });

  // The filer's own name, address and phone are where papers usually go; they can change them.
  const unfilled = value.recipient === '' && value.address === '' && value.phone === '';
  useEffect(() => {
    if (unfilled && filer) onChange({ ...value, recipient: filer.name, address: addressText(filer.address), phone: filer.phone });
  });

  const yesNo = [
    { value: true, label: t('filing.elements.yes') },
    { value: false, label: t('filing.elements.no') },
  ] as const;
  return (
    <div className="step-body filing consents">
      <section className="claims__section" aria-labelledby="consents-address">
        <h2 className="parties__heading" id="consents-address">
          {t('filing.consents.address.title')}
        </h2>
        <p className="filing__note">{t('filing.consents.address.explain')}</p>
        {/* Who, phone and where on one line where there is room: the questions after them stay in view. */}
        <div className="consents__recipient">
          <TextField
            label={t('filing.consents.recipient.label')}
            holds="name"
            maxLength={100}
            value={value.recipient}
            error={problem('recipient')}
            onChange={(recipient) => set('recipient', recipient)}
          />
          <TextField
            label={t('filing.consents.phone.label')}
            keyboard="phone"
            value={value.phone}
            error={problem('phone')}
            onChange={(phone) => set('phone', phone)}
          />
          <TextField
            label={t('filing.consents.address.label')}
            holds="address"
            maxLength={200}
            value={value.address}
            error={problem('address')}
            onChange={(address) => set('address', address)}
          />
        </div>
        <button type="button" className="consents__confirm" aria-pressed={value.confirmed} onClick={() => set('confirmed', !value.confirmed)}>
          <span className="consents__box" aria-hidden="true">
            {value.confirmed && <CheckIcon size="sm" />}
          </span>
          {t('filing.consents.confirm.label')}
        </button>
        {problem('confirmed') && <p className="step-body__error">{problem('confirmed')}</p>}
      </section>
      {/* The two questions side by side where there is room, each with what it means under it. */}
      <div className="consents__questions">
        <div className="consents__question">
          <ChoiceRow
            label={t('filing.consents.electronic.label')}
            value={value.electronicService}
            options={yesNo}
            error={problem('electronicService')}
            onChange={(yes) => set('electronicService', yes)}
          />
          <p className="filing__note">{t('filing.consents.electronic.explain')}</p>
        </div>
        <div className="consents__question">
          <ChoiceRow
            label={t('filing.consents.mediation.label')}
            value={value.mediation}
            options={yesNo}
            error={problem('mediation')}
            onChange={(yes) => set('mediation', yes)}
          />
          <p className="filing__note">{t('filing.consents.mediation.explain')}</p>
        </div>
      </div>
    </div>
  );
}
