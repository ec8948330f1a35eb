// The console's staff accounts: who may sign in on this terminal, as helper or administrator, and
// whether they can now. An admin adds an account with a first PIN, gives a new PIN for a forgotten
// one, lifts a lock-out, and disables or enables an account. What must not happen (disabling one's
// own account or the last admin) main refuses, and its words are shown.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StaffId, type KioskErrorShape, type StaffAccount, type StaffRole } from '../../../contract';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { CheckIcon } from '../components/icons';
import { callKiosk, errorShapeOf } from '../kiosk';
import { NewPinDialog } from '../staff/NewPinDialog';
import { useDateTimeFormat } from './formatting';
import { SectionForm } from './SectionForm';
import { SettingInput } from './SettingField';

const ROLES: StaffRole[] = ['helper', 'admin'];

export function StaffSection() {
  const { t } = useTranslation();
  const when = useDateTimeFormat();
  const [accounts, setAccounts] = useState<StaffAccount[] | null>(null);
  const [error, setError] = useState<KioskErrorShape | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pinFor, setPinFor] = useState<StaffAccount | null>(null);

  const refresh = useCallback(async () => {
    try {
      setAccounts((await callKiosk('staff.list', {})).accounts);
    } catch (err) {
      setError(errorShapeOf(err));
    }
  }, []);
  useEffect(() => void refresh(), [refresh]);

  /** One change to one account: what it did is said in words; a refusal is returned, in main's words. */
  const change = async (action: () => Promise<StaffAccount>, done: (account: StaffAccount) => string): Promise<KioskErrorShape | null> => {
    setError(null);
    setNotice(null);
    try {
      setNotice(done(await action()));
      await refresh();
      return null;
    } catch (err) {
      return errorShapeOf(err);
    }
  };
  const changeNow = async (action: () => Promise<StaffAccount>, done: (account: StaffAccount) => string) => setError(await change(action, done));

  return (
    <div className="console-stack">
      <section className="console-section" aria-labelledby="staff-title">
        <h2 id="staff-title" className="console-section__title">
          {t('admin.sections.staff')}
        </h2>
        <p className="console-section__intro">{t('admin.staff.intro')}</p>
        <ErrorBanner error={error} />
        {notice && (
          <p className="console-result console-result--ok" role="status">
            {notice}
          </p>
        )}
        <ul className="staff-accounts" aria-label={t('admin.staff.list')} aria-busy={accounts === null}>
          {accounts?.map((account) => (
            <li key={account.staffId} className="staff-account" data-staff-id={account.staffId}>
              <div className="staff-account__who">
                <p id={`staff-${account.staffId}`} className="staff-account__name">
                  {account.name}
                </p>
                <p className="staff-account__meta">{t('admin.staff.idAndRole', { staffId: account.staffId, role: t(`admin.roles.${account.role}`) })}</p>
              </div>
              <ul className="staff-account__states">
                <li className={account.enabled ? 'staff-state' : 'staff-state staff-state--off'}>
                  {t(account.enabled ? 'admin.staff.enabled' : 'admin.staff.disabled')}
                </li>
                {account.lockedUntil && <li className="staff-state staff-state--bad">{t('admin.staff.lockedUntil', { time: when(account.lockedUntil) })}</li>}
                {account.mustChangePin && <li className="staff-state staff-state--note">{t('admin.staff.mustChangePin')}</li>}
              </ul>
              <div className="staff-account__actions">
                <Button aria-describedby={`staff-${account.staffId}`} onClick={() => setPinFor(account)}>
                  {t('admin.staff.resetPin')}
                </Button>
                {account.lockedUntil && (
                  <Button
                    aria-describedby={`staff-${account.staffId}`}
                    onClick={() =>
                      changeNow(
                        () => callKiosk('staff.unlock', { staffId: account.staffId }),
                        (done) => t('admin.staff.unlocked', { name: done.name }),
                      )
                    }
                  >
                    {t('admin.staff.unlock')}
                  </Button>
                )}
                <Button
                  aria-describedby={`staff-${account.staffId}`}
                  onClick={() =>
                    changeNow(
                      () => callKiosk('staff.setEnabled', { staffId: account.staffId, enabled: !account.enabled }),
                      (done) => t(done.enabled ? 'admin.staff.wasEnabled' : 'admin.staff.wasDisabled', { name: done.name }),
                    )
                  }
                >
                  {t(account.enabled ? 'admin.staff.disable' : 'admin.staff.enable')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      </section>
      <AddAccountForm onAdded={refresh} />
      {pinFor && (
        <NewPinDialog
          title={t('admin.staff.resetPinTitle', { name: pinFor.name })}
          onCancel={() => setPinFor(null)}
          onConfirm={async (pin) => {
            const refused = await change(
              () => callKiosk('staff.resetPin', { staffId: pinFor.staffId, pin }),
              (done) => t('admin.staff.pinWasReset', { name: done.name }),
            );
            if (!refused) setPinFor(null);
            return refused;
          }}
        />
      )}
    </div>
  );
}

interface AccountDraft {
  staffId: string;
  name: string;
  role: StaffRole;
  pin: string;
}
const EMPTY_ACCOUNT: AccountDraft = { staffId: '', name: '', role: 'helper', pin: '' };
type DraftField = keyof AccountDraft;

/** The field a refusal of a new account belongs to; INVALID_INPUT names its own. */
const FIELD_OF_REFUSAL: Record<string, DraftField> = { STAFF_EXISTS: 'staffId', PIN_TAKEN: 'pin', PIN_TOO_WEAK: 'pin' };
const isDraftField = (field: unknown): field is DraftField => typeof field === 'string' && field in EMPTY_ACCOUNT;

function AddAccountForm({ onAdded }: { onAdded(): Promise<void> }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(EMPTY_ACCOUNT);
  const [choosingPin, setChoosingPin] = useState(false);
  const [saving, setSaving] = useState(false);
  const [added, setAdded] = useState<StaffAccount | null>(null);
  const [error, setError] = useState<KioskErrorShape | null>(null);
  const [problem, setProblem] = useState<{ field: DraftField; message: string } | null>(null);
  const touch = useCallback(() => {
    setAdded(null);
    setError(null);
    setProblem(null);
  }, []);
  const edit = (change: Partial<AccountDraft>) => {
    setDraft((current) => ({ ...current, ...change }));
    touch();
  };
  const problemAt = (field: DraftField) => (problem?.field === field ? problem.message : null);

  /** Said here, before the call: what the contract would refuse anyway, in words about this form. */
  const missing = (): { field: DraftField; message: string } | null => {
    if (!StaffId.safeParse(draft.staffId.trim()).success) return { field: 'staffId', message: t('admin.staff.problems.staffId') };
    if (!draft.name.trim()) return { field: 'name', message: t('admin.staff.problems.name') };
    if (!draft.pin) return { field: 'pin', message: t('admin.staff.problems.pin') };
    return null;
  };
  const add = async () => {
    touch();
    const local = missing();
    if (local) return setProblem(local);
    setSaving(true);
    try {
      setAdded(await callKiosk('staff.add', { staffId: draft.staffId.trim(), name: draft.name.trim(), role: draft.role, pin: draft.pin }));
      setDraft(EMPTY_ACCOUNT);
      await onAdded();
    } catch (err) {
      const shape = errorShapeOf(err);
      const field = FIELD_OF_REFUSAL[shape.code] ?? (shape.code === 'INVALID_INPUT' ? shape.details?.['field'] : undefined);
      if (isDraftField(field)) setProblem({ field, message: t(shape.messageKey, { ...shape.details }) });
      else setError(shape);
      if (field === 'pin') setDraft((current) => ({ ...current, pin: '' }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <SectionForm
        title={t('admin.staff.addTitle')}
        intro={t('admin.staff.addIntro')}
        form={{ saving, saved: false, error, touch }}
        saveLabel={t('admin.staff.add')}
        onSave={() => void add()}
        extra={
          added && (
            <p className="console-section__saved" role="status">
              <CheckIcon size="sm" /> {t('admin.staff.added', { name: added.name, staffId: added.staffId })}
            </p>
          )
        }
      >
        <SettingInput
          label={t('admin.staff.staffId')}
          hint={t('admin.staff.staffIdHint')}
          value={draft.staffId}
          onChange={(staffId) => edit({ staffId })}
          problem={problemAt('staffId')}
          maxLength={32}
          keyboard="latin"
        />
        <SettingInput
          label={t('admin.staff.name')}
          hint={t('admin.staff.nameHint')}
          value={draft.name}
          onChange={(name) => edit({ name })}
          problem={problemAt('name')}
          maxLength={40}
        />
        <fieldset className="console-group">
          <legend>{t('admin.staff.role')}</legend>
          {ROLES.map((role) => (
            <button key={role} type="button" className="setting-switch" aria-pressed={draft.role === role} onClick={() => edit({ role })}>
              <span className="setting-switch__label">{t(`admin.staff.roles.${role}`)}</span>
            </button>
          ))}
        </fieldset>
        <fieldset className="console-group">
          <legend>{t('admin.staff.firstPin')}</legend>
          <p className="console-group__hint" data-pin-set={draft.pin !== ''}>
            {draft.pin ? t('admin.staff.pinSet', { dots: '●'.repeat(draft.pin.length) }) : t('admin.staff.pinNotSet')}
          </p>
          <Button onClick={() => setChoosingPin(true)}>{t(draft.pin ? 'admin.staff.changeFirstPin' : 'admin.staff.enterFirstPin')}</Button>
          {problemAt('pin') && <p className="field__error">{problemAt('pin')}</p>}
        </fieldset>
      </SectionForm>
      {/* Outside the form: the dialog's taps must not count as edits of the form. */}
      {choosingPin && (
        <NewPinDialog
          title={t('admin.staff.firstPinTitle')}
          onCancel={() => setChoosingPin(false)}
          onConfirm={async (pin) => {
            edit({ pin });
            setChoosingPin(false);
            return null;
          }}
        />
      )}
    </>
  );
}
