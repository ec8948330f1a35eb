// The console's two lists: the court directory (where a case may be filed, by area) and the
// mediation organisations litigants may choose. Entries are edited in place, added and removed,
// and the whole list is saved at once; main names the entry and field it refuses.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseType, DirectoryCourt, MediationOrganisation } from '../../../contract';
import { useTerminalConfig } from '../app/terminal-config';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { inLanguage } from '../i18n/localized';
import { useKiosk } from '../kiosk';
import { SectionForm } from './SectionForm';
import { SettingInput, SettingSwitch } from './SettingField';
import { useSectionSave } from './settings-form';

/** Lists of codes are typed as one line, separated by commas or spaces. */
const splitList = (text: string): string[] => text.split(/[\s,，、]+/).filter(Boolean);

interface CourtDraft {
  code: string;
  nameZh: string;
  nameEn: string;
  areas: string;
  addressZh: string;
  addressEn: string;
}

const courtDraft = (court: DirectoryCourt): CourtDraft => ({
  code: court.code,
  nameZh: court.name['zh-CN'],
  nameEn: court.name['en'] ?? '',
  areas: court.areas.join(' '),
  addressZh: court.address?.['zh-CN'] ?? '',
  addressEn: court.address?.['en'] ?? '',
});

const courtOf = (d: CourtDraft): DirectoryCourt => ({
  code: d.code.trim(),
  name: { 'zh-CN': d.nameZh.trim(), ...(d.nameEn.trim() ? { en: d.nameEn.trim() } : {}) },
  areas: splitList(d.areas),
  address: d.addressZh.trim() ? { 'zh-CN': d.addressZh.trim(), ...(d.addressEn.trim() ? { en: d.addressEn.trim() } : {}) } : null,
});

const EMPTY_COURT: CourtDraft = { code: '', nameZh: '', nameEn: '', areas: '', addressZh: '', addressEn: '' };

export function DirectorySection() {
  const { t } = useTranslation();
  const config = useTerminalConfig();
  const form = useSectionSave(['courtDirectory']);
  const [courts, setCourts] = useState(() => config.courtDirectory.map(courtDraft));
  const edit = (index: number, change: Partial<CourtDraft>) => setCourts((all) => all.map((c, i) => (i === index ? { ...c, ...change } : c)));
  return (
    <SectionForm
      title={t('admin.sections.directory')}
      intro={t('admin.directory.intro')}
      form={form}
      onSave={() => void form.save({ courtDirectory: courts.map(courtOf) })}
    >
      {courts.map((court, index) => {
        const at = (field: string) => form.problemAt('courtDirectory', index, field);
        return (
          <fieldset key={index} className="console-entry" data-entry={index}>
            <legend>{court.nameZh || t('admin.directory.newCourt')}</legend>
            <div className="console-entry__grid">
              <SettingInput
                label={t('admin.directory.code')}
                value={court.code}
                onChange={(code) => edit(index, { code })}
                problem={at('code')}
                maxLength={8}
                keyboard="latin"
              />
              <SettingInput
                label={t('admin.directory.areas')}
                hint={t('admin.directory.areasHint')}
                value={court.areas}
                onChange={(areas) => edit(index, { areas })}
                problem={at('areas')}
                maxLength={400}
                keyboard="latin"
              />
              <SettingInput
                label={t('admin.directory.nameZh')}
                value={court.nameZh}
                onChange={(nameZh) => edit(index, { nameZh })}
                problem={at('name')}
                lang="zh-CN"
              />
              <SettingInput label={t('admin.directory.nameEn')} value={court.nameEn} onChange={(nameEn) => edit(index, { nameEn })} problem={null} lang="en" />
              <SettingInput
                label={t('admin.directory.addressZh')}
                value={court.addressZh}
                onChange={(addressZh) => edit(index, { addressZh })}
                problem={at('address')}
                lang="zh-CN"
              />
              <SettingInput
                label={t('admin.directory.addressEn')}
                value={court.addressEn}
                onChange={(addressEn) => edit(index, { addressEn })}
                problem={null}
                lang="en"
              />
            </div>
            <Button variant="quiet" onClick={() => setCourts((all) => all.filter((_, i) => i !== index))}>
              {t('admin.list.remove')}
            </Button>
          </fieldset>
        );
      })}
      <Button onClick={() => setCourts((all) => [...all, EMPTY_COURT])}>{t('admin.directory.add')}</Button>
    </SectionForm>
  );
}

const ORGANISATION_KINDS: MediationOrganisation['kind'][] = ['people', 'industry', 'court_invited'];

interface OrganisationDraft extends Omit<MediationOrganisation, 'name'> {
  nameZh: string;
  nameEn: string;
}

const organisationDraft = (o: MediationOrganisation): OrganisationDraft => ({ ...o, nameZh: o.name['zh-CN'], nameEn: o.name['en'] ?? '' });
const organisationOf = ({ nameZh, nameEn, ...o }: OrganisationDraft): MediationOrganisation => ({
  ...o,
  id: o.id.trim(),
  name: { 'zh-CN': nameZh.trim(), ...(nameEn.trim() ? { en: nameEn.trim() } : {}) },
});
const EMPTY_ORGANISATION: OrganisationDraft = { id: '', nameZh: '', nameEn: '', kind: 'people', caseTypes: [], online: false, inPerson: true };

/** Pressing a type adds it, pressing it again takes it off; the catalogue's order is kept. */
const toggled = (chosen: string[], id: string, catalogue: CaseType[]): string[] =>
  chosen.includes(id)
    ? chosen.filter((c) => c !== id)
    : [...catalogue.map((type) => type.id).filter((c) => c === id || chosen.includes(c)), ...chosen.filter((c) => !catalogue.some((type) => type.id === c))];

export function MediationSection() {
  const { t, i18n } = useTranslation();
  const config = useTerminalConfig();
  const form = useSectionSave(['mediation']);
  // The dispute types come from the one catalogue the litigant's screens use, named as they are there.
  const catalogue = useKiosk('catalogue.caseTypes');
  const { run } = catalogue;
  useEffect(() => {
    void run({});
  }, [run]);
  const types = catalogue.value?.types ?? [];
  /** The catalogue's types, then any id an organisation still names that the catalogue no longer has, so it can be taken off. */
  const chipsOf = (chosen: string[]) => [
    ...types.map((type) => ({ id: type.id, name: inLanguage(type.name, i18n.language) })),
    ...chosen.filter((id) => !types.some((type) => type.id === id)).map((id) => ({ id, name: t('admin.mediation.unknownType', { id }) })),
  ];
  const [organisations, setOrganisations] = useState(() => config.mediation.organisations.map(organisationDraft));
  const edit = (index: number, change: Partial<OrganisationDraft>) => setOrganisations((all) => all.map((o, i) => (i === index ? { ...o, ...change } : o)));
  return (
    <SectionForm
      title={t('admin.sections.mediation')}
      intro={t('admin.mediation.intro')}
      form={form}
      onSave={() => void form.save({ mediation: { organisations: organisations.map(organisationOf) } })}
    >
      {organisations.map((org, index) => {
        const at = (field: string) => form.problemAt('mediation', 'organisations', index, field);
        return (
          <fieldset key={index} className="console-entry" data-entry={index}>
            <legend>{org.nameZh || t('admin.mediation.newOrganisation')}</legend>
            <div className="console-entry__grid">
              <SettingInput
                label={t('admin.mediation.id')}
                hint={t('admin.mediation.idHint')}
                value={org.id}
                onChange={(id) => edit(index, { id })}
                problem={at('id')}
                maxLength={40}
                keyboard="latin"
              />
              <SettingInput
                label={t('admin.mediation.nameZh')}
                value={org.nameZh}
                onChange={(nameZh) => edit(index, { nameZh })}
                problem={at('name')}
                lang="zh-CN"
              />
              <SettingInput label={t('admin.mediation.nameEn')} value={org.nameEn} onChange={(nameEn) => edit(index, { nameEn })} problem={null} lang="en" />
            </div>
            <fieldset className="console-group">
              <legend>{t('admin.mediation.caseTypes')}</legend>
              <p className="console-group__hint">{t('admin.mediation.caseTypesHint')}</p>
              <ErrorBanner error={catalogue.error} />
              {chipsOf(org.caseTypes).map(({ id, name }) => (
                <button
                  key={id}
                  type="button"
                  className="setting-switch"
                  data-case-type={id}
                  aria-pressed={org.caseTypes.includes(id)}
                  onClick={() => edit(index, { caseTypes: toggled(org.caseTypes, id, types) })}
                >
                  <span className="setting-switch__label">{name}</span>
                </button>
              ))}
              {at('caseTypes') && <p className="field__error">{at('caseTypes')}</p>}
            </fieldset>
            <div className="console-entry__switches" role="group" aria-label={t('admin.mediation.kind')}>
              {ORGANISATION_KINDS.map((kind) => (
                <button key={kind} type="button" className="setting-switch" aria-pressed={org.kind === kind} onClick={() => edit(index, { kind })}>
                  <span className="setting-switch__label">{t(`admin.mediation.kinds.${kind}`)}</span>
                </button>
              ))}
            </div>
            <div className="console-entry__switches">
              <SettingSwitch label={t('admin.mediation.online')} checked={org.online} onChange={(online) => edit(index, { online })} />
              <SettingSwitch label={t('admin.mediation.inPerson')} checked={org.inPerson} onChange={(inPerson) => edit(index, { inPerson })} />
            </div>
            <Button variant="quiet" onClick={() => setOrganisations((all) => all.filter((_, i) => i !== index))}>
              {t('admin.list.remove')}
            </Button>
          </fieldset>
        );
      })}
      <Button onClick={() => setOrganisations((all) => [...all, EMPTY_ORGANISATION])}>{t('admin.mediation.add')}</Button>
    </SectionForm>
  );
}
