// The case number (案号) by taps instead of typing brackets and Chinese: pick the year, the court
// and the kind of case as printed on the paper, then key in the number. The number as it will be
// looked up is shown large above, so the litigant can compare it with the paper.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KNOWN_CASE_TYPES } from '../../../contract/case-number-codes';
import { useTerminalConfig } from '../app/terminal-config';
import { TextField } from './Field';
import { joinCaseNumber, recentYears, splitCaseNumber, type CaseNumberParts } from './case-number-parts';
import './CaseNumberField.css';

/** Case kinds offered at once; the rest of the table is one tap further. */
const FIRST_TYPES = 8;
const YEARS = 6;

export interface CaseNumberFieldProps {
  /** What this number is on this screen (案号 from the fee notice, …) and where to find it. */
  label?: string;
  hint?: string;
  value: string;
  onChange(value: string): void;
  error?: string | null;
}

function Chips({
  legend,
  options,
  chosen,
  onChoose,
}: {
  legend: string;
  options: { value: string; label: string }[];
  chosen: string;
  onChoose(value: string): void;
}) {
  return (
    <fieldset className="case-number__row">
      <legend className="case-number__legend">{legend}</legend>
      <div className="case-number__chips">
        {options.map((option) => (
          <button key={option.value} type="button" className="case-number__chip" aria-pressed={option.value === chosen} onClick={() => onChoose(option.value)}>
            {option.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

export function CaseNumberField({ label, hint, value, onChange, error }: CaseNumberFieldProps) {
  const { t, i18n } = useTranslation();
  const config = useTerminalConfig();
  const [parts, setParts] = useState<CaseNumberParts>(() => {
    const split = splitCaseNumber(value);
    return split.court ? split : { ...split, court: config.court.code };
  });
  const [allTypes, setAllTypes] = useState(() => KNOWN_CASE_TYPES.indexOf(parts.type) >= FIRST_TYPES);
  const update = (change: Partial<CaseNumberParts>) => {
    const next = { ...parts, ...change };
    setParts(next);
    onChange(joinCaseNumber(next));
  };

  const courts = [config.court.code, ...config.courtDirectory.map((court) => court.code).filter((code) => code !== config.court.code)];
  const courtName = (code: string) => {
    const name = code === config.court.code ? config.court.name : config.courtDirectory.find((court) => court.code === code)?.name;
    return name ? (name[i18n.language] ?? name['zh-CN']) : '';
  };
  const joined = joinCaseNumber(parts);
  return (
    <div className={error ? 'case-number case-number--invalid' : 'case-number'}>
      {label && (
        <p className="case-number__label">
          <span className="field__label">{label}</span>
          {hint && <span className="field__hint">{hint}</span>}
        </p>
      )}
      <p className="case-number__preview" aria-live="polite" data-case-number={joined}>
        <span className="case-number__preview-label">{t('caseNumber.preview')}</span>
        <span className="case-number__preview-value">{joined || t('caseNumber.incomplete')}</span>
      </p>
      <Chips
        legend={t('caseNumber.year')}
        options={recentYears(new Date(), YEARS).map((year) => ({ value: year, label: `（${year}）` }))}
        chosen={parts.year}
        onChoose={(year) => update({ year })}
      />
      <Chips
        legend={t('caseNumber.court')}
        options={courts.map((code) => ({ value: code, label: `${code} ${courtName(code)}`.trim() }))}
        chosen={parts.court}
        onChoose={(court) => update({ court })}
      />
      <fieldset className="case-number__row">
        <legend className="case-number__legend">{t('caseNumber.type')}</legend>
        <div className="case-number__chips">
          {(allTypes ? KNOWN_CASE_TYPES : KNOWN_CASE_TYPES.slice(0, FIRST_TYPES)).map((type) => (
            <button key={type} type="button" className="case-number__chip" aria-pressed={type === parts.type} onClick={() => update({ type })}>
              {type}
            </button>
          ))}
          {!allTypes && (
            <button type="button" className="case-number__chip case-number__chip--more" onClick={() => setAllTypes(true)}>
              {t('caseNumber.moreTypes')}
            </button>
          )}
        </div>
      </fieldset>
      <TextField
        label={t('caseNumber.sequence')}
        hint={t('caseNumber.sequenceHint')}
        keyboard="digits"
        maxLength={8}
        value={parts.sequence}
        error={error}
        onChange={(sequence) => update({ sequence })}
      />
    </div>
  );
}
