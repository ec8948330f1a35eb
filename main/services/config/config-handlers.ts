// The terminal's settings over the contract: a change is audited with what it replaced.
import type { AuditLog } from '../audit/audit-log';
import { handlerSet } from '../handler-table';
import { actorOf, OPERATOR_CALL } from '../staff/caller';
import type { ConfigStore } from './config-store';

export const configHandlers = ({ config, audit }: { config: ConfigStore; audit: AuditLog }) =>
  handlerSet({
    'config.get': () => config.get(),
    'config.set': async ({ patch }, { caller } = OPERATOR_CALL) => {
      const before = await config.get();
      const after = await config.set(patch);
      // Only the sections the patch touched, so the entry says what changed rather than the whole config.
      const sections = Object.keys(patch) as (keyof typeof before)[];
      await audit.record(actorOf(caller), 'config.set', {
        before: Object.fromEntries(sections.map((k) => [k, before[k]])),
        after: Object.fromEntries(sections.map((k) => [k, after[k]])),
      });
      return after;
    },
  });
