// Filing, step 1 — "Who is filing?": the ID card read on the reader, or the name and ID number typed
// on the keypad, or another identity document's number on the letter keyboard; and, for someone whose
// visit was cut short, a way back to what they had entered.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField } from '../../components/Field';
import { CheckIcon } from '../../components/icons';
import { NumericKeypad } from '../../components/NumericKeypad';
import { addressFromText } from '../../keyboard/address-from-text';
import { loadDivisions } from '../../keyboard/divisions';
import { useKiosk } from '../../kiosk';
import type { StepProps } from '../stepper/flow';
import { NAME_MAX_LENGTH, type Applicant } from './applicant';
import { DocumentNumberField, type DocumentNumber } from './IdDocumentChoice';
import { ResumeEntry } from './ResumeEntry';
import './filing.css';

export function ApplicantStep({ value, onChange, errors, restore }: StepProps<Applicant>) {
  const { t } = useTranslation();
  const idNumberInput = useId();
  const reader = useKiosk('devices.readIdCard');
  const errorText = (field: keyof Applicant) => (errors[field] ? t(errors[field]) : null);
  // A typed change to the name or the number, or another kind chosen, means the card's details are no longer this person's.
  const setDocument = ({ idType, idNumber }: DocumentNumber) =>
    onChange({ ...value, idType, idNumber, card: idType === value.idType && idNumber === value.idNumber ? value.card : null });
  const onKeypad = value.idType === 'residentId';
  const readCard = async () => {
    const card = await reader.run({});
    if (!card) return;
    // The card prints its address on one line; the parties form asks an area from the divisions and a street.
    const address = addressFromText(await loadDivisions(), card.address);
    onChange({
      name: card.name,
      idType: 'residentId',
      idNumber: card.idNumber,
      card: { sex: card.sex, ethnicity: card.ethnicity, birthDate: card.birthDate, address },
    });
  };
  return (
    <div className="applicant-step">
      <div className="applicant-step__fields">
        <p className="applicant-step__hint">{t('filing.applicant.hint')}</p>
        <div className="applicant-step__card">
          <Button variant="primary" size="lg" busy={reader.pending} onClick={() => void readCard()}>
            {t(reader.pending ? 'filing.applicant.card.waiting' : 'filing.applicant.card.read')}
          </Button>
          {value.card ? (
            <p className="applicant-step__read" role="status">
              {reader.value && (
                <img className="applicant-step__photo" src={reader.value.photo} alt={t('filing.applicant.card.photo', { name: reader.value.name })} />
              )}
              <CheckIcon size="sm" />
              {t('filing.applicant.card.done')}
            </p>
          ) : (
            <p className="applicant-step__or">{t('filing.applicant.card.orType')}</p>
          )}
        </div>
        <ErrorBanner error={reader.error} />
        <TextField
          label={t('filing.applicant.name.label')}
          value={value.name}
          maxLength={NAME_MAX_LENGTH}
          error={errorText('name')}
          onChange={(name) => onChange({ ...value, name, card: name === value.name ? value.card : null })}
        />
        <DocumentNumberField
          value={value}
          onChange={setDocument}
          residentIdLabelKey="filing.applicant.idNumber.label"
          residentIdHintKey="filing.applicant.idNumber.hint"
          error={errorText('idNumber')}
          keypad={{ id: idNumberInput }}
        />
        <ResumeEntry restore={restore} />
      </div>
      {onKeypad && (
        <NumericKeypad
          variant="idNumber"
          controls={idNumberInput}
          value={value.idNumber}
          onChange={(idNumber) => setDocument({ idType: value.idType, idNumber })}
        />
      )}
    </div>
  );
}
