// An address as the court needs it: the area picked from the division table — which also gives the
// 6-digit code the court directory matches by prefix (court-directory.ts) — and the street typed.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, TextField } from '../components/Field';
import { areaText, divisionPath, isGroupingLevel, loadDivisions, type Division } from './divisions';
import { PickerDialog } from './PickerDialog';
import './pickers.css';

export interface AddressValue {
  /** The narrowest division picked (6 digits, e.g. '310114' for 上海市嘉定区), or '' before any. */
  divisionCode: string;
  /** The picked divisions' names in order, e.g. '上海市嘉定区'. */
  area: string;
  /** The rest, typed: street, number, building, room ('博乐路 88 号'). */
  street: string;
}

export const EMPTY_ADDRESS: AddressValue = { divisionCode: '', area: '', street: '' };

/** The whole address on one line, as it goes on a form. */
export const addressText = (address: AddressValue): string => `${address.area}${address.street}`.trim();

/** A district is picked when its division has no finer level; a form may require that before going on. */
export type DivisionLevel = 'province' | 'city' | 'district';

export const levelOf = (code: string): DivisionLevel => (code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'district');

export interface AddressFieldProps {
  label: string;
  hint?: string;
  error?: string | null;
  value: AddressValue;
  onChange(value: AddressValue): void;
  streetMaxLength?: number;
}

export function AddressField({ label, hint, error, value, onChange, streetMaxLength = 100 }: AddressFieldProps) {
  const { t } = useTranslation();
  const [table, setTable] = useState<Division[] | null>(null);
  // Which level's picker is open: the index into the path (0 = province).
  const [open, setOpen] = useState<number | null>(null);
  const field = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    void loadDivisions().then((loaded) => live && setTable(loaded));
    return () => {
      live = false;
    };
  }, []);

  const path = table && value.divisionCode ? divisionPath(table, value.divisionCode) : [];
  // One button per picked level, and one more while the last picked still has finer divisions.
  const levels = table ? [table, ...path.map((division) => division.children)].filter((level) => level.length > 0) : [];
  const pick = (index: number, code: string) => {
    if (!table) return;
    const picked = divisionPath(table, code);
    onChange({ ...value, divisionCode: code, area: areaText(picked) });
    const chosen = picked.at(-1);
    // Straight on to the next level down, until a district is picked.
    const finer = chosen && chosen.children.length > 0;
    setOpen(finer ? index + 1 : null);
    // The street is typed next: bring it into view if it lies below the fold, as the picker closes.
    if (!finer) requestAnimationFrame(() => field.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' }));
  };
  const levelName = (choices: readonly Division[]) => t(`keyboard.address.${choices[0] ? levelOf(choices[0].code) : 'district'}`);
  // The table's grouping level is named like '湖北省-自治区直辖县级行政区划': say what it holds instead.
  const nameOf = (division: Division) => (isGroupingLevel(division) ? t('keyboard.address.grouping') : division.name);

  return (
    <div className="address-field" ref={field}>
      <Field label={label} hint={hint} error={error}>
        {(control) => (
          <div className="picker-field" role="group" aria-describedby={control['aria-describedby']}>
            {levels.map((choices, index) => {
              const picked = path[index];
              return (
                <button
                  key={index}
                  id={index === 0 ? control.id : undefined}
                  type="button"
                  className="picker-field__part"
                  data-level={index}
                  data-empty={!picked}
                  aria-label={`${label} ${picked ? nameOf(picked) : levelName(choices)}`}
                  onClick={() => setOpen(index)}
                >
                  {picked ? nameOf(picked) : t('keyboard.address.choose', { level: levelName(choices) })}
                </button>
              );
            })}
            {!table && (
              <button id={control.id} type="button" className="picker-field__part" disabled>
                {t('keyboard.address.loading')}
              </button>
            )}
            {open !== null && levels[open] && (
              <PickerDialog
                // Each level is its own list: a page kept from the province list would show an empty city list.
                key={open}
                title={t('keyboard.address.pick', { level: levelName(levels[open]) })}
                choices={levels[open].map((division) => ({ value: division.code, label: nameOf(division) }))}
                selected={path[open]?.code ?? null}
                pageSize={40}
                onPick={(code) => pick(open, code)}
                onCancel={() => setOpen(null)}
              />
            )}
          </div>
        )}
      </Field>
      <TextField
        label={t('keyboard.address.street')}
        holds="address"
        hint={t('keyboard.address.streetHint')}
        value={value.street}
        maxLength={streetMaxLength}
        onChange={(street) => onChange({ ...value, street })}
      />
    </div>
  );
}
