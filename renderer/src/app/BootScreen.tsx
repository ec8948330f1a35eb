// What shows before the terminal config has arrived: a calm wait, or why it failed and a retry.
import { useTranslation } from 'react-i18next';
import type { KioskErrorShape } from '../../../contract';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { CourtEmblem } from '../components/CourtEmblem';
import './app.css';

export function BootScreen({ error, onRetry }: { error: KioskErrorShape | null; onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <main className="boot">
      <CourtEmblem className="boot__emblem" />
      <h1 className="boot__title">{t('common.appTitle')}</h1>
      {error ? (
        <ErrorBanner
          error={error}
          action={
            <Button variant="primary" onClick={onRetry}>
              {t('common.actions.retry')}
            </Button>
          }
        />
      ) : (
        <p className="boot__wait" role="status">
          {t('common.loading')}
        </p>
      )}
    </main>
  );
}
