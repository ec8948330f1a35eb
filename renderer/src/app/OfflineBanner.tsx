// Across the top of every screen while the court's system cannot be reached: calm, not an error —
// the outbox keeps every submission and sends it when the line is back (docs/DESIGN.md §5).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClockIcon } from '../components/icons';
import { callKiosk, useKioskEvent } from '../kiosk';
import './offline-banner.css';

export function OfflineBanner() {
  const { t } = useTranslation();
  const [online, setOnline] = useState(true);
  useKioskEvent('sync.status', (status) => setOnline(status.online));
  useEffect(() => {
    let current = true;
    callKiosk('sync.status', {}).then(
      (status) => current && setOnline(status.online),
      // Main unreachable is the shell's problem to show; this banner is about the court only.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  if (online) return null;
  return (
    <div className="offline-banner" role="status">
      <ClockIcon size="sm" />
      <p>
        <strong>{t('sync.offline.title')}</strong>
        <span>{t('sync.offline.body')}</span>
      </p>
    </div>
  );
}
