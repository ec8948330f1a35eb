// The one button of the app: big, labelled with text (an icon only beside it), at least a touch
// target high in every mode. A touch shows at once (pressed), and a press whose call is still
// running shows busy and cannot be pressed again — so a swallowed tap and a slow one look different.
import { useEffect, useRef, useState, type ButtonHTMLAttributes, type MouseEvent, type ReactNode } from 'react';
import './Button.css';

/** A quick tap's pressed look stays this long, so the finger lifting does not hide it before it is seen. */
const PRESSED_AT_LEAST_MS = 150;

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick'> {
  /** primary: the way forward; accent: calls a person; secondary: an alternative; quiet: navigation. */
  variant?: 'primary' | 'accent' | 'secondary' | 'quiet';
  size?: 'md' | 'lg';
  icon?: ReactNode;
  /** The icon follows the label, as an arrow for "next" does. */
  iconAtEnd?: boolean;
  /** Waiting for main: the button stays in place but cannot be pressed twice. */
  busy?: boolean;
  /** A promise returned here makes the button busy until it settles. */
  onClick?(event: MouseEvent<HTMLButtonElement>): unknown;
}

export function Button({
  variant = 'secondary',
  size = 'md',
  icon,
  iconAtEnd = false,
  busy = false,
  className,
  children,
  disabled,
  type = 'button',
  onClick,
  ...rest
}: ButtonProps) {
  const [running, setRunning] = useState(false);
  const [pressed, setPressed] = useState(false);
  const release = useRef(0);
  useEffect(() => () => window.clearTimeout(release.current), []);
  const working = busy || running;

  const press = () => {
    window.clearTimeout(release.current);
    setPressed(true);
  };
  const lift = () => {
    window.clearTimeout(release.current);
    release.current = window.setTimeout(() => setPressed(false), PRESSED_AT_LEAST_MS);
  };
  const click = (event: MouseEvent<HTMLButtonElement>) => {
    if (working) return;
    const result = onClick?.(event);
    if (result instanceof Promise) {
      setRunning(true);
      void result.finally(() => setRunning(false));
    }
  };

  return (
    <button
      {...rest}
      type={type}
      className={`button button--${variant} button--${size}${className ? ` ${className}` : ''}`}
      disabled={disabled || working}
      aria-busy={working || undefined}
      data-pressed={pressed || undefined}
      onPointerDown={press}
      onPointerUp={lift}
      onPointerCancel={lift}
      onPointerLeave={lift}
      onClick={click}
    >
      {working ? <span className="button__busy" aria-hidden="true" /> : !iconAtEnd && icon}
      <span className="button__label">{children}</span>
      {!working && iconAtEnd && icon}
    </button>
  );
}
