// "Are you sure?" with two large buttons: the safe choice (cancel) is focused first, so an
// accidental Enter never does the irreversible thing.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskErrorShape } from '../../../contract';
import { Button } from './Button';
import { Dialog } from './Dialog';
import { ErrorBanner } from './ErrorBanner';

export interface ConfirmDialogProps {
  title: ReactNode;
  children?: ReactNode;
  confirmLabel: ReactNode;
  /** Defaults to "Cancel". */
  cancelLabel?: ReactNode;
  icon?: ReactNode;
  /** accent when confirming calls a person or ends something. */
  confirmVariant?: 'primary' | 'accent';
  busy?: boolean;
  error?: KioskErrorShape | null;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel,
  icon,
  confirmVariant = 'primary',
  busy = false,
  error = null,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={title}
      icon={icon}
      onDismiss={busy ? undefined : onCancel}
      actions={
        <>
          <Button size="lg" onClick={onCancel} disabled={busy} data-autofocus>
            {cancelLabel ?? t('common.actions.cancel')}
          </Button>
          <Button size="lg" variant={confirmVariant} onClick={onConfirm} busy={busy}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {children}
      <ErrorBanner error={error} />
    </Dialog>
  );
}
