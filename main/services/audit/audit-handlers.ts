// The audit log as the admin console reads and checks it, and as the court's witness checks it.
import type { CourtGateway } from '../court/court-gateway';
import { handlerSet } from '../handler-table';
import type { AuditLog } from './audit-log';

export const auditHandlers = ({ audit, court }: { audit: AuditLog; court: () => Promise<CourtGateway> }) =>
  handlerSet({
    'audit.recent': async ({ limit, before }) => ({ entries: await audit.recent(limit, before) }),
    'audit.verify': () => audit.verify(),
    'audit.checkWitness': async () => audit.checkWitness(await (await court()).auditWitness()),
  });
