// The staff side of the kiosk, in place of the litigant's screens: a bar saying who is signed in,
// with the way back to the menu and out, over the menu, the helper desk or the admin console.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskErrorShape, StaffSession } from '../../../contract';
import { AdminConsole } from '../admin/AdminConsole';
import { courtNameIn, useTerminalConfig } from '../app/terminal-config';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { BackIcon, HelperIcon, LockIcon, QueueIcon, ScalesIcon } from '../components/icons';
import { HelperDesk } from '../helper/desk/HelperDesk';
import { callKiosk, errorShapeOf } from '../kiosk';
import { HelperGuideStatus, useHelperGuidePrint } from './HelperGuideButton';
import { useStaffMode, type StaffScreen } from './staff-mode';
import './staff.css';

export function StaffScreens({ staff, screen }: { staff: StaffSession; screen: StaffScreen }) {
  const { t, i18n } = useTranslation();
  const config = useTerminalConfig();
  const staffMode = useStaffMode()!;
  return (
    <div className="staff">
      <header className="staff__bar">
        <div className="staff__where">
          <h1 className="staff__title">{t(`admin.screens.${screen}`)}</h1>
          <p className="staff__court">{courtNameIn(config, i18n.language)}</p>
        </div>
        <p className="staff__who" data-staff-id={staff.staffId}>
          {t('admin.signedInAs', { name: staff.name, role: t(`admin.roles.${staff.role}`) })}
        </p>
        <div className="staff__bar-actions">
          {screen !== 'menu' && (
            <Button icon={<BackIcon size="sm" />} onClick={() => staffMode.open('menu')}>
              {t('admin.menu.back')}
            </Button>
          )}
          <Button icon={<LockIcon size="sm" />} onClick={staffMode.signOut}>
            {t('admin.menu.signOut')}
          </Button>
        </div>
      </header>
      <main className="staff__main">
        {screen === 'menu' && <StaffMenu staff={staff} />}
        {screen === 'desk' && <HelperDesk />}
        {screen === 'console' && staff.role === 'admin' && <AdminConsole />}
      </main>
    </div>
  );
}

function StaffMenu({ staff }: { staff: StaffSession }) {
  const { t } = useTranslation();
  const staffMode = useStaffMode()!;
  const [error, setError] = useState<KioskErrorShape | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const guide = useHelperGuidePrint();

  const run = async (id: string, action: () => Promise<void>) => {
    setBusy(id);
    setError(null);
    setNotice(null);
    try {
      await action();
    } catch (err) {
      setError(errorShapeOf(err));
    } finally {
      setBusy(null);
    }
  };
  /** Leaving kiosk mode and quitting exist only in the Electron shell; the browser shell says so. */
  const shellAction = (method: 'app.leaveKioskMode' | 'app.quit') => async () => {
    const { done } = await callKiosk(method, {});
    if (!done) setNotice(t('admin.menu.browserShell'));
  };

  return (
    <div className="staff-menu">
      <ErrorBanner error={error} />
      <HelperGuideStatus job={guide.job} error={guide.error} />
      {notice && (
        <p className="staff-menu__notice" role="status">
          {notice}
        </p>
      )}
      <div className="staff-menu__grid">
        <Button variant="primary" size="lg" icon={<QueueIcon size="sm" />} onClick={() => staffMode.open('desk')}>
          {t('admin.menu.desk')}
        </Button>
        <Button
          variant="accent"
          size="lg"
          icon={<HelperIcon size="sm" />}
          busy={busy === 'assist'}
          onClick={() => void run('assist', staffMode.startAssisting)}
        >
          {t('admin.menu.assist')}
        </Button>
        <Button size="lg" busy={guide.busy} onClick={() => void guide.print()}>
          {t('admin.helperGuide.print')}
        </Button>
        {staff.role === 'admin' && (
          <>
            <Button variant="primary" size="lg" icon={<ScalesIcon size="sm" />} onClick={() => staffMode.open('console')}>
              {t('admin.menu.console')}
            </Button>
            <Button size="lg" busy={busy === 'leave'} onClick={() => void run('leave', shellAction('app.leaveKioskMode'))}>
              {t('admin.menu.leaveKioskMode')}
            </Button>
            <Button size="lg" busy={busy === 'quit'} onClick={() => void run('quit', shellAction('app.quit'))}>
              {t('admin.menu.quit')}
            </Button>
          </>
        )}
      </div>
      <p className="staff-menu__hint">{t('admin.menu.assistHint')}</p>
    </div>
  );
}
