// A refusal or failure from main, in the litigant's language: the error's messageKey with its
// details as interpolation values; a key this build doesn't know reads as errors.internal.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskErrorShape } from '../../../contract';
import { AlertIcon } from './icons';
import './ErrorBanner.css';

export interface ErrorBannerProps {
  error: KioskErrorShape | null;
  /** e.g. a retry button. */
  action?: ReactNode;
}

export function ErrorBanner({ error, action }: ErrorBannerProps) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const key = i18n.exists(error.messageKey) ? error.messageKey : 'errors.internal';
  return (
    <div className="error-banner" role="alert" data-code={error.code}>
      <AlertIcon className="error-banner__icon" />
      <p className="error-banner__text">{t(key, { ...error.details })}</p>
      {action}
    </div>
  );
}
