// One party's particulars: a natural person as on their identity document (a resident ID unless
// another is chosen), or an organisation with its credit code and representative; for a plaintiff,
// the agent acting for them and the scope of authority.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { TextField } from '../../components/Field';
import { AddressField } from '../../keyboard/AddressField';
import { DateField } from '../../keyboard/DateField';
import type { FieldErrors } from '../stepper/flow';
import { AgentForm } from './AgentForm';
import { ChoiceRow } from './ChoiceRow';
import { EthnicityField } from './EthnicityField';
import { NationalityField } from './NationalityField';
import { DocumentNumberField, idDocumentText } from './IdDocumentChoice';
import { asksNationality, EMPTY_AGENT, factsOfDocument, nationalityOf, withIdNumber, type PartyEntry, type PartyRole } from './parties';

export interface PartyFormProps {
  role: PartyRole;
  index: number;
  party: PartyEntry;
  onChange(party: PartyEntry): void;
  onRemove: (() => void) | null;
  /** The filer: name and ID number come from step 1 and are changed there. */
  fromApplicant: (() => void) | null;
  errors: FieldErrors;
  /** Warnings from main to re-check, e.g. a credit code whose check character does not match. */
  warnings: FieldErrors;
  /** Next was pressed: every problem shows, also of fields never touched. */
  submitted: boolean;
}

export function PartyForm({ role, index, party, onChange, onRemove, fromApplicant, errors, warnings, submitted }: PartyFormProps) {
  const { t, i18n } = useTranslation();
  const at = `${role}.${index}`;
  // A form that opens red scolds before anything is typed: a field's problem shows once it is left, or on Next.
  const [left, setLeft] = useState<ReadonlySet<string>>(() => new Set());
  const leave = (field: string) => () => setLeft((before) => (before.has(field) ? before : new Set(before).add(field)));
  const shows = (field: string) => submitted || left.has(field);
  const problem = (field: string) => {
    const key = shows(field) ? errors[`${at}.${field}`] : undefined;
    return key ? t(key) : null;
  };
  // What main only warns about (a credit code failing its check character) asks to re-check; it does not block.
  const caution = (field: string) => {
    const key = !shows(field) || errors[`${at}.${field}`] ? undefined : warnings[`${at}.${field}`];
    return key ? t(key) : null;
  };
  // Sex and birth date are in a resident ID's number (or on the card): shown, never asked again. A
  // passport's or a permit's number does not hold them: they are asked.
  const facts = party.kind === 'person' ? factsOfDocument(party.idType, party.idNumber) : null;
  const waitsForFacts = party.idType === 'residentId' && party.idNumber.trim() !== '';
  const longDate = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  const set = <K extends keyof PartyEntry>(field: K, value: PartyEntry[K]) => onChange({ ...party, [field]: value });
  const title = t(`parties.roles.${role}.one`, { n: index + 1 });
  const address = (
    <AddressField
      label={t('parties.fields.address')}
      value={party.address}
      error={problem('address')}
      onChange={(address) => {
        leave('address')();
        set('address', address);
      }}
    />
  );
  return (
    <fieldset className="party-form" data-party={at}>
      <legend className="party-form__title">{title}</legend>
      {fromApplicant ? (
        <div className="party-form__filer">
          <p>
            {party.name} · {idDocumentText(t, party.idType, party.idNumber)}
          </p>
          <Button variant="secondary" onClick={fromApplicant}>
            {t('parties.filer.change')}
          </Button>
        </div>
      ) : (
        <div className="party-form__who">
          <ChoiceRow
            label={t('parties.kind.label')}
            value={party.kind}
            options={[
              { value: 'person', label: t('parties.kind.person') },
              { value: 'organisation', label: t('parties.kind.organisation') },
            ]}
            onChange={(kind) => set('kind', kind)}
          />
          <TextField
            label={t(party.kind === 'person' ? 'parties.fields.name' : 'parties.fields.orgName')}
            holds={party.kind === 'person' ? 'name' : 'organisation'}
            value={party.name}
            maxLength={100}
            error={problem('name')}
            warning={caution('name')}
            onLeave={leave('name')}
            onChange={(name) => set('name', name)}
          />
        </div>
      )}
      {/* Another party's address right after who they are: it is what the court must have to serve
          papers, the rest may be unknown; so it is in view as the form opens, not under the fold. */}
      {!fromApplicant && address}
      <div className="party-form__grid">
        {party.kind === 'person' ? (
          <>
            {!fromApplicant && (
              <div className="id-document">
                <DocumentNumberField
                  value={party}
                  onChange={({ idType, idNumber }) => onChange(withIdNumber(party, idNumber, idType))}
                  residentIdLabelKey="parties.fields.idNumber"
                  residentIdHintKey="parties.fields.idNumberHint"
                  error={problem('idNumber')}
                  warning={caution('idNumber')}
                  onLeave={leave('idNumber')}
                />
              </div>
            )}
            {facts ? (
              <p className="party-form__facts" data-facts="idNumber">
                {t('parties.facts.fromIdNumber', { sex: t(`parties.sex.${facts.sex}`), birthDate: longDate(facts.birthDate) })}
              </p>
            ) : waitsForFacts ? (
              <p className="party-form__facts">{t('parties.facts.whenComplete')}</p>
            ) : (
              <>
                <ChoiceRow
                  label={t('parties.fields.sex')}
                  value={party.sex === '' ? null : party.sex}
                  options={[
                    { value: 'male', label: t('parties.sex.male') },
                    { value: 'female', label: t('parties.sex.female') },
                  ]}
                  error={problem('sex')}
                  onChange={(sex) => {
                    leave('sex')();
                    set('sex', sex);
                  }}
                />
                <DateField
                  label={t('parties.fields.birthDate')}
                  value={party.birthDate}
                  error={problem('birthDate')}
                  warning={caution('birthDate')}
                  // A birth date is never in the future.
                  toYear={new Date().getFullYear()}
                  onChange={(birthDate) => set('birthDate', birthDate)}
                />
              </>
            )}
            {/* 国籍 where the document does not settle it; 民族 for a Chinese national only (a foreigner's complaint gives 国籍 instead). */}
            {asksNationality(party.idType) && (
              <NationalityField
                label={t('parties.fields.nationality')}
                value={party.nationality}
                foreignOnly={party.idType === 'foreignPermanentResident'}
                error={problem('nationality')}
                onChange={(nationality) => set('nationality', nationality)}
              />
            )}
            {nationalityOf(party) === 'chinese' && (
              <EthnicityField
                label={t('parties.fields.ethnicity')}
                value={party.ethnicity}
                error={problem('ethnicity')}
                onChange={(ethnicity) => set('ethnicity', ethnicity)}
              />
            )}
          </>
        ) : (
          <>
            <ChoiceRow
              label={t('parties.fields.form')}
              value={party.form}
              options={[
                { value: 'legalPerson', label: t('parties.form.legalPerson') },
                { value: 'otherOrganisation', label: t('parties.form.otherOrganisation') },
              ]}
              onChange={(form) => set('form', form)}
            />
            <TextField
              label={t('parties.fields.creditCode')}
              hint={t('parties.fields.creditCodeHint')}
              keyboard="latin"
              value={party.creditCode}
              maxLength={18}
              error={problem('creditCode')}
              warning={caution('creditCode')}
              onLeave={leave('creditCode')}
              onChange={(creditCode) => set('creditCode', creditCode.toUpperCase())}
            />
            <TextField
              label={t('parties.fields.representative')}
              value={party.representative}
              maxLength={60}
              error={problem('representative')}
              warning={caution('representative')}
              onLeave={leave('representative')}
              onChange={(representative) => set('representative', representative)}
            />
            <TextField
              label={t('parties.fields.representativeTitle')}
              value={party.representativeTitle}
              maxLength={30}
              onChange={(title) => set('representativeTitle', title)}
            />
          </>
        )}
        <TextField
          label={t('parties.fields.phone')}
          keyboard="phone"
          value={party.phone}
          error={problem('phone')}
          warning={caution('phone')}
          onLeave={leave('phone')}
          onChange={(phone) => set('phone', phone)}
        />
      </div>
      {fromApplicant && address}
      {role === 'plaintiffs' &&
        (party.agent ? (
          <AgentForm
            at={at}
            agent={party.agent}
            onChange={(agent) => set('agent', agent)}
            onRemove={() => set('agent', null)}
            errors={submitted ? errors : {}}
            warnings={warnings}
          />
        ) : (
          <Button variant="secondary" onClick={() => set('agent', { ...EMPTY_AGENT })}>
            {t('parties.agent.add')}
          </Button>
        ))}
      {onRemove && (
        <Button variant="quiet" className="party-form__remove" onClick={onRemove}>
          {t('parties.remove', { party: title })}
        </Button>
      )}
    </fieldset>
  );
}
