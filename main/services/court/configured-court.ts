// Which court the terminal talks to. Apart from court-gateway.ts (the interface) so that the HTTP
// court, which implements that interface, is not imported by it in turn.
import type { TerminalConfig } from '../../../contract';
import type { CourtGateway } from './court-gateway';
import { HttpCourt } from './http-court';

/** The court the terminal is configured for: the demo court until an endpoint is set. */
export function courtFor(endpoint: TerminalConfig['courtEndpoint'], terminalId: string, demo: CourtGateway): CourtGateway {
  return endpoint.url === null ? demo : new HttpCourt({ baseUrl: endpoint.url, timeoutMs: endpoint.timeoutMs, terminalId });
}
