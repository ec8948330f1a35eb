// The frame of one settings section: its heading, its fields, and Save with the outcome beside it.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { CheckIcon } from '../components/icons';
import type { SectionSave } from './settings-form';

export function SectionForm({
  title,
  intro,
  form,
  onSave,
  children,
  extra,
  saveLabel,
}: {
  title: string;
  intro?: string;
  /** Only the outcome is shown here; a form other than a settings section gives its own. */
  form: Pick<SectionSave, 'saving' | 'saved' | 'error' | 'touch'>;
  onSave(): void;
  children: ReactNode;
  extra?: ReactNode;
  /** What the submit button does, where it is more than saving settings (e.g. adding an account). */
  saveLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <form
      className="console-section"
      aria-label={title}
      onChange={form.touch}
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      <h2 className="console-section__title">{title}</h2>
      {intro && <p className="console-section__intro">{intro}</p>}
      <ErrorBanner error={form.error} />
      <div className="console-section__fields">{children}</div>
      <div className="console-section__actions">
        <Button type="submit" variant="primary" size="lg" busy={form.saving}>
          {saveLabel ?? t('admin.save')}
        </Button>
        {form.saved && (
          <p className="console-section__saved" role="status">
            <CheckIcon size="sm" /> {t('admin.saved')}
          </p>
        )}
        {extra}
      </div>
    </form>
  );
}
