// An administrator gives an account a PIN — the first one of a new account, or a new one for a
// forgotten PIN — typed twice on the keypad, by the same rules as the sign-in pad: at least six
// digits, nothing anyone would try first. The staff member replaces it at their first sign-in.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isGuessablePin, type KioskErrorShape } from '../../../contract';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { ErrorBanner } from '../components/ErrorBanner';
import { LockIcon } from '../components/icons';
import { PIN_MAX, PIN_MIN, PinEntry } from './PinEntry';

export interface NewPinDialogProps {
  title: string;
  /** Takes the PIN typed twice; a refusal (e.g. another account's PIN) is shown and the PIN typed again. */
  onConfirm(pin: string): Promise<KioskErrorShape | null>;
  onCancel(): void;
}

export function NewPinDialog({ title, onConfirm, onCancel }: NewPinDialogProps) {
  const { t } = useTranslation();
  const [first, setFirst] = useState<string | null>(null);
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<KioskErrorShape | null>(null);

  const startOver = (problem: KioskErrorShape) => {
    setError(problem);
    setFirst(null);
    setValue('');
  };
  const submit = async () => {
    setError(null);
    if (first === null) {
      if (isGuessablePin(value)) return startOver({ code: 'PIN_TOO_WEAK', messageKey: 'staff.errors.pinTooWeak' });
      setFirst(value);
      setValue('');
      return;
    }
    if (value !== first) return startOver({ code: 'PIN_MISMATCH', messageKey: 'admin.signIn.mismatch' });
    setBusy(true);
    const refused = await onConfirm(value);
    setBusy(false);
    if (refused) startOver(refused);
  };

  return (
    <Dialog
      title={first === null ? title : t('admin.signIn.confirmPin.title')}
      icon={<LockIcon size="lg" />}
      onDismiss={onCancel}
      actions={
        <>
          <Button size="lg" onClick={onCancel}>
            {t('common.actions.cancel')}
          </Button>
          <Button size="lg" variant="primary" busy={busy} disabled={value.length < PIN_MIN} onClick={() => void submit()} data-autofocus>
            {t('admin.signIn.confirm')}
          </Button>
        </>
      }
    >
      <p>{first === null ? t('admin.staff.pinBody', { min: PIN_MIN, max: PIN_MAX }) : t('admin.signIn.confirmPin.body')}</p>
      <ErrorBanner error={error} />
      <PinEntry value={value} onChange={setValue} />
    </Dialog>
  );
}
