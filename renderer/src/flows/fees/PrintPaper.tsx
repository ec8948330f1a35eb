// A print button and what became of the job, for the fee desk's papers (estimate, refund receipt,
// relief application): the outcome follows print.changed, so "printed" means it really came out.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskErrorShape, PrintJob } from '../../../../contract';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorShapeOf, useKioskEvent } from '../../kiosk';

/** Keys of the button and of each outcome, e.g. fees.refund.done.{print,printing,printed,printFailed}. */
export interface PrintPaperProps {
  keys: { print: string; printing: string; printed: string; printFailed: string };
  print(): Promise<PrintJob>;
  variant?: 'primary' | 'secondary';
}

const NOTE = { queued: 'printing', printing: 'printing', done: 'printed', failed: 'printFailed' } as const;

export function PrintPaper({ keys, print, variant = 'secondary' }: PrintPaperProps) {
  const { t } = useTranslation();
  const [submitted, setSubmitted] = useState<PrintJob | null>(null);
  // Every job's latest report is kept: it may arrive before the call that queued the job answers.
  const [reports, setReports] = useState<Record<number, PrintJob>>({});
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<KioskErrorShape | null>(null);
  useKioskEvent('print.changed', (changed) => setReports((known) => ({ ...known, [changed.id]: changed })));
  const job = submitted && (reports[submitted.id] ?? submitted);
  const start = async () => {
    // A reprint is a new job: forget the last one's outcome.
    setSubmitted(null);
    setError(null);
    setPending(true);
    try {
      setSubmitted(await print());
    } catch (err) {
      setError(errorShapeOf(err));
    } finally {
      setPending(false);
    }
  };
  const busy = job?.state === 'queued' || job?.state === 'printing';
  return (
    <div className="print-paper">
      <Button variant={variant} size="lg" busy={pending} disabled={busy} onClick={() => void start()}>
        {t(keys.print)}
      </Button>
      <ErrorBanner error={error} />
      {job && (
        <p className="print-paper__note" data-print-state={job.state} role="status">
          {t(keys[NOTE[job.state]])}
        </p>
      )}
    </div>
  );
}
