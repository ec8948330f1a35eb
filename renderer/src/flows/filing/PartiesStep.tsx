// Filing, step 3 — "Who is the case between?": the plaintiffs (the filer first), the defendants, and
// any third party; each a person or an organisation. Main checks ID numbers and credit codes as
// they are typed and says what to re-check; a credit code that fails only warns (docs/RULES.md §4).
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import type { StepProps } from '../stepper/flow';
import { filingValuesOf } from './filing-draft';
import { EMPTY_PARTY, MAX_PARTIES_PER_ROLE, PARTY_ROLES, plaintiffFromApplicant, type Parties, type PartyEntry, type PartyRole } from './parties';
import { PartyForm } from './PartyForm';
import { partyProblems } from './problems';
import { usePreview } from './use-filing-data';

export function PartiesStep({ value, onChange, errors, values, goTo }: StepProps<Parties>) {
  const { t } = useTranslation();
  const filing = { ...filingValuesOf(values), parties: value };
  const { applicant } = filing;
  const preview = usePreview(filing);
  const fromMain = partyProblems(preview.value?.problems ?? [], value);

  // The filer is always the first plaintiff, as step 1 (or their ID card) gave them.
  const filer = plaintiffFromApplicant(applicant, value.plaintiffs[0]);
  const filerChanged = JSON.stringify(filer) !== JSON.stringify(value.plaintiffs[0]);
  useEffect(() => {
    if (filerChanged) onChange({ ...value, plaintiffs: [filer, ...value.plaintiffs.slice(1)] });
  });

  const setParty = (role: PartyRole, index: number, party: PartyEntry) => onChange({ ...value, [role]: value[role].map((p, i) => (i === index ? party : p)) });
  const remove = (role: PartyRole, index: number) => onChange({ ...value, [role]: value[role].filter((_, i) => i !== index) });
  const add = (role: PartyRole) => onChange({ ...value, [role]: [...value[role], { ...EMPTY_PARTY }] });

  return (
    <div className="step-body filing parties">
      <p className="step-body__hint">{t('parties.hint')}</p>
      {PARTY_ROLES.map((role) => (
        <section key={role} className="parties__role" aria-labelledby={`parties-${role}`}>
          <h2 className="parties__heading" id={`parties-${role}`}>
            {t(`parties.roles.${role}.title`)}
          </h2>
          <p className="filing__note">{t(`parties.roles.${role}.hint`)}</p>
          {errors[role] && <p className="step-body__error">{t(errors[role])}</p>}
          {value[role].map((party, index) => (
            <PartyForm
              key={`${role}-${index}`}
              role={role}
              index={index}
              party={party}
              onChange={(next) => setParty(role, index, next)}
              // The filer cannot be removed, and a case needs a defendant.
              onRemove={(role === 'plaintiffs' && index === 0) || (role === 'defendants' && value.defendants.length === 1) ? null : () => remove(role, index)}
              fromApplicant={role === 'plaintiffs' && index === 0 ? () => goTo('applicant') : null}
              errors={{ ...fromMain.errors, ...errors }}
              warnings={fromMain.warnings}
            />
          ))}
          {value[role].length < MAX_PARTIES_PER_ROLE && (
            <Button variant="secondary" onClick={() => add(role)}>
              {t(`parties.roles.${role}.add`)}
            </Button>
          )}
        </section>
      ))}
    </div>
  );
}
