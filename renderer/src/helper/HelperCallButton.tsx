// "Call a helper": always in reach, confirmed first (a call brings a person over), then told
// plainly that someone is coming.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/Button';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Dialog } from '../components/Dialog';
import { CheckIcon, HelperIcon } from '../components/icons';
import { useKiosk } from '../kiosk';

export function HelperCallButton({ size = 'lg' }: { size?: 'md' | 'lg' }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const call = useKiosk('helper.call');
  const close = () => {
    setOpen(false);
    call.reset();
  };
  return (
    <>
      <Button variant="accent" size={size} icon={<HelperIcon size="sm" />} onClick={() => setOpen(true)}>
        {t('helper.button')}
      </Button>
      {open && !call.value && (
        <ConfirmDialog
          title={t('helper.confirm.title')}
          icon={<HelperIcon size="lg" />}
          confirmLabel={t('helper.confirm.call')}
          confirmVariant="accent"
          busy={call.pending}
          error={call.error}
          onConfirm={() => void call.run({})}
          onCancel={close}
        >
          <p>{t('helper.confirm.body')}</p>
        </ConfirmDialog>
      )}
      {open && call.value && (
        <Dialog
          title={t('helper.called.title')}
          icon={<CheckIcon size="lg" />}
          onDismiss={close}
          actions={
            <Button variant="primary" size="lg" onClick={close} data-autofocus>
              {t('common.actions.ok')}
            </Button>
          }
        >
          <p>{t('helper.called.body')}</p>
        </Dialog>
      )}
    </>
  );
}
