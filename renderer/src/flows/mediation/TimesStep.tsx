// Mediation, step 3 — when the litigant can come: up to three half-days, each a big button, over
// the working days of the next two weeks. No typing dates.
import { useTranslation } from 'react-i18next';
import { useTerminalConfig } from '../../app/terminal-config';
import type { StepProps } from '../stepper/flow';
import { bookableDays, courtToday, formatDay } from './half-days';
import { MAX_PREFERRED_TIMES, type PreferredTime } from './request';
import '../../components/toggle-chip.css';

const PARTS = ['morning', 'afternoon'] as const;

export function TimesStep({ value, onChange, errors }: StepProps<PreferredTime[]>) {
  const { t, i18n } = useTranslation();
  const { timeZone } = useTerminalConfig();
  const days = bookableDays(courtToday(new Date(), timeZone));
  const isChosen = (date: string, part: PreferredTime['part']) => value.some((time) => time.date === date && time.part === part);
  const toggle = (date: string, part: PreferredTime['part']) => {
    if (isChosen(date, part)) onChange(value.filter((time) => !(time.date === date && time.part === part)));
    else if (value.length < MAX_PREFERRED_TIMES) onChange([...value, { date, part }].sort((a, b) => `${a.date}${a.part}`.localeCompare(`${b.date}${b.part}`)));
  };
  const full = value.length >= MAX_PREFERRED_TIMES;
  return (
    <div className="step-body">
      <div className="mediation__times-head">
        <p className="step-body__hint">{t('mediation.times.hint', { max: MAX_PREFERRED_TIMES })}</p>
        <p className="mediation__count" aria-live="polite">
          {t('mediation.times.chosen', { chosen: value.length, max: MAX_PREFERRED_TIMES })}
        </p>
      </div>
      {errors.times && <p className="step-body__error">{t(errors.times)}</p>}
      <ul className="half-days" aria-label={t('mediation.times.title')}>
        {days.map((date) => (
          <li key={date} className="half-days__day">
            <span className="half-days__date">{formatDay(date, i18n.language)}</span>
            {PARTS.map((part) => {
              const chosen = isChosen(date, part);
              return (
                <button
                  key={part}
                  type="button"
                  className="toggle-chip half-days__part"
                  aria-pressed={chosen}
                  aria-label={t('mediation.times.slotLabel', { day: formatDay(date, i18n.language, 'long'), part: t(`mediation.times.parts.${part}`) })}
                  disabled={full && !chosen}
                  onClick={() => toggle(date, part)}
                >
                  {t(`mediation.times.parts.${part}`)}
                </button>
              );
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
