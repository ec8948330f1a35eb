// `cli audit verify`: recomputes the audit log's hash chain. Prints "OK <count> entries" and exits 0,
// or names the first entry that was changed (or follows a removed one), the entries cut off the end
// (the anchor file names a later head), or a missing anchor file, and exits 1.
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
      const { ok, count, firstBrokenId, missingAfter, anchorMissing } = verdict.value;
      if (ok) ctx.out(`OK ${count} entries`);
      else if (firstBrokenId !== null)
        ctx.out(`BROKEN at entry ${firstBrokenId}: changed, or the entry before it was removed (${count} entries before it are intact)`);
      else if (missingAfter !== null)
        ctx.out(`BROKEN: entries after ${missingAfter} are missing (the anchor file names a later head; ${count} entries are in the log)`);
      else if (anchorMissing) ctx.out(`BROKEN: the anchor file is missing, so a cut-off end cannot be ruled out (${count} entries are in the log)`);
      return ok ? 0 : 1;
    }
    const flags = command === 'recent' ? parseFlags(rest, ['limit']) : null;
    if (flags) return printCall(ctx, 'audit.recent', { limit: Number(flags.limit ?? 50) });
    ctx.err(`usage: cli ${USAGE}`);
    return 2;
  },
};
