// `cli audit verify [--witness]`: recomputes the audit log's hash chain. Prints "OK <count> entries" and
// exits 0, or names the first entry that was changed (or follows a removed one), the entries cut off
// the end (the anchor file names a later head), or a missing anchor file, and exits 1.
// With --witness it then asks the court for its newest witness of the log (court/README.md) and holds
// the log against it: the only check that catches a tamperer who rewrote every hash and the anchor.
// `cli audit recent [--limit N]`: the newest entries as JSON, for an inspector's script.
import type { WitnessCheck } from '../../contract';
import type { CliGroup } from './command';
import { callForCli, printCall } from './contract-call';
import { parseFlags } from './flags';

const USAGE = 'audit verify [--witness] | audit recent [--limit N]';

/**
 * Exit codes of --witness, apart from the chain's own (0 intact, 1 broken, 2 usage or a refused call,
 * e.g. the court unreachable), so a script can tell a rewritten log from a cut one.
 */
export const WITNESS_EXIT: Record<WitnessCheck['verdict'], number> = { agrees: 0, differs: 3, beyondEnd: 4, none: 5 };

function witnessLine({ witness, verdict, lastId }: WitnessCheck): string {
  if (witness === null) return 'NO WITNESS: the court holds no audit head of this terminal yet, so the log cannot be held against one';
  const at = `the court's witness of ${witness.receivedAt}`;
  if (verdict === 'agrees') return `WITNESS OK: entry ${witness.id} has the hash ${at} holds`;
  if (verdict === 'differs')
    return `WITNESS BROKEN at entry ${witness.id}: its hash is not the one ${at} holds, so the log was rewritten at or before it (anchor and all)`;
  return `WITNESS BROKEN: ${at} names entry ${witness.id}, but the log ends at entry ${lastId}: entries were cut off its end`;
}

export const auditCommand: CliGroup = {
  usage: USAGE,
  async run(ctx) {
    const [command, ...rest] = ctx.args;
    const withWitness = rest.length === 1 && rest[0] === '--witness';
    if (command === 'verify' && (rest.length === 0 || withWitness)) {
      // The witness first: each call below is itself audited, and an entry appended over a cut-off
      // end would stand under the witness's id and read as a rewrite instead of a cut.
      const check = withWitness ? await callForCli(ctx, 'audit.checkWitness', {}) : null;
      if (check && !check.ok) return check.code;
      const verdict = await callForCli(ctx, 'audit.verify', {});
      if (!verdict.ok) return verdict.code;
      const { ok, count, firstBrokenId, missingAfter, anchorMissing } = verdict.value;
      if (ok) ctx.out(`OK ${count} entries`);
      else if (firstBrokenId !== null)
        ctx.out(`BROKEN at entry ${firstBrokenId}: changed, or the entry before it was removed (${count} entries before it are intact)`);
      else if (missingAfter !== null)
        ctx.out(`BROKEN: entries after ${missingAfter} are missing (the anchor file names a later head; ${count} entries are in the log)`);
      else if (anchorMissing) ctx.out(`BROKEN: the anchor file is missing, so a cut-off end cannot be ruled out (${count} entries are in the log)`);
      if (!check) return ok ? 0 : 1;
      ctx.out(witnessLine(check.value));
      // A broken chain is the first thing to look at; the witness's verdict is printed beside it.
      return ok ? WITNESS_EXIT[check.value.verdict] : 1;
    }
    const flags = command === 'recent' ? parseFlags(rest, ['limit']) : null;
    if (flags) return printCall(ctx, 'audit.recent', { limit: Number(flags.limit ?? 50) });
    ctx.err(`usage: cli ${USAGE}`);
    return 2;
  },
};
