// Whether the court can be reached, and what is still on its way to it.
import { z } from 'zod';
import { method } from './method';
import { Empty } from './shapes';

/** Whether the court can be reached, and what is still on its way to it. */
export const SyncStatus = z.object({ online: z.boolean(), waiting: z.number().int(), rejected: z.number().int() });
export type SyncStatus = z.infer<typeof SyncStatus>;

export const syncMethods = {
  'sync.status': method(Empty, SyncStatus),
} as const;

export const syncEvents = {
  'sync.status': SyncStatus,
} as const;
