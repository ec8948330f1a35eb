// The app root: loads the terminal config and keeps it live, and holds the visit. Every screen
// of a visit lives under a key that changes when the visit ends, so no component state — form
// fields, drafts, dialogs — survives into the next person's visit.
import type { i18n as I18n } from 'i18next';
import { useCallback, useEffect, useState } from 'react';
import type { KioskErrorShape, TerminalConfig } from '../../../contract';
import { availableLanguages } from '../i18n/i18n';
import { TouchKeyboard } from '../keyboard/TouchKeyboard';
import { callKiosk, errorShapeOf, useKioskEvent } from '../kiosk';
import { StaffMode } from '../staff/StaffMode';
import { applyElderMode } from '../theme/display-mode';
import { BootScreen } from './BootScreen';
import { standaloneScreenOf } from './standalone-screens';
import { defaultLanguageOf, TerminalConfigContext } from './terminal-config';
import { Visit } from './Visit';
import { VisitSession } from './visit-session';

/** i18n is the instance itself, not useTranslation()'s per-language wrapper, so effects on it run once. */
export function App({ i18n }: { i18n: I18n }) {
  const [config, setConfig] = useState<TerminalConfig | null>(null);
  const [bootError, setBootError] = useState<KioskErrorShape | null>(null);
  const [session] = useState(() => new VisitSession());
  const [visitKey, setVisitKey] = useState(0);
  const [elder, setElder] = useState(false);

  const load = useCallback(async () => {
    setBootError(null);
    try {
      const loaded = await callKiosk('config.get', {});
      await i18n.changeLanguage(defaultLanguageOf(loaded));
      setConfig(loaded);
    } catch (err) {
      setBootError(errorShapeOf(err));
    }
  }, [i18n]);

  useEffect(() => {
    void load();
  }, [load]);

  useKioskEvent('config.changed', setConfig);

  // A language the admin has just taken off this terminal cannot stay on screen.
  useEffect(() => {
    if (config && !availableLanguages(config.languages).includes(i18n.language)) void i18n.changeLanguage(defaultLanguageOf(config));
  }, [config, i18n]);

  useEffect(() => applyElderMode(elder), [elder]);

  const end = useCallback(
    (reason: 'home' | 'idle') => {
      // Main deletes the drafts; if it cannot be reached now, the session asks again before the next visit starts.
      session.end().catch((err: unknown) => console.error('session.reset failed', err));
      if (reason === 'idle' && config) {
        void i18n.changeLanguage(defaultLanguageOf(config));
        setElder(false);
      }
      setVisitKey((key) => key + 1);
    },
    [session, config, i18n],
  );

  const Standalone = standaloneScreenOf(location.search);
  if (!config) return <BootScreen error={bootError} onRetry={() => void load()} />;
  return (
    <TerminalConfigContext.Provider value={config}>
      {Standalone ? (
        <Standalone />
      ) : (
        <StaffMode session={session}>
          <Visit key={visitKey} session={session} end={end} elder={elder} setElder={setElder} />
        </StaffMode>
      )}
      {/* Every screen's fields, staff screens too; keyed by the visit, so what it learns is forgotten when the visit ends. */}
      <TouchKeyboard key={visitKey} elder={elder} />
    </TerminalConfigContext.Provider>
  );
}
