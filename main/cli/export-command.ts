// `cli export --from YYYY-MM-DD --to YYYY-MM-DD [--kind submissions|payments|tickets]`: CSV files of
// the court days asked, written to the data folder's exports/ (as the admin console's export is);
// prints [{kind, file, rows}] as JSON. Without --kind, all three.
import { ExportKind } from '../../contract';
import type { CliGroup } from './command';
import { callForCli } from './contract-call';
import { parseFlags } from './flags';

const USAGE = 'export --from YYYY-MM-DD --to YYYY-MM-DD [--kind submissions|payments|tickets]';

export const exportCommand: CliGroup = {
  usage: USAGE,
  async run(ctx) {
    const flags = parseFlags(ctx.args, ['from', 'to', 'kind']);
    const kinds = ExportKind.array().safeParse(flags?.kind === undefined ? ExportKind.options : [flags.kind]);
    if (!flags?.from || !flags.to || !kinds.success) {
      ctx.err(`usage: cli ${USAGE}`);
      return 2;
    }
    const written = [];
    for (const kind of kinds.data) {
      const result = await callForCli(ctx, 'admin.export', { kind, from: flags.from, to: flags.to });
      if (!result.ok) return result.code;
      written.push({ kind, file: result.value.file, rows: result.value.rows });
    }
    ctx.out(JSON.stringify(written, null, 2));
    return 0;
  },
};
