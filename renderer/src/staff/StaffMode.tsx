// Staff mode at the app root: the PIN pad the hidden gesture opens, the staff screens in place of
// the litigant's visit while someone is signed in, and the assisted visit a helper starts. A staff
// screen left alone signs out after half the litigant's idle time, as main's staff session lapses;
// touches keep both alive.
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffSession } from '../../../contract';
import { useTerminalConfig } from '../app/terminal-config';
import type { VisitSession } from '../app/visit-session';
import { callKiosk } from '../kiosk';
import { PinPad } from './PinPad';
import { StaffScreens } from './StaffScreens';
import { StaffModeContext, type StaffModeControls, type StaffScreen } from './staff-mode';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'input', 'wheel'] as const;

/** Calls onQuiet once nobody has touched the screen for `ms` while `enabled`. */
function useQuietTimer(enabled: boolean, ms: number, onQuiet: () => void): void {
  useEffect(() => {
    if (!enabled) return;
    let timer = 0;
    const arm = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(onQuiet, ms);
    };
    arm();
    for (const type of ACTIVITY_EVENTS) document.addEventListener(type, arm, true);
    return () => {
      window.clearTimeout(timer);
      for (const type of ACTIVITY_EVENTS) document.removeEventListener(type, arm, true);
    };
  }, [enabled, ms, onQuiet]);
}

/**
 * Touches keep main's staff session alive as well: it lapses after the same quiet time without a
 * call, and filling in a form makes no call until Save. A session main has already let go ends here too.
 */
function useStaffKeepAlive(enabled: boolean, lapseMs: number, onLapsed: () => void): void {
  useEffect(() => {
    if (!enabled) return;
    let last = Date.now();
    const touched = () => {
      if (Date.now() - last < lapseMs / 4) return;
      last = Date.now();
      callKiosk('staff.whoami', {}).then(
        (who) => who === null && onLapsed(),
        (err: unknown) => console.error('staff.whoami failed', err),
      );
    };
    for (const type of ACTIVITY_EVENTS) document.addEventListener(type, touched, true);
    return () => {
      for (const type of ACTIVITY_EVENTS) document.removeEventListener(type, touched, true);
    };
  }, [enabled, lapseMs, onLapsed]);
}

export function StaffMode({ session, children }: { session: VisitSession; children: ReactNode }) {
  const { i18n } = useTranslation();
  const config = useTerminalConfig();
  const [staff, setStaff] = useState<StaffSession | null>(null);
  const [screen, setScreen] = useState<StaffScreen | null>(null);
  const [signingIn, setSigningIn] = useState(false);
  const [assistedBy, setAssistedBy] = useState<StaffSession | null>(null);
  const visitActive = useSyncExternalStore(session.subscribe, session.isActive);

  const signOut = useCallback(() => {
    setStaff(null);
    setScreen(null);
    setAssistedBy(null);
    callKiosk('staff.signOut', {}).catch((err: unknown) => console.error('staff.signOut failed', err));
  }, []);

  // Half the litigant's idle time, as main/services/staff lapses a staff session.
  const lapseMs = (config.idle.timeoutSeconds * 1000) / 2;
  useQuietTimer(staff !== null && screen !== null, lapseMs, signOut);
  useStaffKeepAlive(staff !== null && (screen !== null || assistedBy !== null), lapseMs, signOut);

  // The assisted visit is over (finished, or wiped for idleness): the helper's session ends with it.
  useEffect(() => {
    if (assistedBy && !visitActive) signOut();
  }, [assistedBy, visitActive, signOut]);

  const startAssisting = useCallback(async () => {
    if (!staff) return;
    try {
      await session.beginAssisted(i18n.language);
    } catch (err) {
      await session.end().catch(() => undefined);
      throw err;
    }
    setAssistedBy(staff);
    setScreen(null);
  }, [staff, session, i18n]);

  const controls = useMemo<StaffModeControls>(
    () => ({ staff, assistedBy, signingIn, requestSignIn: () => setSigningIn(true), open: setScreen, signOut, startAssisting }),
    [staff, assistedBy, signingIn, signOut, startAssisting],
  );

  return (
    <StaffModeContext.Provider value={controls}>
      {staff && screen ? <StaffScreens staff={staff} screen={screen} /> : children}
      {signingIn && (
        <PinPad
          onCancel={() => setSigningIn(false)}
          onSignedIn={(signedIn) => {
            setSigningIn(false);
            setAssistedBy(null);
            setStaff(signedIn);
            setScreen('menu');
            // The press on the emblem began a litigant's visit; nothing of it may linger.
            session.end().catch((err: unknown) => console.error('session.reset failed', err));
          }}
        />
      )}
    </StaffModeContext.Provider>
  );
}
