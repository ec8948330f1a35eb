// Mediation, step 2 — who mediates and how: the organisations that take this dispute (with their
// kind), then online (video) or in person, offering only the ways the chosen organisation offers.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediationOrganisation } from '../../../../contract';
import { ChoiceCard } from '../../components/ChoiceCard';
import { HomeIcon, MediationIcon } from '../../components/icons';
import { PlaceholderNote } from '../../components/PlaceholderNote';
import { inLanguage } from '../../i18n/localized';
import type { StepProps } from '../stepper/flow';
import { LoadProblem } from './LoadProblem';
import { caseTypeFromDraft, type Arrangement } from './request';
import { useOrganisations } from './use-mediation-data';

type Mode = NonNullable<Arrangement['mode']>;
const modesOf = (organisation: MediationOrganisation): Mode[] => [
  ...(organisation.online ? ['online' as const] : []),
  ...(organisation.inPerson ? ['inPerson' as const] : []),
];

export function OrganisationStep({ value, onChange, errors, values }: StepProps<Arrangement>) {
  const { t, i18n } = useTranslation();
  const caseType = caseTypeFromDraft(values.dispute) ?? '';
  const organisations = useOrganisations(caseType);
  // A choice made for another dispute type no longer applies: its organisation may not take this one.
  const stale = value.caseType !== caseType;
  useEffect(() => {
    if (stale) onChange({ caseType, organisationId: '', mode: null });
  }, [stale, caseType, onChange]);

  const chosen = stale ? undefined : organisations.items?.find((o) => o.id === value.organisationId);
  const choose = (organisation: MediationOrganisation) => {
    const modes = modesOf(organisation);
    // With one way on offer there is nothing to ask; keep a still-offered choice when switching.
    const mode = modes.length === 1 ? modes[0]! : value.mode && modes.includes(value.mode) ? value.mode : null;
    onChange({ caseType, organisationId: organisation.id, mode });
  };

  return (
    <div className="step-body mediation--split">
      <div className="mediation__column">
        <p className="step-body__hint">{t('mediation.organisation.hint')}</p>
        {errors.organisation && <p className="step-body__error">{t(errors.organisation)}</p>}
        {organisations.items ? (
          <div className="mediation__cards mediation__cards--list" role="group" aria-label={t('mediation.organisation.listLabel')}>
            {organisations.items.map((organisation) => (
              <ChoiceCard
                key={organisation.id}
                badge={t(`mediation.organisation.kinds.${organisation.kind}`)}
                title={inLanguage(organisation.name, i18n.language)}
                description={t(`mediation.organisation.offers.${modesOf(organisation).join('_')}`)}
                selected={chosen?.id === organisation.id}
                onSelect={() => choose(organisation)}
              />
            ))}
          </div>
        ) : (
          <LoadProblem error={organisations.error} retry={organisations.retry} />
        )}
      </div>
      <div className="mediation__column">
        <p className="mediation__question">{t('mediation.organisation.modeQuestion')}</p>
        {errors.mode && chosen && <p className="step-body__error">{t(errors.mode)}</p>}
        {chosen ? (
          <div className="mediation__cards" role="group" aria-label={t('mediation.organisation.modeQuestion')}>
            {modesOf(chosen).map((mode) => (
              <ChoiceCard
                key={mode}
                icon={mode === 'online' ? <MediationIcon size="lg" /> : <HomeIcon size="lg" />}
                title={t(`mediation.organisation.modes.${mode}.title`)}
                description={t(`mediation.organisation.modes.${mode}.description`)}
                selected={value.mode === mode}
                onSelect={() => onChange({ ...value, mode })}
              />
            ))}
          </div>
        ) : (
          <PlaceholderNote>{t('mediation.organisation.chooseFirst')}</PlaceholderNote>
        )}
      </div>
    </div>
  );
}
