// Which identity document a person's number is of, and the number. A resident ID unless said otherwise,
// so the usual case costs no tap: a small 其他证件 button opens the other documents a court accepts
// (登记立案规定 Art 6(1)), and a chosen one stays open so it can be seen and changed.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IdDocumentType } from '../../../../contract';
import { Button } from '../../components/Button';
import { TextField } from '../../components/Field';
import { NumericField } from '../../components/NumericKeypad';
import { ChoiceRow } from './ChoiceRow';
import './id-document.css';

export interface IdDocumentChoiceProps {
  value: IdDocumentType;
  onChange(type: IdDocumentType): void;
}

export function IdDocumentChoice({ value, onChange }: IdDocumentChoiceProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!open && value === 'residentId')
    return (
      <Button variant="quiet" className="id-document__other" onClick={() => setOpen(true)}>
        {t('identity.choice.other')}
      </Button>
    );
  return (
    <div className="id-document__choice">
      <ChoiceRow
        label={t('identity.choice.label')}
        options={IdDocumentType.options.map((type) => ({ value: type, label: t(`identity.types.${type}`) }))}
        value={value}
        onChange={onChange}
      />
    </div>
  );
}

/** A person's identity document: its kind and its number. */
export interface DocumentNumber {
  idType: IdDocumentType;
  idNumber: string;
}

/** Before anything is typed: a resident ID, as most people hold. */
export const NO_DOCUMENT_NUMBER: DocumentNumber = { idType: 'residentId', idNumber: '' };

interface DocumentNumberFieldBase {
  value: DocumentNumber;
  /** The number typed, or another kind chosen: its number starts empty, as a resident ID's digits are not a passport's. */
  onChange(value: DocumentNumber): void;
  /** A resident ID's label and hint as this screen words them (whose number, why it is asked); any other document is named. */
  residentIdLabelKey: string;
  residentIdHintKey?: string;
  /**
   * Whether another document's number says under its label how to type it; not in the resume dialog,
   * whose code (on the same keyboard, with no hint) stands level beside the number.
   */
  otherDocumentHint?: boolean;
  error?: string | null;
}

/**
 * A resident ID's digits are typed on the docked keyboard's number pad unless the screen has room for a
 * big keypad: under the field ('below'), or placed by the screen itself pointing at `{ id }`. A keypad's
 * field (NumericField) has no warning and no leave, and no screen with one asks for them.
 */
export type DocumentNumberFieldProps = DocumentNumberFieldBase &
  ({ keypad?: 'docked'; warning?: string | null; onLeave?(): void } | { keypad: 'below' | { id: string }; warning?: never; onLeave?: never });

/**
 * The number of whatever document is chosen, with the choice under it. Any other document than a
 * resident ID has letters: it goes on the letter keyboard, up to 18 characters, in capitals as it
 * is printed whatever the keyboard's shift.
 */
export function DocumentNumberField({
  value: { idType, idNumber },
  onChange,
  residentIdLabelKey,
  residentIdHintKey,
  otherDocumentHint = true,
  error,
  keypad = 'docked',
  warning,
  onLeave,
}: DocumentNumberFieldProps) {
  const { t } = useTranslation();
  const choice = (
    <IdDocumentChoice
      value={idType}
      onChange={(type) => {
        if (type !== idType) onChange({ idType: type, idNumber: '' });
      }}
    />
  );
  if (idType === 'residentId' && keypad !== 'docked')
    return (
      <>
        <NumericField
          id={keypad === 'below' ? undefined : keypad.id}
          variant="idNumber"
          label={t(residentIdLabelKey)}
          hint={residentIdHintKey && t(residentIdHintKey)}
          value={idNumber}
          error={error}
          onChange={(typed) => onChange({ idType, idNumber: typed })}
        />
        {choice}
      </>
    );
  return (
    <>
      {idType === 'residentId' ? (
        <TextField
          label={t(residentIdLabelKey)}
          hint={residentIdHintKey && t(residentIdHintKey)}
          keyboard="idNumber"
          value={idNumber}
          error={error}
          warning={warning}
          onLeave={onLeave}
          onChange={(typed) => onChange({ idType, idNumber: typed })}
        />
      ) : (
        <TextField
          label={t(`identity.numberOf.${idType}`)}
          hint={otherDocumentHint ? t('identity.numberHint') : undefined}
          keyboard="latin"
          maxLength={18}
          value={idNumber}
          error={error}
          warning={warning}
          onLeave={onLeave}
          onChange={(typed) => onChange({ idType, idNumber: typed.toUpperCase() })}
        />
      )}
      {choice}
    </>
  );
}

/** A number as it is read back: a resident ID's alone, any other with the document's name (护照 E12345678). */
export const idDocumentText = (t: (key: string) => string, type: IdDocumentType, idNumber: string): string =>
  type === 'residentId' || idNumber === '' ? idNumber : `${t(`identity.types.${type}`)} ${idNumber}`;
