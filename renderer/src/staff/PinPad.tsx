// The PIN pad that opens staff mode: the staff member taps their own name first, so wrong PINs lock
// that account only (a litigant guessing cannot lock every helper out); then a PIN on the on-screen
// keypad, shown as dots, checked by main.
// A first sign-in with a given PIN (the default admin PIN, or one an admin reset) must choose a new
// PIN, typed twice, before anything else — main refuses every staff call until it is changed.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isGuessablePin, type KioskErrorShape, type MethodOutput, type StaffSession } from '../../../contract';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { ErrorBanner } from '../components/ErrorBanner';
import { LockIcon } from '../components/icons';
import { callKiosk, errorShapeOf } from '../kiosk';
import { PIN_MAX, PIN_MIN, PinEntry } from './PinEntry';
import './staff.css';

type Roster = MethodOutput<'staff.roster'>['staff'];
type Step =
  { kind: 'who' } | { kind: 'pin'; staffId: string } | { kind: 'newPin'; currentPin: string } | { kind: 'confirmPin'; currentPin: string; newPin: string };

export interface PinPadProps {
  onSignedIn(staff: StaffSession): void;
  /** Given up; a half-finished PIN change has already signed the staff member out again. */
  onCancel(): void;
}

export function PinPad({ onSignedIn, onCancel }: PinPadProps) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'who' });
  const [roster, setRoster] = useState<Roster | null>(null);
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<KioskErrorShape | null>(null);

  useEffect(() => {
    callKiosk('staff.roster', {}).then(
      ({ staff }) => setRoster(staff),
      (err: unknown) => setError(errorShapeOf(err)),
    );
  }, []);

  const go = (next: Step) => {
    setStep(next);
    setValue('');
  };
  const cancel = () => {
    // Signed in but with a PIN still to change: that half-session must not stay behind.
    if (step.kind === 'newPin' || step.kind === 'confirmPin')
      callKiosk('staff.signOut', {}).catch((err: unknown) => console.error('staff.signOut failed', err));
    onCancel();
  };

  const submit = async () => {
    setError(null);
    if (step.kind === 'confirmPin' && value !== step.newPin) {
      setError({ code: 'PIN_MISMATCH', messageKey: 'admin.signIn.mismatch' });
      go({ kind: 'newPin', currentPin: step.currentPin });
      return;
    }
    if (step.kind === 'newPin') {
      // Said now, not after typing it twice: main would refuse it at the end anyway.
      if (isGuessablePin(value)) {
        setError({ code: 'PIN_TOO_WEAK', messageKey: 'staff.errors.pinTooWeak' });
        setValue('');
        return;
      }
      go({ kind: 'confirmPin', currentPin: step.currentPin, newPin: value });
      return;
    }
    setBusy(true);
    try {
      if (step.kind === 'who') return;
      if (step.kind === 'pin') {
        const { token: _token, ...staff } = await callKiosk('staff.signIn', { pin: value, staffId: step.staffId });
        if (staff.mustChangePin) go({ kind: 'newPin', currentPin: value });
        else onSignedIn(staff);
      } else {
        onSignedIn(await callKiosk('staff.changePin', { currentPin: step.currentPin, newPin: value }));
      }
    } catch (err) {
      setError(errorShapeOf(err));
      setValue('');
    } finally {
      setBusy(false);
    }
  };

  const enough = value.length >= (step.kind === 'pin' ? 1 : PIN_MIN);
  return (
    <Dialog
      title={t(`admin.signIn.${step.kind}.title`)}
      icon={<LockIcon size="lg" />}
      onDismiss={step.kind === 'who' || step.kind === 'pin' ? cancel : undefined}
      actions={
        step.kind === 'who' ? (
          <Button size="lg" onClick={cancel}>
            {t('common.actions.cancel')}
          </Button>
        ) : (
          <>
            <Button size="lg" onClick={cancel}>
              {t('common.actions.cancel')}
            </Button>
            <Button size="lg" variant="primary" busy={busy} disabled={!enough} onClick={() => void submit()} data-autofocus>
              {t(step.kind === 'pin' ? 'admin.signIn.signIn' : 'admin.signIn.confirm')}
            </Button>
          </>
        )
      }
    >
      <p>{t(`admin.signIn.${step.kind}.body`, { min: PIN_MIN, max: PIN_MAX })}</p>
      <ErrorBanner error={error} />
      {step.kind === 'who' ? (
        <ul className="pin-pad__who" aria-label={t('admin.signIn.who.title')} aria-busy={roster === null}>
          {roster?.map((person) => (
            <li key={person.staffId}>
              <Button size="lg" onClick={() => go({ kind: 'pin', staffId: person.staffId })}>
                {t('admin.signIn.who.person', { name: person.name, staffId: person.staffId })}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <PinEntry value={value} onChange={setValue} />
      )}
    </Dialog>
  );
}
