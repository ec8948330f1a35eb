// Simple line icons as inline SVG, drawn on a 48-unit grid in currentColor: no icon font, no
// external files, and they scale with the size tokens. Decorative: the text beside them names them.
import type { ReactNode } from 'react';
import './icons.css';

export interface IconProps {
  size?: 'sm' | 'md' | 'lg';
  className?: string;
}

function Icon({ size = 'md', className, children }: IconProps & { children: ReactNode }) {
  return (
    <svg
      className={`icon icon--${size}${className ? ` ${className}` : ''}`}
      viewBox="0 0 48 48"
      fill="none"
      stroke="currentColor"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** Scales of justice: the kiosk's emblem in the header. */
export const ScalesIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M24 7v33M15 41h18M10 13h28M24 7l-1.5 2.5h3z" />
    <path d="M10 13 5 27M10 13l5 14M38 13l-5 14M38 13l5 14" />
    <path d="M4 27a6 6 0 0 0 12 0zM32 27a6 6 0 0 0 12 0z" />
  </Icon>
);

/** A magnifying glass over a page: look up where a case stands. */
export const SearchIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M12 6h16l8 8v8M36 40v2H12V6" />
    <circle cx="29" cy="31" r="7" />
    <path d="m34 36 7 7" />
  </Icon>
);

/** A shield with a warning mark: know the risks first. */
export const RiskIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M24 5 39 10.5V23c0 9.5-6.3 16.6-15 20-8.7-3.4-15-10.5-15-20V10.5z" />
    <path d="M24 15v12M24 33v.01" />
  </Icon>
);

/** A document being written: the complaint. */
export const FilingIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M28 5H12v38h24V13z" />
    <path d="M28 5v8h8M18 21h12M18 28h12M18 35h6" />
  </Icon>
);

/** A yuan coin: paying a court fee. */
export const PaymentIcon = (props: IconProps) => (
  <Icon {...props}>
    <circle cx="24" cy="24" r="18" />
    <path d="m17 14 7 9 7-9M24 23v13M18 25h12M18 30.5h12" />
  </Icon>
);

/** Two speech bubbles: both sides talking it through. */
export const MediationIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M6 8h24v16H17l-6 5v-5H6z" />
    <path d="M34 17h8v16h-5v5l-6-5H19v-5" />
  </Icon>
);

/** A numbered ticket: take a queue number. */
export const QueueIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M5 13h38v7a4 4 0 0 0 0 8v7H5v-7a4 4 0 0 0 0-8z" />
    <path d="M31 13v22" strokeDasharray="3 4" />
    <path d="M12 21h12M12 27h8" />
  </Icon>
);

/** A person with a headset: a helper who comes to you. */
export const HelperIcon = (props: IconProps) => (
  <Icon {...props}>
    <circle cx="24" cy="17" r="7" />
    <path d="M14 19c0-7 4.5-12 10-12s10 5 10 12M34 19v3c0 3-2.5 5-6 5" />
    <path d="M9 42c0-7.5 6.5-12 15-12s15 4.5 15 12" />
  </Icon>
);

/** A large and a small letter A: larger text. */
export const ElderIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="m5 39 11-28 11 28M9.2 29h13.6" />
    <path d="m29 39 7-18 7 18M31.6 33h8.8" />
  </Icon>
);

export const GlobeIcon = (props: IconProps) => (
  <Icon {...props}>
    <circle cx="24" cy="24" r="18" />
    <path d="M6 24h36M24 6c-5.5 5-8 11-8 18s2.5 13 8 18c5.5-5 8-11 8-18s-2.5-13-8-18z" />
  </Icon>
);

export const HomeIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M6 22 24 7l18 15M11 18v23h26V18" />
    <path d="M20 41V29h8v12" />
  </Icon>
);

export const BackIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M21 10 7 24l14 14M7 24h34" />
  </Icon>
);

export const NextIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="m27 10 14 14-14 14M41 24H7" />
  </Icon>
);

/** A padlock: what you enter is kept safe and cleared. */
export const LockIcon = (props: IconProps) => (
  <Icon {...props}>
    <rect x="10" y="21" width="28" height="21" rx="4" />
    <path d="M16 21v-6a8 8 0 0 1 16 0v6M24 29v5" />
  </Icon>
);

export const CheckIcon = (props: IconProps) => (
  <Icon {...props}>
    <circle cx="24" cy="24" r="18" />
    <path d="m15.5 24.5 6 6 11-12" />
  </Icon>
);

export const AlertIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M24 6 43 40H5z" />
    <path d="M24 18v10M24 34v.01" />
  </Icon>
);

/** A clock face: this is on its way. */
export const ClockIcon = (props: IconProps) => (
  <Icon {...props}>
    <circle cx="24" cy="24" r="18" />
    <path d="M24 13v11l7 5" />
  </Icon>
);

export const BackspaceIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M17 11h25v26H17L5 24z" />
    <path d="m23 18 12 12M35 18 23 30" />
  </Icon>
);
