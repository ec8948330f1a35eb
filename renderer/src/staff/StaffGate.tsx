// Keeps a staff-only screen that runs on its own (the calling screen at a counter) behind the PIN
// pad: nothing of it shows until a helper or admin has signed in on this screen.
import { useState, type ReactNode } from 'react';
import type { StaffSession } from '../../../contract';
import { PinPad } from './PinPad';

export function StaffGate({ children }: { children: ReactNode }) {
  const [staff, setStaff] = useState<StaffSession | null>(null);
  // Cancel leaves the pad up: there is nothing else this screen may show.
  const [attempt, setAttempt] = useState(0);
  if (staff) return children;
  return <PinPad key={attempt} onSignedIn={setStaff} onCancel={() => setAttempt((n) => n + 1)} />;
}
