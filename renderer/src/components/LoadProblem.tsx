// What a step shows while its list is on the way from main (in the step's own words), or the
// error with a retry when it could not be fetched.
import { useTranslation } from 'react-i18next';
import type { KioskErrorShape } from '../../../contract';
import { Button } from './Button';
import { ErrorBanner } from './ErrorBanner';
import { PlaceholderNote } from './PlaceholderNote';

export interface LoadProblemProps {
  error: KioskErrorShape | null;
  retry(): void;
  /** What is being fetched, e.g. "Reading, please wait…". */
  loading: string;
}

export function LoadProblem({ error, retry, loading }: LoadProblemProps) {
  const { t } = useTranslation();
  if (!error) return <PlaceholderNote>{loading}</PlaceholderNote>;
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
