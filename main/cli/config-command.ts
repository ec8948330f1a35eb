// `cli config get` / `cli config set '<json patch>'`: the terminal settings, as the admin screen sees them.
import { dispatch } from '../dispatch';
import type { CliGroup } from './command';

export const configCommand: CliGroup = {
  usage: "config get | config set '<json patch>'",
  async run({ args, openKiosk, out, err }) {
    const [command, arg] = args;
    if (command !== 'get' && command !== 'set') {
      err(`usage: cli ${configCommand.usage}`);
      return 2;
    }
    let input: unknown = {};
    if (command === 'set') {
      try {
        input = { patch: JSON.parse(arg ?? '') as unknown };
      } catch {
        out(JSON.stringify({ error: { code: 'BAD_JSON', message: 'the patch is not valid JSON' } }));
        return 2;
      }
    }
    const kiosk = await openKiosk();
    const result = await dispatch(kiosk.handlers, `config.${command}`, input, (message, context) => err(`${message} ${JSON.stringify(context)}`));
    out(JSON.stringify(result.ok ? result.value : { error: result.error }, null, 2));
    return result.ok ? 0 : 2;
  },
};
