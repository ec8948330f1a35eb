// `cli hub enrol --url URL --code CODE | hub status | hub beat`: links this terminal to the court's
// hub (hub/README.md) with a one-time code from the hub's console, shows the link, or sends one
// heartbeat now and pulls what the hub has for it.
import type { CliGroup } from './command';
import { callForCli, printCall, printError } from './contract-call';
import { parseFlags } from './flags';

const USAGE = 'hub enrol --url URL --code CODE | hub status | hub beat';

export const hubCommand: CliGroup = {
  usage: USAGE,
  async run(ctx) {
    const [command, ...rest] = ctx.args;
    if (command === 'status' && rest.length === 0) return printCall(ctx, 'hub.status', {});
    if (command === 'enrol') {
      const flags = parseFlags(rest, ['url', 'code']);
      if (flags?.url && flags.code) return printCall(ctx, 'hub.enrol', { url: flags.url, code: flags.code });
    }
    if (command === 'beat' && rest.length === 0) {
      const status = await callForCli(ctx, 'hub.status', {});
      if (!status.ok) return status.code;
      if (!status.value.enrolled) {
        printError(ctx.out, 'HUB_NOT_ENROLLED', 'hub.errors.notEnrolled');
        return 2;
      }
      const kiosk = await ctx.openKiosk();
      try {
        ctx.out(JSON.stringify(await kiosk.hub.beat(), null, 2));
        return 0;
      } catch (err) {
        const e = err as { code?: string; messageKey?: string; details?: Record<string, unknown> };
        printError(ctx.out, e.code ?? 'HUB_UNAVAILABLE', e.messageKey ?? 'hub.errors.unavailable', e.details);
        return 1;
      }
    }
    ctx.err(`usage: cli ${USAGE}`);
    return 2;
  },
};
