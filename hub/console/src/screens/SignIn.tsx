// Staff sign-in, and making a staff account with a one-time code (the first admin's code is printed
// by `npm run hub`; later ones are made on the Terminals screen).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type HubApiError } from '../api';
import { ErrorNote, Field } from '../components';

export function SignIn({ onSignedIn }: { onSignedIn(account: string): void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'signIn' | 'enrol'>('signIn');
  const [account, setAccount] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<HubApiError | null>(null);
  const [enrolled, setEnrolled] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      if (mode === 'enrol') {
        await api('POST', 'accounts/enrol', { code, account, password });
        setEnrolled(true);
        setMode('signIn');
      } else {
        onSignedIn((await api<{ account: string }>('POST', 'sign-in', { account, password })).account);
      }
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="sign-in">
      <h1>{t('app.title')}</h1>
      <div className="tabs" role="group" aria-label={t('signIn.mode')}>
        {(['signIn', 'enrol'] as const).map((m) => (
          <button key={m} type="button" className="button" aria-pressed={mode === m} onClick={() => (setMode(m), setError(null))}>
            {t(`signIn.${m}`)}
          </button>
        ))}
      </div>
      <form
        className="card"
        aria-label={t(`signIn.${mode}`)}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {enrolled && mode === 'signIn' && (
          <p className="note note--ok" role="status">
            {t('signIn.enrolled')}
          </p>
        )}
        <ErrorNote error={error} />
        {mode === 'enrol' && (
          <Field label={t('signIn.code')} hint={t('signIn.codeHint')}>
            {(p) => <input {...p} name="code" value={code} onChange={(e) => setCode(e.target.value)} autoComplete="one-time-code" required />}
          </Field>
        )}
        <Field label={t('signIn.account')} {...(mode === 'enrol' ? { hint: t('signIn.accountHint') } : {})}>
          {(p) => <input {...p} name="account" value={account} onChange={(e) => setAccount(e.target.value)} autoComplete="username" required />}
        </Field>
        <Field label={t('signIn.password')} {...(mode === 'enrol' ? { hint: t('signIn.passwordHint') } : {})}>
          {(p) => (
            <input
              {...p}
              name="password"
              type="password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete={mode === 'enrol' ? 'new-password' : 'current-password'}
              required
            />
          )}
        </Field>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t(mode === 'enrol' ? 'signIn.createAccount' : 'signIn.submit')}
        </button>
      </form>
    </main>
  );
}
