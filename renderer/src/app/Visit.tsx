// One litigant's visit: the screens, the session that starts on their first touch, and the idle
// guard that ends it. Remounted whole (new key) when the visit ends.
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskErrorShape } from '../../../contract';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { SERVICE_CATALOGUE } from '../flows/catalogue';
import { FlowRunner } from '../flows/stepper/FlowRunner';
import { HomeScreen } from '../home/HomeScreen';
import { IdleGuard } from '../idle/IdleGuard';
import { errorShapeOf } from '../kiosk';
import { useStaffMode } from '../staff/staff-mode';
import { AppFooter } from './AppFooter';
import { AppHeader } from './AppHeader';
import { OfflineBanner } from './OfflineBanner';
import { RouterContext, type Route } from './router';
import { defaultLanguageOf, useTerminalConfig } from './terminal-config';
import { VisitContext } from './visit-context';
import type { VisitControls } from './visit-session';
import './app.css';

export function Visit({ session, end, elder, setElder }: Omit<VisitControls, 'reportError'>) {
  const { t, i18n } = useTranslation();
  const config = useTerminalConfig();
  const [route, navigate] = useState<Route>({ page: 'home' });
  const [error, setError] = useState<KioskErrorShape | null>(null);
  const active = useSyncExternalStore(session.subscribe, session.isActive);
  const staffSigningIn = useStaffMode()?.signingIn ?? false;

  // The visit begins with the first touch or key, in the language on screen at that moment.
  useEffect(() => {
    const begin = (event: Event) => {
      // Staff coming in (the press on the court's name, the PIN pad) is not a litigant's visit to count.
      if (staffSigningIn || (event.target instanceof Element && event.target.closest('[data-staff-gesture]'))) return;
      if (!session.isActive()) session.begin(i18n.language).catch((err: unknown) => setError(errorShapeOf(err)));
    };
    document.addEventListener('pointerdown', begin, true);
    document.addEventListener('keydown', begin, true);
    return () => {
      document.removeEventListener('pointerdown', begin, true);
      document.removeEventListener('keydown', begin, true);
    };
  }, [session, i18n, staffSigningIn]);

  const visit = useMemo<VisitControls>(() => ({ session, end, elder, setElder, reportError: setError }), [session, end, elder, setElder]);
  const router = useMemo(() => ({ route, navigate }), [route]);

  // A service the admin switched off while it was open closes; the home screen no longer offers it.
  const service = route.page === 'service' && config.services[route.service] ? route.service : null;
  const opening = route.page === 'service' ? route.opening : undefined;
  // Someone's language or large text must not greet the next person, even without a session.
  const personalised = elder || i18n.language !== defaultLanguageOf(config);

  return (
    <VisitContext.Provider value={visit}>
      <RouterContext.Provider value={router}>
        <div className="app">
          <AppHeader />
          <main className="app__main">
            <OfflineBanner />
            <ErrorBanner
              error={error}
              action={
                <Button variant="secondary" onClick={() => setError(null)}>
                  {t('common.actions.dismiss')}
                </Button>
              }
            />
            {service ? <FlowRunner key={service} flow={SERVICE_CATALOGUE[service].flow} opening={opening} /> : <HomeScreen />}
          </main>
          <AppFooter />
        </div>
        <IdleGuard
          enabled={active || personalised}
          timeoutSeconds={config.idle.timeoutSeconds}
          countdownSeconds={config.idle.countdownSeconds}
          onTimeout={() => end('idle')}
        />
      </RouterContext.Provider>
    </VisitContext.Provider>
  );
}
