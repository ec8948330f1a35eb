// CSV exports by date range: saved on the terminal under the data folder's exports/, and the
// screen says where and how many rows, so the admin can fetch the file.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportResult, KioskErrorShape } from '../../../contract';
import { useTerminalConfig } from '../app/terminal-config';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { callKiosk, errorShapeOf } from '../kiosk';
import { lastDays, RangePicker, type DateRangeValue } from './RangePicker';

const KINDS = ['submissions', 'payments', 'tickets'] as const;

export function ExportsPanel() {
  const { t } = useTranslation();
  const { timeZone } = useTerminalConfig();
  const [range, setRange] = useState<DateRangeValue>(() => lastDays(timeZone, 30));
  const [done, setDone] = useState<ExportResult | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<KioskErrorShape | null>(null);
  const run = async (kind: (typeof KINDS)[number]) => {
    setBusy(kind);
    setError(null);
    setDone(null);
    try {
      setDone(await callKiosk('admin.export', { kind, ...range }));
    } catch (err) {
      setError(errorShapeOf(err));
    } finally {
      setBusy(null);
    }
  };
  return (
    <section className="console-section" aria-labelledby="exports-title">
      <h2 id="exports-title" className="console-section__title">
        {t('admin.sections.exports')}
      </h2>
      <p className="console-section__intro">{t('admin.exports.intro')}</p>
      <RangePicker value={range} onChange={setRange} />
      <div className="console-section__actions">
        {KINDS.map((kind) => (
          <Button key={kind} variant="primary" busy={busy === kind} onClick={() => void run(kind)}>
            {t(`admin.exports.kinds.${kind}`)}
          </Button>
        ))}
      </div>
      <ErrorBanner error={error} />
      {done && (
        <p className="console-result console-result--ok" role="status" data-export={done.fileName}>
          {t('admin.exports.saved', { count: done.rows, file: done.file })}
        </p>
      )}
    </section>
  );
}
