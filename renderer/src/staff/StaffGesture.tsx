// The way into staff mode: pressing the court's emblem and name for three seconds. Hidden on
// purpose — a litigant must not stumble into the PIN pad — and harmless if they do.
import { useEffect, useRef, type ReactNode } from 'react';
import { useStaffMode } from './staff-mode';

/** Long enough that no tap or accidental lean opens it. */
export const STAFF_PRESS_MS = 3000;

export function StaffGesture({ className, children }: { className: string; children: ReactNode }) {
  const staffMode = useStaffMode();
  const timer = useRef(0);
  const cancel = () => window.clearTimeout(timer.current);
  useEffect(() => cancel, []);
  if (!staffMode) return <div className={className}>{children}</div>;
  return (
    <div
      className={`${className} staff-gesture`}
      data-staff-gesture
      onPointerDown={() => {
        cancel();
        timer.current = window.setTimeout(() => staffMode.requestSignIn(), STAFF_PRESS_MS);
      }}
      onPointerUp={cancel}
      onPointerLeave={cancel}
      onPointerCancel={cancel}
      // A long touch would otherwise open the browser's own menu over the kiosk.
      onContextMenu={(event) => event.preventDefault()}
    >
      {children}
    </div>
  );
}
