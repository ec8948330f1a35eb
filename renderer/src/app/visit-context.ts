// The visit's controls for any screen: its session, ending it, elder mode, reporting a failure.
import { createContext, useContext } from 'react';
import type { VisitControls } from './visit-session';

export const VisitContext = createContext<VisitControls | null>(null);

export function useVisit(): VisitControls {
  const visit = useContext(VisitContext);
  if (!visit) throw new Error('useVisit used outside VisitContext');
  return visit;
}
