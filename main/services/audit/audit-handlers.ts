// The audit log as the admin console reads and checks it.
import { handlerSet } from '../handler-table';
import type { AuditLog } from './audit-log';

export const auditHandlers = ({ audit }: { audit: AuditLog }) =>
  handlerSet({
    'audit.recent': async ({ limit, before }) => ({ entries: await audit.recent(limit, before) }),
    'audit.verify': () => audit.verify(),
  });
