// Filing, step 3 — "Who is the case between?": the plaintiffs (the filer first), the defendants, and
// any third party; each a person or an organisation, one to a page so the page stays short. A row of
// buttons names every party and opens one; add and remove are buttons that say whom. Main checks ID
// numbers and credit codes as they are typed; a credit code that fails only warns (docs/RULES.md §4).
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import type { StepProps } from '../stepper/flow';
import { filingValuesOf } from './filing-draft';
import {
  EMPTY_PARTY,
  MAX_PARTIES_PER_ROLE,
  PARTY_ROLES,
  partyOrder,
  plaintiffFromApplicant,
  validateParties,
  type Parties,
  type PartyEntry,
  type PartyRole,
} from './parties';
import { PartyForm } from './PartyForm';
import { partyProblems } from './problems';
import { usePreview } from './use-filing-data';

interface Shown {
  role: PartyRole;
  index: number;
}

export function PartiesStep({ value, onChange, errors, values, goTo }: StepProps<Parties>) {
  const { t } = useTranslation();
  const filing = { ...filingValuesOf(values), parties: value };
  const { applicant } = filing;
  const preview = usePreview(filing);
  const fromMain = partyProblems(preview.value?.problems ?? [], value);
  // Everything wrong now, main's and the form's own: PartyForm shows a field's once it is left, or after Next.
  const allErrors = { ...fromMain.errors, ...validateParties(value), ...errors };
  // The stepper passes errors only once Next was pressed.
  const submitted = Object.keys(errors).length > 0;

  // The filer is always the first plaintiff, as step 1 (or their ID card) gave them.
  const filer = plaintiffFromApplicant(applicant, value.plaintiffs[0]);
  const filerChanged = JSON.stringify(filer) !== JSON.stringify(value.plaintiffs[0]);
  useEffect(() => {
    if (filerChanged) onChange({ ...value, plaintiffs: [filer, ...value.plaintiffs.slice(1)] });
  });

  const order = partyOrder(value);
  const hasProblem = ({ role, index }: Shown) => Object.keys(allErrors).some((key) => key.startsWith(`${role}.${index}.`));
  const [shown, setShown] = useState<Shown>({ role: 'plaintiffs', index: 0 });
  const current = order.find((entry) => entry.role === shown.role && entry.index === shown.index) ?? order[0];
  // Next pressed with something missing: open the first party it concerns, wherever the litigant was.
  // Only as Next turns the problems on: the stepper hands new errors on every change after, and the
  // page must not jump away from the party being typed.
  const [jumped, setJumped] = useState(false);
  if (submitted !== jumped) {
    setJumped(submitted);
    const first = order.find((entry) => Object.keys(errors).some((key) => key.startsWith(`${entry.role}.${entry.index}.`)));
    if (submitted && first) setShown({ role: first.role, index: first.index });
  }

  // Another party opens at its top, as a step does, not where the last one's form was scrolled to.
  const step = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    step.current?.closest('.flow__step')?.scrollTo(0, 0);
  }, [current?.role, current?.index]);

  const setParty = (role: PartyRole, index: number, party: PartyEntry) => onChange({ ...value, [role]: value[role].map((p, i) => (i === index ? party : p)) });
  const remove = (role: PartyRole, index: number) => {
    onChange({ ...value, [role]: value[role].filter((_, i) => i !== index) });
    setShown({ role: 'plaintiffs', index: 0 });
  };
  const add = (role: PartyRole) => {
    onChange({ ...value, [role]: [...value[role], { ...EMPTY_PARTY }] });
    setShown({ role, index: value[role].length });
  };
  const partyTitle = (role: PartyRole, index: number) => t(`parties.roles.${role}.one`, { n: index + 1 });

  return (
    <div className="step-body filing parties" ref={step}>
      <p className="step-body__hint">{t('parties.hint')}</p>
      {(['plaintiffs', 'defendants'] as const).map(
        (role) =>
          errors[role] && (
            <p key={role} className="step-body__error">
              {t(errors[role])}
            </p>
          ),
      )}
      <nav className="parties__list" aria-label={t('parties.list')}>
        {order.map(({ role, index, party }) => (
          <button
            key={`${role}-${index}`}
            type="button"
            className="parties__chip"
            aria-pressed={current?.role === role && current.index === index}
            data-problem={submitted && hasProblem({ role, index }) ? true : undefined}
            onClick={() => setShown({ role, index })}
          >
            <span className="parties__chip-role">{partyTitle(role, index)}</span>
            <span className="parties__chip-name">{party.name.trim() || t('parties.unnamed')}</span>
            {submitted && hasProblem({ role, index }) && <span className="parties__chip-problem">{t('parties.needsAttention')}</span>}
          </button>
        ))}
      </nav>
      {current && (
        <PartyForm
          key={`${current.role}-${current.index}`}
          role={current.role}
          index={current.index}
          party={current.party}
          onChange={(next) => setParty(current.role, current.index, next)}
          // The filer cannot be removed, and a case needs a defendant.
          onRemove={
            (current.role === 'plaintiffs' && current.index === 0) || (current.role === 'defendants' && value.defendants.length === 1)
              ? null
              : () => remove(current.role, current.index)
          }
          fromApplicant={current.role === 'plaintiffs' && current.index === 0 ? () => goTo('applicant') : null}
          errors={allErrors}
          warnings={fromMain.warnings}
          submitted={submitted}
        />
      )}
      <div className="parties__add">
        {PARTY_ROLES.filter((role) => value[role].length < MAX_PARTIES_PER_ROLE).map((role) => (
          <Button key={role} variant="secondary" onClick={() => add(role)}>
            {t(`parties.roles.${role}.add`)}
          </Button>
        ))}
      </div>
      {current && <p className="filing__note">{t(`parties.roles.${current.role}.hint`)}</p>}
    </div>
  );
}
