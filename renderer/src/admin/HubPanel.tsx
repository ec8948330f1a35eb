// The terminal's link to the court's hub: where it is enrolled and what it runs from it, or the form
// to enrol it with the hub's address and a one-time code from the hub's console.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubLinkStatus, KioskErrorShape } from '../../../contract';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { callKiosk, errorShapeOf } from '../kiosk';
import { SettingInput } from './SettingField';

export function HubPanel() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<HubLinkStatus | null>(null);
  const [url, setUrl] = useState('');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<KioskErrorShape | null>(null);
  useEffect(() => {
    callKiosk('hub.status', {}).then(setStatus, (err: unknown) => setError(errorShapeOf(err)));
  }, []);
  const enrol = async () => {
    setBusy(true);
    setError(null);
    try {
      setStatus(await callKiosk('hub.enrol', { url, code }));
      setCode('');
    } catch (err) {
      setError(errorShapeOf(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="console-section"
      aria-label={t('admin.sections.hub')}
      onSubmit={(event) => {
        event.preventDefault();
        void enrol();
      }}
    >
      <h2 className="console-section__title">{t('admin.sections.hub')}</h2>
      <p className="console-section__intro">{t('hub.panel.intro')}</p>
      {status?.enrolled && (
        <dl className="hub-link" data-hub-link="enrolled">
          <dt>{t('hub.panel.address')}</dt>
          <dd lang="en">{status.hubUrl}</dd>
          <dt>{t('hub.panel.site')}</dt>
          <dd>{status.site}</dd>
          <dt>{t('hub.panel.group')}</dt>
          <dd>{status.group}</dd>
          <dt>{t('hub.panel.configVersion')}</dt>
          <dd>{status.configVersion ?? t('hub.panel.none')}</dd>
          <dt>{t('hub.panel.dataVersion')}</dt>
          <dd>{status.dataVersion ?? t('hub.panel.shipped')}</dd>
        </dl>
      )}
      {status && !status.enrolled && <p className="console-section__intro">{t('hub.panel.notEnrolled')}</p>}
      <ErrorBanner error={error} />
      <div className="console-section__fields">
        <SettingInput
          label={t('hub.panel.address')}
          hint={t('hub.panel.addressHint')}
          value={url}
          onChange={setUrl}
          problem={null}
          keyboard="latin"
          maxLength={300}
        />
        <SettingInput
          label={t('hub.panel.code')}
          hint={t('hub.panel.codeHint')}
          value={code}
          onChange={setCode}
          problem={null}
          keyboard="latin"
          maxLength={20}
        />
      </div>
      <div className="console-section__actions">
        <Button type="submit" variant="primary" size="lg" busy={busy} disabled={url.trim() === '' || code.trim() === ''}>
          {t(status?.enrolled ? 'hub.panel.enrolAgain' : 'hub.panel.enrol')}
        </Button>
      </div>
    </form>
  );
}
