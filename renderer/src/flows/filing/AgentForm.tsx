// The agent ad litem (诉讼代理人, CPL Art 61) of a plaintiff: a lawyer with their licence number, or a
// close relative (by any identity document a party may hold); and what they may do — general authority, or special authority naming each act
// that needs it (CPL Art 62), as the power of attorney (授权委托书) will say.
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { TextField } from '../../components/Field';
import type { FieldErrors } from '../stepper/flow';
import { ChoiceRow } from './ChoiceRow';
import { DocumentNumberField } from './IdDocumentChoice';
import { SPECIAL_POWERS, type AgentEntry } from './parties';

export interface AgentFormProps {
  at: string;
  agent: AgentEntry;
  onChange(agent: AgentEntry): void;
  onRemove(): void;
  errors: FieldErrors;
  warnings: FieldErrors;
}

export function AgentForm({ at, agent, onChange, onRemove, errors, warnings }: AgentFormProps) {
  const { t } = useTranslation();
  const problem = (field: string) => {
    const key = errors[`${at}.agent.${field}`];
    return key ? t(key) : null;
  };
  // What main only warns about (a credit code failing its check character) asks to re-check; it does not block.
  const caution = (field: string) => {
    const key = errors[`${at}.agent.${field}`] ? undefined : warnings[`${at}.agent.${field}`];
    return key ? t(key) : null;
  };
  const set = <K extends keyof AgentEntry>(field: K, value: AgentEntry[K]) => onChange({ ...agent, [field]: value });
  const togglePower = (power: AgentEntry['specialPowers'][number]) =>
    set(
      'specialPowers',
      agent.specialPowers.includes(power)
        ? agent.specialPowers.filter((p) => p !== power)
        : SPECIAL_POWERS.filter((p) => p === power || agent.specialPowers.includes(p)),
    );
  return (
    <fieldset className="agent-form">
      <legend className="party-form__subtitle">{t('parties.agent.title')}</legend>
      <ChoiceRow
        label={t('parties.agent.kind')}
        value={agent.kind}
        options={[
          { value: 'lawyer', label: t('parties.agent.lawyer') },
          { value: 'relative', label: t('parties.agent.relative') },
        ]}
        onChange={(kind) => set('kind', kind)}
      />
      <div className="party-form__grid">
        <TextField
          label={t('parties.fields.name')}
          holds="name"
          value={agent.name}
          maxLength={100}
          error={problem('name')}
          warning={caution('name')}
          onChange={(name) => set('name', name)}
        />
        <TextField
          label={t('parties.fields.phone')}
          keyboard="phone"
          value={agent.phone}
          error={problem('phone')}
          warning={caution('phone')}
          onChange={(phone) => set('phone', phone)}
        />
        {agent.kind === 'lawyer' ? (
          <>
            <TextField
              label={t('parties.agent.licenceNo')}
              hint={t('parties.agent.licenceHint')}
              keyboard="digits"
              value={agent.licenceNo}
              error={problem('licenceNo')}
              warning={caution('licenceNo')}
              onChange={(licenceNo) => set('licenceNo', licenceNo)}
            />
            <TextField
              label={t('parties.agent.lawFirm')}
              holds="organisation"
              value={agent.lawFirm}
              maxLength={100}
              onChange={(lawFirm) => set('lawFirm', lawFirm)}
            />
          </>
        ) : (
          <>
            <TextField
              label={t('parties.agent.relationship')}
              hint={t('parties.agent.relationshipHint')}
              value={agent.relationship}
              maxLength={20}
              error={problem('relationship')}
              warning={caution('relationship')}
              onChange={(relationship) => set('relationship', relationship)}
            />
            {/* A relative may hold a passport or a permit too: chosen as on the party's own form. */}
            <div className="id-document">
              <DocumentNumberField
                value={agent}
                onChange={(idDocument) => onChange({ ...agent, ...idDocument })}
                residentIdLabelKey="parties.fields.idNumber"
                error={problem('idNumber')}
                warning={caution('idNumber')}
              />
            </div>
          </>
        )}
      </div>
      <ChoiceRow
        label={t('parties.agent.authority')}
        value={agent.authority}
        options={[
          { value: 'general', label: t('parties.agent.general') },
          { value: 'special', label: t('parties.agent.special') },
        ]}
        onChange={(authority) =>
          onChange({
            ...agent,
            authority,
            specialPowers: authority === 'special' && agent.specialPowers.length === 0 ? [...SPECIAL_POWERS] : agent.specialPowers,
          })
        }
      />
      <p className="filing__note">{t(`parties.agent.${agent.authority}Means`)}</p>
      {agent.authority === 'special' && (
        <div className="agent-form__powers" role="group" aria-label={t('parties.agent.powers')}>
          {SPECIAL_POWERS.map((power) => (
            <button
              key={power}
              type="button"
              className="choice-row__option"
              aria-pressed={agent.specialPowers.includes(power)}
              onClick={() => togglePower(power)}
            >
              {t(`parties.powers.${power}`)}
            </button>
          ))}
        </div>
      )}
      <Button variant="quiet" onClick={onRemove}>
        {t('parties.agent.remove')}
      </Button>
    </fieldset>
  );
}
