// What a step shows while its list is on the way from main, or when it could not be fetched.
import { useTranslation } from 'react-i18next';
import type { KioskErrorShape } from '../../../../preload/contract';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';

export function LoadProblem({ error, retry }: { error: KioskErrorShape | null; retry(): void }) {
  const { t } = useTranslation();
  if (!error) return <p className="mediation__loading">{t('mediation.loading')}</p>;
  return (
    <ErrorBanner
      error={error}
      action={
        <Button variant="secondary" onClick={retry}>
          {t('common.actions.retry')}
        </Button>
      }
    />
  );
}
