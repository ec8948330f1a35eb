// The newest entries of the terminal's own log: what failed without anyone waiting for it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskErrorShape, LogEntry } from '../../../contract';
import { ErrorBanner } from '../components/ErrorBanner';
import { callKiosk, errorShapeOf } from '../kiosk';
import { useDateTimeFormat } from './formatting';

const SHOWN = 100;

export function LogPanel() {
  const { t } = useTranslation();
  const when = useDateTimeFormat();
  const [entries, setEntries] = useState<LogEntry[] | null>(null);
  const [error, setError] = useState<KioskErrorShape | null>(null);
  useEffect(() => {
    callKiosk('admin.log', { limit: SHOWN }).then(
      (log) => setEntries(log.entries),
      (err: unknown) => setError(errorShapeOf(err)),
    );
  }, []);
  return (
    <section className="console-section" aria-labelledby="log-title">
      <h2 id="log-title" className="console-section__title">
        {t('admin.sections.log')}
      </h2>
      <ErrorBanner error={error} />
      {entries && entries.length === 0 && <p className="console-section__intro">{t('admin.log.none')}</p>}
      {entries && entries.length > 0 && (
        <ol className="log-list">
          {entries.map((entry, index) => (
            <li key={`${entry.at}-${index}`} className="log-list__entry">
              <span className="log-list__at">{when(entry.at)}</span>
              {/* The log is written by the software, in English, for whoever maintains it. */}
              <span className="log-list__message" lang="en">
                {entry.message}
              </span>
              {Object.keys(entry.context).length > 0 && (
                <code className="log-list__context" lang="en">
                  {JSON.stringify(entry.context)}
                </code>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
