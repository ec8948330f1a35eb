// 国籍 picked from the list of countries (contract/countries.data.ts): 中国 first, as a passport is
// most often a Chinese citizen's, then the rest in the order of the screen's language (pinyin in
// Chinese). A permanent-residence card's holder is a foreigner: 中国 is not offered there.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHINA, COUNTRIES, countryName } from '../../../../contract';
import { Field } from '../../components/Field';
import { PickerDialog } from '../../keyboard/PickerDialog';

export interface NationalityFieldProps {
  label: string;
  /** ISO 3166-1 alpha-2, or '' before one is picked. */
  value: string;
  foreignOnly: boolean;
  error: string | null;
  onChange(code: string): void;
}

/** Ten rows of three big buttons a page. */
const COUNTRIES_PER_PAGE = 30;

export function NationalityField({ label, value, foreignOnly, error, onChange }: NationalityFieldProps) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const nameOf = (code: string) => countryName(code, i18n.language);
  const collator = new Intl.Collator(i18n.language);
  const others = COUNTRIES.filter(([code]) => code !== CHINA)
    .map(([code]) => ({ value: code, label: nameOf(code) }))
    .sort((a, b) => collator.compare(a.label, b.label));
  const choices = foreignOnly ? others : [{ value: CHINA, label: nameOf(CHINA) }, ...others];
  const shown = value === '' ? t('parties.nationality.choose') : nameOf(value);
  return (
    <Field label={label} error={error}>
      {(control) => (
        <div className="picker-field" role="group" aria-describedby={control['aria-describedby']}>
          <button
            id={control.id}
            type="button"
            className="picker-field__part"
            data-empty={value === ''}
            data-nationality={value}
            aria-label={`${label} ${shown}`}
            aria-invalid={control['aria-invalid']}
            onClick={() => setOpen(true)}
          >
            {shown}
          </button>
          {open && (
            <PickerDialog
              title={t('parties.nationality.pick')}
              choices={choices}
              selected={value === '' ? null : value}
              pageSize={COUNTRIES_PER_PAGE}
              onPick={(code) => {
                setOpen(false);
                onChange(code);
              }}
              onCancel={() => setOpen(false)}
            />
          )}
        </div>
      )}
    </Field>
  );
}
