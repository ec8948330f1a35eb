// 民族 picked from the 56 ethnic groups (汉族 first, as GB/T 3304 numbers them), never spelt in pinyin.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { PickerDialog } from '../../keyboard/PickerDialog';
import { ETHNIC_GROUPS, ethnicGroupOf } from './ethnic-groups.data';

export interface EthnicityFieldProps {
  label: string;
  /** The group's name as the complaint writes it ('汉族'), or '' before one is picked. */
  value: string;
  /** What is wrong with it, in words, shown under the field. */
  error: string | null;
  onChange(value: string): void;
}

/** All 56 on two pages of big buttons (ten rows of three), 汉族, by far the most frequent, the first. */
const GROUPS_PER_PAGE = 30;

export function EthnicityField({ label, value, error, onChange }: EthnicityFieldProps) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const english = i18n.language.startsWith('en');
  const nameOf = (name: string) => {
    const group = ethnicGroupOf(name);
    return group && english ? `${group.roman} (${group.name})` : name;
  };
  const picked = ethnicGroupOf(value)?.name ?? value;
  return (
    <Field label={label} error={error}>
      {(control) => (
        <div className="picker-field" role="group" aria-describedby={control['aria-describedby']}>
          <button
            id={control.id}
            type="button"
            className="picker-field__part"
            data-empty={picked === ''}
            aria-label={`${label} ${picked === '' ? t('parties.ethnicity.choose') : nameOf(picked)}`}
            aria-invalid={control['aria-invalid']}
            onClick={() => setOpen(true)}
          >
            {picked === '' ? t('parties.ethnicity.choose') : nameOf(picked)}
          </button>
          {open && (
            <PickerDialog
              title={t('parties.ethnicity.pick')}
              choices={ETHNIC_GROUPS.map((group) => ({ value: group.name, label: english ? group.roman : group.name }))}
              selected={picked === '' ? null : picked}
              pageSize={GROUPS_PER_PAGE}
              onPick={(name) => {
                setOpen(false);
                onChange(name);
              }}
              onCancel={() => setOpen(false)}
            />
          )}
        </div>
      )}
    </Field>
  );
}
