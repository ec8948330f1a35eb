// Runs one contract method for a CLI command as the operator (whoever holds the data folder) and
// prints the answer as JSON: the value and exit 0, or {"error": {code, message, details}} and exit 2.
import type { MethodInput, MethodName, MethodOutput } from '../../contract';
import { findAppRoot } from '../shared/install-locations';
import { dispatch } from '../shared/dispatch';
import { createTranslator } from '../services/i18n/translator';
import { resourcePaths } from '../services/resource-paths';
import type { CliContext } from './command';

export type CallOutcome<M extends MethodName> = { ok: true; value: MethodOutput<M> } | { ok: false; code: number };

export async function callForCli<M extends MethodName>({ openKiosk, out, err }: CliContext, method: M, input: MethodInput<M>): Promise<CallOutcome<M>> {
  const kiosk = await openKiosk();
  const result = await dispatch(kiosk.handlers, method, input, (message, context) => err(`${message} ${JSON.stringify(context)}`));
  if (result.ok) return { ok: true, value: result.value as MethodOutput<M> };
  printError(out, result.error.code, result.error.messageKey, result.error.details);
  return { ok: false, code: 2 };
}

/** Prints a refusal as scripts read it: the stable code, an English sentence, and the details. */
export function printError(out: (text: string) => void, code: string, messageKey: string, details?: Record<string, unknown>): void {
  const translate = createTranslator(resourcePaths(findAppRoot()).locales, 'en');
  out(JSON.stringify({ error: { code, message: translate(messageKey, details), ...(details ? { details } : {}) } }, null, 2));
}

export async function printCall<M extends MethodName>(ctx: CliContext, method: M, input: MethodInput<M>): Promise<number> {
  const outcome = await callForCli(ctx, method, input);
  if (!outcome.ok) return outcome.code;
  ctx.out(JSON.stringify(outcome.value, null, 2));
  return 0;
}
