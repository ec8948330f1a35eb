// The relief application's particulars: the name typed, the case number built by taps, the identity document chosen
// (a resident ID, a permit, a permanent-residence card, a passport; an organisation's credit code),
// a resident ID and the mobile on one keypad that types into whichever was touched last, any other
// number on the letter keyboard. main checks each number by its kind; refusals show beside the field.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IdDocumentType, type KioskErrorShape, type ReliefAnswer, type ReliefGround } from '../../../../contract';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { CaseNumberField } from '../../components/CaseNumberField';
import { TextField } from '../../components/Field';
import { BackIcon } from '../../components/icons';
import { NumericField, NumericKeypad } from '../../components/NumericKeypad';
import { callKiosk, errorShapeOf } from '../../kiosk';
import { ChoiceRow } from '../filing/ChoiceRow';

type ReliefOption = ReliefAnswer['options'][number];
type Typed = 'idNumber' | 'phone';

interface Applicant {
  name: string;
  caseNumber: string;
  idNumber: string;
  phone: string;
}

const FIELD_OF_CODE: Record<string, keyof Applicant> = { INVALID_ID_NUMBER: 'idNumber', INVALID_CASE_NUMBER: 'caseNumber' };

type ApplicantIdType = IdDocumentType | 'creditCode';

interface ReliefFormProps {
  /** An organisation identifies itself by its unified social credit code. */
  naturalPerson: boolean;
  grounds: ReliefGround[];
  option: ReliefOption;
  onBack(): void;
  onSent(receiptNo: string, idNumber: string): void;
}

export function ReliefForm({ naturalPerson, grounds, option, onBack, onSent }: ReliefFormProps) {
  const { t } = useTranslation();
  const ids = { idNumber: useId(), phone: useId() };
  const [applicant, setApplicant] = useState<Applicant>({ name: '', caseNumber: '', idNumber: '', phone: '' });
  const [idType, setIdType] = useState<ApplicantIdType>(naturalPerson ? 'residentId' : 'creditCode');
  // Only a resident ID is all digits (and X): any other number is typed on the letter keyboard.
  const onKeypad = idType === 'residentId';
  const [typing, setTyping] = useState<Typed>(onKeypad ? 'idNumber' : 'phone');
  const [tried, setTried] = useState(false);
  const [sending, setSending] = useState(false);
  const [refusal, setRefusal] = useState<KioskErrorShape | null>(null);
  const refusedField = refusal ? (FIELD_OF_CODE[refusal.code] ?? null) : null;

  const missing: (keyof Applicant)[] = [
    ...(applicant.name.trim() ? [] : (['name'] as const)),
    ...((onKeypad ? applicant.idNumber.length === 18 : applicant.idNumber.trim() !== '') ? [] : (['idNumber'] as const)),
    ...(applicant.phone.length === 11 ? [] : (['phone'] as const)),
  ];
  const problem = (field: keyof Applicant) => {
    if (refusal && refusedField === field) return t(refusal.messageKey, { ...refusal.details });
    return tried && missing.includes(field) ? t('fees.relief.form.missing') : null;
  };
  const set = (field: keyof Applicant) => (value: string) => {
    if (refusedField === field) setRefusal(null);
    setApplicant((current) => ({ ...current, [field]: value }));
  };

  const submit = async () => {
    setTried(true);
    if (missing.length > 0) return;
    setSending(true);
    setRefusal(null);
    try {
      const caseNumber = applicant.caseNumber.trim();
      const receipt = await callKiosk('fees.reliefApply', {
        caseNumber: caseNumber === '' ? null : caseNumber,
        applicant: { name: applicant.name.trim(), idType, idNumber: applicant.idNumber.trim(), phone: applicant.phone },
        grounds,
        relief: option.relief,
      });
      onSent(receipt.receiptNo, applicant.idNumber.trim());
    } catch (err) {
      setRefusal(errorShapeOf(err));
    } finally {
      setSending(false);
    }
  };

  const fieldLabel = { idNumber: t(`fees.relief.form.idNumberOf.${idType}`), phone: t('fees.relief.form.phone') };
  const chooseIdType = (type: ApplicantIdType) => {
    setIdType(type);
    set('idNumber')('');
    setTyping(type === 'residentId' ? 'idNumber' : 'phone');
  };
  const keypadFields = onKeypad ? (['idNumber', 'phone'] as const) : (['phone'] as const);
  return (
    <div className="fee-desk fee-desk--split relief">
      <div className="fee-desk__side">
        <h2 className="fee-desk__title">{t('fees.relief.form.title')}</h2>
        <p className="fee-desk__chosen">{t(`fees.relief.answer.relief.${option.relief}`, { percent: option.minimumPercent })}</p>
        <TextField
          label={t(naturalPerson ? 'fees.relief.form.name' : 'fees.relief.form.organisationName')}
          value={applicant.name}
          maxLength={60}
          {...(naturalPerson ? { phrases: 'surnames' } : {})}
          error={problem('name')}
          onChange={set('name')}
        />
        {naturalPerson && (
          <ChoiceRow
            label={t('fees.relief.form.idType')}
            options={IdDocumentType.options.map((type) => ({ value: type, label: t(`identity.types.${type}`) }))}
            value={idType}
            onChange={chooseIdType}
          />
        )}
        {!onKeypad && (
          <TextField
            label={fieldLabel.idNumber}
            value={applicant.idNumber}
            maxLength={18}
            keyboard="latin"
            error={problem('idNumber')}
            onChange={set('idNumber')}
          />
        )}
        <CaseNumberField
          label={t('fees.relief.form.caseNumber')}
          hint={t('fees.relief.form.caseNumberHint')}
          value={applicant.caseNumber}
          error={problem('caseNumber')}
          onChange={set('caseNumber')}
        />
      </div>
      <div className="fee-desk__side">
        {/* Touching either number field points the one keypad at it. */}
        {keypadFields.map((field) => (
          <div
            key={field}
            className={typing === field ? 'relief__typed relief__typed--active' : 'relief__typed'}
            onFocus={() => setTyping(field)}
            onPointerDown={() => setTyping(field)}
          >
            <NumericField id={ids[field]} variant={field} label={fieldLabel[field]} value={applicant[field]} error={problem(field)} onChange={set(field)} />
          </div>
        ))}
        <p className="relief__typing" aria-live="polite">
          {t('fees.relief.form.typing', { field: fieldLabel[typing] })}
        </p>
        <NumericKeypad variant={typing} controls={ids[typing]} value={applicant[typing]} onChange={set(typing)} />
        <ErrorBanner error={refusal && !refusedField ? refusal : null} />
        <div className="fee-desk__actions">
          <Button variant="quiet" icon={<BackIcon size="sm" />} onClick={onBack}>
            {t('fees.relief.form.back')}
          </Button>
          <Button variant="primary" size="lg" busy={sending} onClick={() => void submit()}>
            {t('fees.relief.form.submit')}
          </Button>
        </div>
      </div>
    </div>
  );
}
