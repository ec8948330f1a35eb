// Filing, step 8 — which court. The defendants' picked areas are checked against the court directory
// first: the court they point to is chosen and said, this court only when it hears that area; with
// no answer from the directory, nothing is chosen for the litigant. Filing with another court from
// here is cross-region filing (跨域立案), marked on its card.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceCard } from '../../components/ChoiceCard';
import { inLanguage } from '../../i18n/localized';
import { LoadProblem } from '../mediation/LoadProblem';
import type { FieldErrors, StepProps } from '../stepper/flow';
import { courtAdvice } from './court-advice';
import { filingValuesOf } from './filing-draft';
import { useCourts } from './use-filing-data';

export function CourtStep({ value, onChange, errors, values }: StepProps<string>) {
  const { t, i18n } = useTranslation();
  const courts = useCourts();
  const advice = courts.value ? courtAdvice(courts.value, filingValuesOf(values).parties) : null;
  const advised = advice && advice.kind !== 'unknown' ? advice.court : null;
  useEffect(() => {
    if (value === '' && advised) onChange(advised.code);
  }, [value, advised, onChange]);
  // The advised court first, so the card to tap is the first one read.
  const listed = courts.value ? [...courts.value].sort((a, b) => Number(b.code === advised?.code) - Number(a.code === advised?.code)) : [];
  return (
    <div className="step-body filing">
      <p className="step-body__hint">{t('filing.court.hint')}</p>
      {advice && (
        <p className="filing__advice" data-advice={advice.kind} role="status">
          {advice.kind === 'unknown'
            ? t('filing.court.advice.unknown')
            : t(`filing.court.advice.${advice.kind}`, { court: inLanguage(advice.court.name, i18n.language) })}
        </p>
      )}
      {errors.court && <p className="step-body__error">{t(errors.court)}</p>}
      {courts.value ? (
        <div className="filing__cards" role="group" aria-label={t('filing.court.title')}>
          {listed.map((court) => (
            <ChoiceCard
              key={court.code}
              badge={t(court.crossRegion ? 'filing.court.crossRegion' : 'filing.court.thisCourt')}
              title={inLanguage(court.name, i18n.language)}
              description={court.address ? inLanguage(court.address, i18n.language) : undefined}
              selected={value === court.code}
              onSelect={() => onChange(court.code)}
            />
          ))}
        </div>
      ) : (
        <LoadProblem error={courts.error} retry={courts.retry} />
      )}
      <p className="filing__note">{t('filing.court.explain')}</p>
    </div>
  );
}

export const validateCourt = (value: string): FieldErrors => (value === '' ? { court: 'filing.court.required' } : {});
