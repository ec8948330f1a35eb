// Staff mode as the screens see it: who is signed in, which staff screen is open, and whether a
// helper is filling in a visit for a litigant (肩并肩帮办). Held by <StaffMode> at the app root.
import { createContext, useContext } from 'react';
import type { StaffSession } from '../../../contract';

export type StaffScreen = 'menu' | 'desk' | 'console';

export interface StaffModeControls {
  staff: StaffSession | null;
  /** The helper assisting the current visit, or null for a litigant on their own. */
  assistedBy: StaffSession | null;
  /** The PIN pad is up: touches on it are staff's, not the start of a litigant's visit. */
  signingIn: boolean;
  /** The hidden gesture was made: ask for a PIN. */
  requestSignIn(): void;
  open(screen: StaffScreen): void;
  signOut(): void;
  /** Starts a visit on a litigant's behalf and hands the screen to the litigant's flows. */
  startAssisting(): Promise<void>;
}

export const StaffModeContext = createContext<StaffModeControls | null>(null);

/** Null outside <StaffMode>, e.g. on the waiting-area display. */
export const useStaffMode = (): StaffModeControls | null => useContext(StaffModeContext);
