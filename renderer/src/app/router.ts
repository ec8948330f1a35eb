// Which screen a visit is on. A tiny state router: the kiosk has no address bar, and state dies
// with the visit, so a wiped visit can never be navigated back to.
import { createContext, useContext } from 'react';
import type { ServiceId } from '../../../contract';

export type Route = { page: 'home' } | { page: 'service'; service: ServiceId; opening?: FlowOpening };

/**
 * A flow opened by another at one of its steps, with values handed over in memory only: they die
 * with the visit and are never saved as a draft (the fee desk opened from a filing receipt holds
 * the filer's ID number). A flow that keeps a draft still restores it over these values.
 */
export interface FlowOpening {
  stepId: string;
  values: Record<string, unknown>;
}

export interface Router {
  route: Route;
  navigate(route: Route): void;
}

export const RouterContext = createContext<Router | null>(null);

export function useRouter(): Router {
  const router = useContext(RouterContext);
  if (!router) throw new Error('useRouter used outside RouterContext');
  return router;
}
