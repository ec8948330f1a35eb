// One contract call, whichever shell it came through: check the caller may make it, validate the
// input against the contract, run the handler, check the output, and turn every failure into
// {code, messageKey, details}.
import { accessOf, methods, type Envelope, type MethodName } from '../../contract';
import { INTERNAL_ERROR, KioskError } from '../services/errors';
import type { Handlers } from '../services/handler-table';
import { OPERATOR, refusal, type Caller } from '../services/staff/caller';

export type Log = (message: string, context?: Record<string, unknown>) => void;

export const isMethodName = (name: string): name is MethodName => Object.hasOwn(methods, name);

/**
 * Where the input holds a key named "__proto__", or null. JSON.parse (and a structured clone) make it a
 * plain key, but zod copies a record's keys by assignment, so the value a handler got had that key's
 * value as its prototype: config.set's patch then read settings that were not its own (issue #15).
 * No contract field has the name. Walked with a stack, not recursion: a body may nest 30,000 deep.
 */
export function protoKeyPath(input: unknown): string | null {
  interface Visit {
    value: unknown;
    key: string;
    parent: Visit | null;
  }
  const pathOf = (visit: Visit): string => {
    const keys: string[] = [];
    for (let at: Visit | null = visit; at?.parent; at = at.parent) keys.unshift(at.key);
    return keys.join('.');
  };
  const stack: Visit[] = [{ value: input, key: '', parent: null }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    if (typeof visit.value !== 'object' || visit.value === null) continue;
    for (const [key, value] of Object.entries(visit.value)) {
      const child = { value, key, parent: visit };
      if (key === '__proto__') return pathOf(child);
      stack.push(child);
    }
  }
  return null;
}

/**
 * The shells (main/electron/ipc.ts, main/browser/web-host.ts) pass the caller their staff token resolves to; the
 * default, the operator, is for code that already holds the data folder: the CLI and tests.
 */
export async function dispatch(handlers: Handlers, name: string, rawInput: unknown, log: Log, caller: Caller = OPERATOR): Promise<Envelope<unknown>> {
  if (!isMethodName(name)) return { ok: false, error: { code: 'UNKNOWN_METHOD', messageKey: 'errors.unknownMethod', details: { method: name } } };
  // Before the input is read: a litigant learns nothing about a staff method but that it is not theirs.
  const refused = refusal(caller, name, accessOf(name));
  if (refused) return { ok: false, error: refused };
  const protoKey = protoKeyPath(rawInput);
  if (protoKey !== null)
    return { ok: false, error: { code: 'INVALID_INPUT', messageKey: 'errors.invalidInput', details: { field: protoKey, problem: 'a key named __proto__' } } };
  const schema = methods[name];
  const input = schema.input.safeParse(rawInput ?? {});
  if (!input.success) {
    const issue = input.error.issues[0]!;
    // A shape may name its own message (contract/shapes.ts FreeText: a control character in a named field).
    const named = issue.code === 'custom' ? (issue.params as { messageKey?: unknown } | undefined)?.messageKey : undefined;
    const messageKey = typeof named === 'string' ? named : 'errors.invalidInput';
    return { ok: false, error: { code: 'INVALID_INPUT', messageKey, details: { field: issue.path.join('.'), problem: issue.message } } };
  }
  try {
    const handler = handlers[name] as (input: unknown, context: { caller: Caller }) => Promise<unknown>;
    const output = schema.output.safeParse(await handler(input.data, { caller }));
    if (output.success) return { ok: true, value: output.data };
    log('handler output breaks the contract', { method: name, issue: output.error.issues[0] });
    return { ok: false, error: INTERNAL_ERROR };
  } catch (err) {
    if (err instanceof KioskError) return { ok: false, error: err.toShape() };
    log('unexpected error in handler', { method: name, error: err instanceof Error ? err.stack : String(err) });
    return { ok: false, error: INTERNAL_ERROR };
  }
}
