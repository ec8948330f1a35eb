// Small pieces every console screen uses: a labelled field, the hub's refusal said in words, a title.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubApiError } from './api';

export function Field({
  label,
  hint,
  children,
}: {
  label: string;
  hint?: string;
  children: (props: { id: string; 'aria-describedby'?: string }) => ReactNode;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, ...(hint ? { 'aria-describedby': `${id}-hint` } : {}) })}
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

/** The hub's refusal in the console's language, with the field it concerns when there is one. */
export function ErrorNote({ error }: { error: HubApiError | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="note note--error" role="alert" data-error-code={error.code}>
      {t(error.messageKey, { ...error.details, defaultValue: t('errors.fault') })}
    </p>
  );
}

export function ScreenTitle({ children }: { children: ReactNode }) {
  return <h2 className="screen__title">{children}</h2>;
}
