// `cli staff add|reset-pin|list`: staff accounts for provisioning by script. A PIN given here is a
// first PIN only: the account must change it at its first sign-in, so a script's copy soon goes stale.
import { StaffRole } from '../../contract';
import type { CliGroup } from './command';
import { printCall } from './contract-call';
import { parseFlags } from './flags';

const USAGE = 'staff add --id ID --name NAME --role helper|admin --pin PIN | staff reset-pin --id ID --pin PIN | staff unlock --id ID | staff list';

export const staffCommand: CliGroup = {
  usage: USAGE,
  async run(ctx) {
    const [command, ...rest] = ctx.args;
    const usage = () => {
      ctx.err(`usage: cli ${USAGE}`);
      return 2;
    };
    if (command === 'list' && rest.length === 0) return printCall(ctx, 'staff.list', {});
    if (command === 'add') {
      const flags = parseFlags(rest, ['id', 'name', 'role', 'pin']);
      const role = StaffRole.safeParse(flags?.role);
      if (!flags?.id || !flags.name || !flags.pin || !role.success) return usage();
      return printCall(ctx, 'staff.add', { staffId: flags.id, name: flags.name, role: role.data, pin: flags.pin });
    }
    if (command === 'reset-pin') {
      const flags = parseFlags(rest, ['id', 'pin']);
      if (!flags?.id || !flags.pin) return usage();
      return printCall(ctx, 'staff.resetPin', { staffId: flags.id, pin: flags.pin });
    }
    if (command === 'unlock') {
      const flags = parseFlags(rest, ['id']);
      if (!flags?.id) return usage();
      return printCall(ctx, 'staff.unlock', { staffId: flags.id });
    }
    return usage();
  },
};
