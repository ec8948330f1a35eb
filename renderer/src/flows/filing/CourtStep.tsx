// Filing, step 8 — which court: this court first, then the others of the court directory; filing
// with another court from here is cross-region filing (跨域立案), marked on its card.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceCard } from '../../components/ChoiceCard';
import { inLanguage } from '../../i18n/localized';
import { LoadProblem } from '../mediation/LoadProblem';
import type { FieldErrors, StepProps } from '../stepper/flow';
import { useCourts } from './use-filing-data';

export function CourtStep({ value, onChange, errors }: StepProps<string>) {
  const { t, i18n } = useTranslation();
  const courts = useCourts();
  const own = courts.value?.find((court) => !court.crossRegion);
  // Most cases are filed with the court whose kiosk this is: chosen until the litigant says otherwise.
  useEffect(() => {
    if (value === '' && own) onChange(own.code);
  }, [value, own, onChange]);
  return (
    <div className="step-body filing">
      <p className="step-body__hint">{t('filing.court.hint')}</p>
      {errors.court && <p className="step-body__error">{t(errors.court)}</p>}
      {courts.value ? (
        <div className="filing__cards" role="group" aria-label={t('filing.court.title')}>
          {courts.value.map((court) => (
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
