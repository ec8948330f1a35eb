// A modal dialog: role=dialog with aria-modal, the rest of the app made inert behind it, focus
// moved in and kept there (Tab wraps), and given back when it closes.
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './Dialog.css';

export interface DialogProps {
  title: ReactNode;
  children?: ReactNode;
  /** The buttons; the one marked data-autofocus gets focus first, else the first. */
  actions: ReactNode;
  icon?: ReactNode;
  tone?: 'default' | 'alert';
  /** Escape or a tap on the dimmed backdrop; leave out where a decision is required. */
  onDismiss?: () => void;
}

const FOCUSABLE = 'button:not(:disabled), input:not(:disabled), [tabindex]:not([tabindex="-1"])';

/** Keeps the app root inert while any dialog is open, counting nested dialogs. */
function holdBackgroundInert(): () => void {
  const root = document.getElementById('root');
  if (!root) return () => undefined;
  root.dataset.dialogs = String(Number(root.dataset.dialogs ?? 0) + 1);
  root.inert = true;
  return () => {
    const left = Number(root.dataset.dialogs ?? 1) - 1;
    if (left > 0) {
      root.dataset.dialogs = String(left);
    } else {
      delete root.dataset.dialogs;
      root.inert = false;
    }
  };
}

export function Dialog({ title, children, actions, icon, tone = 'default', onDismiss }: DialogProps) {
  const titleId = useId();
  const bodyId = useId();
  const panel = useRef<HTMLDivElement>(null);
  /**
   * Whether the press now ending began on the backdrop itself. A dialog opened by a press (the
   * staff PIN pad after three seconds on the court's name) lies under the finger when it lifts;
   * that release, and the click a touch makes of it, must not close it again.
   */
  const pressedBackdrop = useRef(false);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const release = holdBackgroundInert();
    const first = panel.current?.querySelector<HTMLElement>('[data-autofocus]') ?? panel.current?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    return () => {
      release();
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && onDismiss) {
      event.stopPropagation();
      onDismiss();
      return;
    }
    if (event.key !== 'Tab' || !panel.current) return;
    const focusables = [...panel.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const [head, tail] = [focusables[0], focusables.at(-1)];
    if (!head || !tail) return;
    if (event.shiftKey && document.activeElement === head) {
      event.preventDefault();
      tail.focus();
    } else if (!event.shiftKey && document.activeElement === tail) {
      event.preventDefault();
      head.focus();
    }
  };

  return createPortal(
    <div
      className="dialog-backdrop"
      onPointerDown={(event) => {
        pressedBackdrop.current = event.target === event.currentTarget;
      }}
      onClick={(event) => {
        if (pressedBackdrop.current && event.target === event.currentTarget) onDismiss?.();
        pressedBackdrop.current = false;
      }}
    >
      <div
        ref={panel}
        className={`dialog dialog--${tone}`}
        role={tone === 'alert' ? 'alertdialog' : 'dialog'}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={children ? bodyId : undefined}
        onKeyDown={onKeyDown}
      >
        {icon && <div className="dialog__icon">{icon}</div>}
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        {children && (
          <div id={bodyId} className="dialog__body">
            {children}
          </div>
        )}
        <div className="dialog__actions">{actions}</div>
      </div>
    </div>,
    document.body,
  );
}
