// `cli audit verify`: recomputes the audit log's hash chain. Prints "OK <count> entries" and exits 0,
// or names the first entry that was changed (or follows a removed one) and exits 1.
// `cli audit recent [--limit N]`: the newest entries as JSON, for an inspector's script.
import type { CliGroup } from './command';
import { callForCli, printCall } from './contract-call';
import { parseFlags } from './flags';

const USAGE = 'audit verify | audit recent [--limit N]';

export const auditCommand: CliGroup = {
  usage: USAGE,
  async run(ctx) {
    const [command, ...rest] = ctx.args;
    if (command === 'verify' && rest.length === 0) {
      const verdict = await callForCli(ctx, 'audit.verify', {});
      if (!verdict.ok) return verdict.code;
      const { ok, count, firstBrokenId } = verdict.value;
      if (ok) ctx.out(`OK ${count} entries`);
      else ctx.out(`BROKEN at entry ${firstBrokenId}: changed, or the entry before it was removed (${count} entries before it are intact)`);
      return ok ? 0 : 1;
    }
    const flags = command === 'recent' ? parseFlags(rest, ['limit']) : null;
    if (flags) return printCall(ctx, 'audit.recent', { limit: Number(flags.limit ?? 50) });
    ctx.err(`usage: cli ${USAGE}`);
    return 2;
  },
};
