// `cli config get|set|import|export`: the terminal settings, as the admin screen sees them, for
// provisioning terminals by script: export one terminal's settings, import them on the next, then
// set what differs (its terminalId). import and set refuse an invalid value naming the field, and
// then change nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import type { CliGroup } from './command';
import { callForCli, printCall, printError } from './contract-call';
import { parseFlags } from './flags';

const USAGE = "config get | config set '<json patch>' | config import FILE | config export [--out FILE]";

export const configCommand: CliGroup = {
  usage: USAGE,
  async run(ctx) {
    const [command, ...rest] = ctx.args;
    const patchFrom = (json: string, source: string): Record<string, unknown> | null => {
      try {
        const patch = JSON.parse(json) as unknown;
        if (patch !== null && typeof patch === 'object' && !Array.isArray(patch)) return patch as Record<string, unknown>;
      } catch {
        // Reported below, as a patch that is not a JSON object.
      }
      printError(ctx.out, 'BAD_JSON', 'errors.http.badJson', { source });
      return null;
    };
    if (command === 'get' && rest.length === 0) return printCall(ctx, 'config.get', {});
    if (command === 'set' && rest.length === 1) {
      const patch = patchFrom(rest[0]!, 'argument');
      return patch ? printCall(ctx, 'config.set', { patch }) : 2;
    }
    if (command === 'import' && rest.length === 1) {
      let text: string;
      try {
        text = readFileSync(rest[0]!, 'utf8');
      } catch (e) {
        ctx.err(`cannot read ${rest[0]}: ${e instanceof Error ? e.message : String(e)}`);
        return 2;
      }
      const patch = patchFrom(text, rest[0]!);
      return patch ? printCall(ctx, 'config.set', { patch }) : 2;
    }
    const flags = command === 'export' ? parseFlags(rest, ['out']) : null;
    if (flags) {
      const config = await callForCli(ctx, 'config.get', {});
      if (!config.ok) return config.code;
      const json = JSON.stringify(config.value, null, 2);
      if (flags.out) writeFileSync(flags.out, json + '\n', 'utf8');
      else ctx.out(json);
      return 0;
    }
    ctx.err(`usage: cli ${USAGE}`);
    return 2;
  },
};
