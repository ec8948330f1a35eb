// The one door to the court's case system (DESIGN §5). Submissions, fee notices and payments are
// added to this interface by the issues that need them.
import type { TerminalConfig } from '../../../preload/contract';

export interface CourtGateway {
  /** 'demo' is the court built into the app, used when no endpoint is configured. */
  readonly kind: 'demo' | 'http';
}

/** Answers in-process with sample data, so a fresh terminal is useful out of the box. */
export class DemoCourt implements CourtGateway {
  readonly kind = 'demo' as const;
}

export class HttpCourt implements CourtGateway {
  readonly kind = 'http' as const;
  constructor(readonly baseUrl: string) {}
}

export function createCourtGateway(endpoint: TerminalConfig['courtEndpoint']): CourtGateway {
  return endpoint.url === null ? new DemoCourt() : new HttpCourt(endpoint.url);
}
