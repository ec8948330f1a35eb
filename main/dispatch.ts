// One contract call, whichever shell it came through: validate the input against the contract,
// run the handler, check the output, and turn every failure into {code, messageKey, details}.
import { methods, type Envelope, type MethodName } from '../preload/contract';
import { INTERNAL_ERROR, KioskError } from './services/errors';
import type { Handlers } from './services/kiosk';

export type Log = (message: string, context?: Record<string, unknown>) => void;

export const isMethodName = (name: string): name is MethodName => Object.hasOwn(methods, name);

export async function dispatch(handlers: Handlers, name: string, rawInput: unknown, log: Log): Promise<Envelope<unknown>> {
  if (!isMethodName(name)) return { ok: false, error: { code: 'UNKNOWN_METHOD', messageKey: 'errors.unknownMethod', details: { method: name } } };
  const schema = methods[name];
  const input = schema.input.safeParse(rawInput ?? {});
  if (!input.success) {
    const issue = input.error.issues[0]!;
    return { ok: false, error: { code: 'INVALID_INPUT', messageKey: 'errors.invalidInput', details: { field: issue.path.join('.'), problem: issue.message } } };
  }
  try {
    const handler = handlers[name] as (input: unknown) => Promise<unknown>;
    const output = schema.output.safeParse(await handler(input.data));
    if (output.success) return { ok: true, value: output.data };
    log('handler output breaks the contract', { method: name, issue: output.error.issues[0] });
    return { ok: false, error: INTERNAL_ERROR };
  } catch (err) {
    if (err instanceof KioskError) return { ok: false, error: err.toShape() };
    log('unexpected error in handler', { method: name, error: err instanceof Error ? err.stack : String(err) });
    return { ok: false, error: INTERNAL_ERROR };
  }
}
