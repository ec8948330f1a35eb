// `cli fee quote --json '<input>'`: the fee calculator as a stable interface for scripts and outside
// checks. Prints {"fee", "breakdown"} and exits 0, or {"error": {code, message}} and exits 2.
import { dispatch } from '../shared/dispatch';
import { createTranslator } from '../services/i18n/translator';
import { resourcePaths } from '../services/resource-paths';
import { findAppRoot } from '../shared/install-locations';
import type { CliGroup } from './command';

export const feeCommand: CliGroup = {
  usage: 'fee quote --json \'{"kind":"property","amount":"150000"}\'',
  async run({ args, openKiosk, out, err }) {
    const [command, flag, json] = args;
    if (command !== 'quote' || flag !== '--json' || json === undefined) {
      err(`usage: cli ${feeCommand.usage}`);
      return 2;
    }
    const translate = createTranslator(resourcePaths(findAppRoot()).locales, 'en');
    const fail = (code: string, messageKey: string, details?: Record<string, unknown>) => {
      out(JSON.stringify({ error: { code, message: translate(messageKey, details) } }));
      return 2;
    };
    let input: unknown;
    try {
      input = JSON.parse(json);
    } catch {
      return fail('BAD_JSON', 'errors.http.badJson');
    }
    // The contract's own envelope check would hide the calculator's precise codes behind
    // INVALID_INPUT, so the request goes through as given and the calculator judges it.
    const kiosk = await openKiosk();
    const result = await dispatch(kiosk.handlers, 'fees.quote', input, (message, context) => err(`${message} ${JSON.stringify(context)}`));
    if (!result.ok) return fail(result.error.code, result.error.messageKey, result.error.details);
    const { fee, breakdown } = result.value as { fee: string; breakdown: unknown[] };
    out(JSON.stringify({ fee, breakdown }));
    return 0;
  },
};
