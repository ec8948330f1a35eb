// The waiting-area screen (a TV on its own window, ?screen=display): the number now called and its
// window, huge; the last five calls; how many wait. Live from queue.changed / queue.called, with a
// chime and the call spoken aloud in the terminal's languages.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueBoard } from '../../../contract';
import { OfflineBanner } from '../app/OfflineBanner';
import { courtNameIn, defaultLanguageOf, useTerminalConfig } from '../app/terminal-config';
import { CourtEmblem } from '../components/CourtEmblem';
import { ErrorBanner } from '../components/ErrorBanner';
import { availableLanguages } from '../i18n/i18n';
import { useKiosk, useKioskEvent } from '../kiosk';
import { createAnnouncer } from './announcer';
import './display.css';

export function WaitingDisplay() {
  const { t, i18n } = useTranslation();
  const config = useTerminalConfig();
  const board = useKiosk('queue.board');
  const { run } = board;
  const [live, setLive] = useState<QueueBoard | null>(null);
  const [announcer] = useState(createAnnouncer);
  useEffect(() => () => announcer.close(), [announcer]);
  useEffect(() => {
    void run({});
  }, [run]);
  useKioskEvent('queue.changed', setLive);

  const primary = defaultLanguageOf(config);
  // The room hears and reads the court's language first, then the terminal's other languages.
  const languages = [primary, ...availableLanguages(config.languages).filter((lng) => lng !== primary)];
  const secondary = languages[1];
  const tIn = (lng: string) => i18n.getFixedT(lng);
  useKioskEvent('queue.called', (call) =>
    announcer.announce(languages.map((lng) => ({ lang: lng, text: tIn(lng)('queue.display.announce', { number: call.number, window: call.windowNo }) }))),
  );

  const current = live ?? board.value;
  const now = current?.nowServing ?? null;
  const waitingTotal = current ? Object.values(current.waiting).reduce((sum, n) => sum + n, 0) : 0;
  const both = (key: string, values?: Record<string, unknown>) => (
    <>
      <span lang={primary}>{tIn(primary)(key, values)}</span>
      {secondary && (
        <span lang={secondary} className="display__second">
          {tIn(secondary)(key, values)}
        </span>
      )}
    </>
  );

  return (
    <div className="display" lang={primary}>
      <header className="display__header">
        <CourtEmblem className="display__emblem" />
        <p className="display__court">{courtNameIn(config, primary)}</p>
        <h1 className="display__title">{both('queue.display.title')}</h1>
      </header>
      <OfflineBanner />
      <ErrorBanner error={board.error} />
      <main className="display__main">
        <section className="display__now" aria-live="assertive" aria-atomic="true">
          <h2 className="display__label">{both('queue.display.nowServing')}</h2>
          {now ? (
            <div key={`${now.number}-${now.calledAt}`} className="display__call">
              <p className="display__number">{now.number}</p>
              <p className="display__window">{both('queue.display.goTo', { window: now.windowNo })}</p>
            </div>
          ) : (
            <p className="display__idle">{both('queue.display.noneYet')}</p>
          )}
        </section>
        <section className="display__recent" aria-label={t('queue.display.recent')}>
          <h2 className="display__label">{both('queue.display.recent')}</h2>
          <table className="display__table">
            <thead>
              <tr>
                <th scope="col">{both('queue.display.columns.number')}</th>
                <th scope="col">{both('queue.display.columns.window')}</th>
              </tr>
            </thead>
            <tbody>
              {(current?.lastCalled ?? []).map((call) => (
                <tr key={`${call.number}-${call.calledAt}`}>
                  <td>{call.number}</td>
                  <td>{call.windowNo}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </main>
      <footer className="display__footer">{both('queue.display.waitingTotal', { count: waitingTotal })}</footer>
    </div>
  );
}
