// Which identity document a person's number is of. A resident ID unless said otherwise, so the usual
// case costs no tap: a small 其他证件 button opens the other documents a court accepts
// (登记立案规定 Art 6(1)), and a chosen one stays open so it can be seen and changed.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IdDocumentType } from '../../../../contract';
import { Button } from '../../components/Button';
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

/** The number field's label: a resident ID's as the screen words it, any other document's by its name. */
export const idNumberLabelKey = (type: IdDocumentType, residentIdKey: string): string => (type === 'residentId' ? residentIdKey : `identity.numberOf.${type}`);

/** A number as it is read back: a resident ID's alone, any other with the document's name (护照 E12345678). */
export const idDocumentText = (t: (key: string) => string, type: IdDocumentType, idNumber: string): string =>
  type === 'residentId' || idNumber === '' ? idNumber : `${t(`identity.types.${type}`)} ${idNumber}`;
