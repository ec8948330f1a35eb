// The hub console: sign in, then one screen at a time from the navigation. Screens are plain
// functions of what the hub's API returns; the session is the hub's HttpOnly cookie.
import { useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from './api';
import { LANGUAGES, setLanguage } from './i18n';
import { ConfigEditor } from './screens/ConfigEditor';
import { DataPackages } from './screens/DataPackages';
import { Inbox } from './screens/Inbox';
import { SignIn } from './screens/SignIn';
import { Statistics } from './screens/Statistics';
import { Terminals } from './screens/Terminals';
import { Updates } from './screens/Updates';

const SCREENS: Record<string, ComponentType> = {
  terminals: Terminals,
  config: ConfigEditor,
  packages: DataPackages,
  statistics: Statistics,
  inbox: Inbox,
  updates: Updates,
};

export function App() {
  const { t, i18n } = useTranslation();
  const [account, setAccount] = useState<string | null | undefined>(undefined);
  const [screen, setScreen] = useState('terminals');
  useEffect(() => {
    api<{ account: string }>('GET', 'me').then(
      (me) => setAccount(me.account),
      () => setAccount(null),
    );
  }, []);
  const languages = (
    <div className="languages" role="group" aria-label={t('app.language')}>
      {LANGUAGES.map((l) => (
        <button key={l} type="button" className="button" lang={l} aria-pressed={i18n.language === l} onClick={() => setLanguage(l)}>
          {t(`app.languages.${l}`)}
        </button>
      ))}
    </div>
  );
  if (account === undefined) return null;
  if (account === null)
    return (
      <>
        <header className="top">{languages}</header>
        <SignIn onSignedIn={setAccount} />
      </>
    );
  const Screen = SCREENS[screen]!;
  return (
    <div className="console">
      <header className="top">
        <h1>{t('app.title')}</h1>
        <span className="top__account">{t('app.signedInAs', { account })}</span>
        {languages}
        <button type="button" className="button" onClick={() => void api('POST', 'sign-out', {}).finally(() => setAccount(null))}>
          {t('app.signOut')}
        </button>
      </header>
      <nav className="nav" aria-label={t('app.screens')}>
        {Object.keys(SCREENS).map((key) => (
          <button
            key={key}
            type="button"
            className="nav__item"
            aria-current={screen === key ? 'page' : undefined}
            data-screen={key}
            onClick={() => setScreen(key)}
          >
            {t(`nav.${key}`)}
          </button>
        ))}
      </nav>
      <main className="main">
        <Screen key={screen} />
      </main>
    </div>
  );
}
