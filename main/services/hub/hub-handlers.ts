// The terminal's link to the court's hub over the contract: what the admin console shows, and
// enrolling with an address and a one-time code.
import type { TerminalConfig } from '../../../contract';
import { handlerSet } from '../handler-table';
import type { HubLink } from './hub-link';

export interface HubHandlerDeps {
  hub: HubLink;
  config: () => Promise<TerminalConfig>;
  log: (message: string, context?: Record<string, unknown>) => void;
}

export const hubHandlers = ({ hub, config, log }: HubHandlerDeps) =>
  handlerSet({
    'hub.status': async () => hub.status(),
    'hub.enrol': async ({ url, code }) => {
      await hub.enrol(url, code, (await config()).terminalId);
      // Report at once, so the hub's console shows the terminal without waiting for the timer.
      await hub.beat().catch((err: unknown) => log('hub heartbeat failed', { error: String(err) }));
      return hub.status();
    },
  });
