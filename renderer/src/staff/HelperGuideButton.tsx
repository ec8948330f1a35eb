// Prints the one-page instructions for a new helper (the helper-guide document, built in main from
// this terminal's settings), from the staff menu and the admin console alike.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskErrorShape, PrintJob } from '../../../contract';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { callKiosk, errorShapeOf } from '../kiosk';
import './staff.css';

/** Asking main to print the guide in the screen's language, and what became of the request. */
export function useHelperGuidePrint() {
  const { i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [job, setJob] = useState<PrintJob | null>(null);
  const [error, setError] = useState<KioskErrorShape | null>(null);
  const print = async () => {
    setBusy(true);
    setError(null);
    setJob(null);
    try {
      setJob(await callKiosk('print.helperGuide', { language: i18n.language }));
    } catch (err) {
      setError(errorShapeOf(err));
    } finally {
      setBusy(false);
    }
  };
  return { print, busy, job, error };
}

/** What became of the request: sent to the printer under its number, or why not. */
export function HelperGuideStatus({ job, error }: { job: PrintJob | null; error: KioskErrorShape | null }) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorBanner error={error} />
      {job && (
        <p className="helper-guide__sent" role="status">
          {t('admin.helperGuide.sent', { no: job.documentNo })}
        </p>
      )}
    </>
  );
}

/** The button with its status under it, for a column such as the console's side. */
export function HelperGuideButton() {
  const { t } = useTranslation();
  const guide = useHelperGuidePrint();
  return (
    <div className="helper-guide">
      <Button busy={guide.busy} onClick={() => void guide.print()}>
        {t('admin.helperGuide.print')}
      </Button>
      <HelperGuideStatus job={guide.job} error={guide.error} />
    </div>
  );
}
