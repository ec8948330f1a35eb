// The terminal's link to the court's hub (hub/), as the admin console sees it. What the terminal and
// the hub say to each other is in ./hub-protocol.ts.
import { z } from 'zod';
import { method } from './method';
import { Empty } from './shapes';

/** Whether this terminal is enrolled with a hub, where, and the versions it runs from it. */
export const HubLinkStatus = z.object({
  enrolled: z.boolean(),
  hubUrl: z.string().nullable(),
  site: z.string().nullable(),
  group: z.string().nullable(),
  configVersion: z.number().int().nullable(),
  dataVersion: z.string().nullable(),
});
export type HubLinkStatus = z.infer<typeof HubLinkStatus>;

export const hubMethods = {
  /** Admin: whether this terminal is enrolled with the court's hub, and the versions it runs from it. */
  'hub.status': method(Empty, HubLinkStatus, 'admin'),
  /** Admin: enrols this terminal with the court's hub using a one-time code from the hub's console. */
  'hub.enrol': method(z.object({ url: z.string().trim().min(1).max(300), code: z.string().trim().min(1).max(64) }).strict(), HubLinkStatus, 'admin'),
} as const;
