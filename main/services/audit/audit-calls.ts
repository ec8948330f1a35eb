// Puts every staff-level contract call in the audit log — who, what, with which input, and how it
// ended — so a new staff method is audited without anyone remembering to. PINs never reach the log.
import { accessOf, METHOD_NAMES, type MethodName } from '../../../contract';
import { KioskError } from '../errors';
import type { Handlers } from '../handler-table';
import { actorOf, OPERATOR_CALL, type CallContext } from '../staff/caller';
import type { AuditLog } from './audit-log';

/** Staff methods that write a richer entry of their own (config before/after, the account changed). */
const SELF_AUDITED: ReadonlySet<MethodName> = new Set(['config.set', 'staff.changePin', 'staff.add', 'staff.resetPin', 'staff.unlock', 'staff.setEnabled']);
/** Reads the helper desk and the admin console repeat every few seconds; they change nothing. */
const READS: ReadonlySet<MethodName> = new Set(['print.jobs', 'staff.list', 'audit.recent', 'desk.overview', 'admin.statistics', 'admin.log', 'hub.status']);

export const redactPins = (input: unknown): unknown =>
  Array.isArray(input)
    ? input.map(redactPins)
    : input !== null && typeof input === 'object'
      ? Object.fromEntries(Object.entries(input).map(([key, value]) => [key, /pin/i.test(key) ? '***' : redactPins(value)]))
      : input;

export const isAuditedCall = (name: MethodName): boolean => accessOf(name) !== 'public' && !SELF_AUDITED.has(name) && !READS.has(name);

export function auditStaffCalls(handlers: Handlers, audit: AuditLog): Handlers {
  const audited = { ...handlers } as Record<MethodName, (input: unknown, context?: CallContext) => Promise<unknown>>;
  for (const name of METHOD_NAMES.filter(isAuditedCall)) {
    const handler = handlers[name] as (input: unknown, context?: CallContext) => Promise<unknown>;
    audited[name] = async (input, context = OPERATOR_CALL) => {
      const actor = actorOf(context.caller);
      try {
        const output = await handler(input, context);
        await audit.record(actor, name, { input: redactPins(input), outcome: 'ok' });
        return output;
      } catch (err) {
        await audit.record(actor, name, { input: redactPins(input), outcome: err instanceof KioskError ? err.code : 'INTERNAL' });
        throw err;
      }
    };
  }
  return audited as Handlers;
}
