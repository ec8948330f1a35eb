// How far the outbox has got delivering to the court, for the offline banner.
import { handlerSet } from '../handler-table';
import type { SyncWorker } from './sync-worker';

export const outboxHandlers = ({ sync }: { sync: SyncWorker }) =>
  handlerSet({
    'sync.status': () => sync.status(),
  });
