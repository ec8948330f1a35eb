// The terminal's settings over the contract: a change is audited with what it replaced.
import type { AuditLog } from '../audit/audit-log';
import { handlerSet } from '../handler-table';
import { actorOf, OPERATOR_CALL } from '../staff/caller';
import type { ConfigStore } from './config-store';

/** A change, checked whole and audited under who made it: an admin, the CLI, or the court's hub. */
export async function auditedConfigChange(config: ConfigStore, audit: AuditLog, actor: string, patch: Record<string, unknown>) {
  const before = await config.get();
  const after = await config.set(patch);
  // Only the sections the patch touched, so the entry says what changed rather than the whole config.
  const sections = Object.keys(patch) as (keyof typeof before)[];
  await audit.record(actor, 'config.set', {
    before: Object.fromEntries(sections.map((k) => [k, before[k]])),
    after: Object.fromEntries(sections.map((k) => [k, after[k]])),
  });
  return after;
}

export const configHandlers = ({ config, audit }: { config: ConfigStore; audit: AuditLog }) =>
  handlerSet({
    'config.get': () => config.get(),
    'config.set': ({ patch }, { caller } = OPERATOR_CALL) => auditedConfigChange(config, audit, actorOf(caller), patch),
  });
