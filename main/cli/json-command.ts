// The shape of the CLI's `--json` commands (fee quote, risk assess, relief screen): one JSON argument
// in, one JSON line out and exit 0, or {"error": {code, message, details?}} in English and exit 2 on bad input.
import { KioskError } from '../services/errors';
import { createTranslator } from '../services/i18n/translator';
import type { Kiosk } from '../services/kiosk';
import { resourcePaths } from '../services/resource-paths';
import { findAppRoot } from '../shared/install-locations';
import type { CliGroup } from './command';

/** Answers the parsed input; a KioskError is bad input, anything else a bug. */
type JsonAnswer = (input: unknown, kiosk: Kiosk, log: (message: string, context?: Record<string, unknown>) => void) => Promise<unknown>;

export function jsonCommand(group: string, command: string, example: string, answer: JsonAnswer): CliGroup {
  const usage = `${group} ${command} --json '${example}'`;
  return {
    usage,
    async run({ args, openKiosk, out, err }) {
      const [given, flag, json] = args;
      if (given !== command || flag !== '--json' || json === undefined) {
        err(`usage: cli ${usage}`);
        return 2;
      }
      const translate = createTranslator(resourcePaths(findAppRoot()).locales, 'en');
      const fail = (code: string, messageKey: string, details?: Record<string, unknown>) => {
        // The details name what was wrong (the question, the field) for a reviewer fixing the input.
        out(JSON.stringify({ error: { code, message: translate(messageKey, details), ...(details ? { details } : {}) } }));
        return 2;
      };
      let input: unknown;
      try {
        input = JSON.parse(json);
      } catch {
        return fail('BAD_JSON', 'errors.http.badJson');
      }
      try {
        out(JSON.stringify(await answer(input, await openKiosk(), (message, context) => err(`${message} ${JSON.stringify(context ?? {})}`))));
        return 0;
      } catch (e) {
        if (e instanceof KioskError) return fail(e.code, e.messageKey, e.details);
        throw e;
      }
    },
  };
}
