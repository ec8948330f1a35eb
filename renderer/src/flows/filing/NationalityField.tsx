// 国籍 picked from the list of countries (contract/countries.data.ts) in two taps: 中国 or the first
// letter of the country's name (its pinyin in Chinese), then the country among those few, in the
// order of the screen's language — not by paging through two hundred names. 中国 comes first, as a
// passport is most often a Chinese citizen's; a permanent-residence card's holder is a foreigner, so
// 中国 is not offered there.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHINA, COUNTRIES, countryInitial, countryName } from '../../../../contract';
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

/** Ten rows of three big buttons a page: one page for every letter but S in English. */
const COUNTRIES_PER_PAGE = 30;
const FOREIGN = COUNTRIES.map(([code]) => code).filter((code) => code !== CHINA);

export function NationalityField({ label, value, foreignOnly, error, onChange }: NationalityFieldProps) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  /** The letter tapped, whose countries are shown; null while the letters are. */
  const [letter, setLetter] = useState<string | null>(null);
  const nameOf = (code: string) => countryName(code, i18n.language);
  const initialOf = (code: string) => countryInitial(code, i18n.language);
  const collator = new Intl.Collator(i18n.language);
  const letters = [...new Set(FOREIGN.map(initialOf))].sort().map((initial) => ({ value: initial, label: initial }));
  // A letter is one character and a country code two: the one list holds both without confusion.
  const firstChoices = foreignOnly ? letters : [{ value: CHINA, label: nameOf(CHINA) }, ...letters];
  const underLetter = FOREIGN.filter((code) => initialOf(code) === letter)
    .map((code) => ({ value: code, label: nameOf(code) }))
    .sort((a, b) => collator.compare(a.label, b.label));
  const close = () => {
    setOpen(false);
    setLetter(null);
  };
  const pick = (code: string) => {
    close();
    onChange(code);
  };
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
          {open && letter === null && (
            <PickerDialog
              title={t(foreignOnly ? 'parties.nationality.pickForeign' : 'parties.nationality.pick')}
              choices={firstChoices}
              selected={value === CHINA ? CHINA : value === '' ? null : initialOf(value)}
              onPick={(choice) => (choice === CHINA ? pick(CHINA) : setLetter(choice))}
              onCancel={close}
            />
          )}
          {open && letter !== null && (
            <PickerDialog
              title={t('parties.nationality.pickIn', { letter })}
              choices={underLetter}
              selected={value === '' ? null : value}
              pageSize={COUNTRIES_PER_PAGE}
              onPick={pick}
              // 取消 closes, as on every picker; another letter is a button of its own.
              onCancel={close}
              back={{ label: t('parties.nationality.otherLetter'), onBack: () => setLetter(null) }}
            />
          )}
        </div>
      )}
    </Field>
  );
}
