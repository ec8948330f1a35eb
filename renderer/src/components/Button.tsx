// The one button of the app: big, labelled with text (an icon only beside it), at least a touch
// target high in every mode.
import type { ButtonHTMLAttributes, ReactNode } from 'react';
import './Button.css';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** primary: the way forward; accent: calls a person; secondary: an alternative; quiet: navigation. */
  variant?: 'primary' | 'accent' | 'secondary' | 'quiet';
  size?: 'md' | 'lg';
  icon?: ReactNode;
  /** The icon follows the label, as an arrow for "next" does. */
  iconAtEnd?: boolean;
  /** Waiting for main: the button stays in place but cannot be pressed twice. */
  busy?: boolean;
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
  ...rest
}: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      className={`button button--${variant} button--${size}${className ? ` ${className}` : ''}`}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
    >
      {!iconAtEnd && icon}
      <span className="button__label">{children}</span>
      {iconAtEnd && icon}
    </button>
  );
}
