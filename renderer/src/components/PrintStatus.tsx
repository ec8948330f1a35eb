// What happened to the paper: one line that follows a document's print jobs as main reports them
// (print.changed), and a button to print again. A jam never hides what was saved — the screen keeps
// the receipt number, and a failed job waits at the helper desk.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskErrorShape, PrintJob } from '../../../contract';
import { errorShapeOf, useKioskEvent } from '../kiosk';
import { Button } from './Button';
import { ErrorBanner } from './ErrorBanner';
import './PrintStatus.css';

type Overall = 'printing' | 'printed' | 'failed';

/** Done only when every job is; failed as soon as one is. */
const overall = (jobs: readonly PrintJob[]): Overall =>
  jobs.some((job) => job.state === 'failed') ? 'failed' : jobs.every((job) => job.state === 'done') ? 'printed' : 'printing';

export interface PrintStatusProps {
  /** Asks main to print; returns the jobs it queued. */
  print(): Promise<readonly PrintJob[]>;
  /** Prints once as the screen opens, as a receipt should. */
  auto?: boolean;
  label: string;
}

export function PrintStatus({ print, auto = false, label }: PrintStatusProps) {
  const { t } = useTranslation();
  const [jobs, setJobs] = useState<readonly PrintJob[]>([]);
  const [error, setError] = useState<KioskErrorShape | null>(null);
  const [asking, setAsking] = useState(false);
  const started = useRef(false);
  // A job can finish before the call that queued it has answered (a second document is still being
  // made): keep what the events said, so the answer's "queued" never overwrites a later "done".
  const seen = useRef(new Map<number, PrintJob>());
  useKioskEvent('print.changed', (changed) => {
    seen.current.set(changed.id, changed);
    setJobs((current) => current.map((job) => (job.id === changed.id ? changed : job)));
  });

  const run = useCallback(async () => {
    setAsking(true);
    setError(null);
    try {
      setJobs((await print()).map((job) => seen.current.get(job.id) ?? job));
    } catch (err) {
      setError(errorShapeOf(err));
    } finally {
      setAsking(false);
    }
  }, [print]);
  useEffect(() => {
    if (auto && !started.current) {
      started.current = true;
      void run();
    }
  }, [auto, run]);

  const state = jobs.length > 0 ? overall(jobs) : null;
  return (
    <div className="print-status">
      <ErrorBanner error={error} />
      {state && (
        <p className={`print-status__line print-status__line--${state}`} role="status" data-print-state={state}>
          {t(`printing.status.${state}`)}
        </p>
      )}
      <Button variant="secondary" size="lg" busy={asking} disabled={state === 'printing'} onClick={() => void run()}>
        {jobs.length > 0 || error ? t('printing.again') : label}
      </Button>
    </div>
  );
}
