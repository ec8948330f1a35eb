// Which court the terminal talks to. Apart from court-gateway.ts (the interface) so that the HTTP
// court, which implements that interface, is not imported by it in turn.
import type { TerminalConfig } from '../../../contract';
import type { CourtGateway } from './court-gateway';
import { HttpCourt, type HttpCourtOptions } from './http-court';

/**
 * The court the terminal is configured for: the demo court until an endpoint is set. `sign` is given
 * when the endpoint is the court's hub, which takes only requests signed with the terminal's secret.
 */
export function courtFor(endpoint: TerminalConfig['courtEndpoint'], terminalId: string, demo: CourtGateway, sign?: HttpCourtOptions['sign']): CourtGateway {
  return endpoint.url === null ? demo : new HttpCourt({ baseUrl: endpoint.url, timeoutMs: endpoint.timeoutMs, terminalId, ...(sign ? { sign } : {}) });
}
