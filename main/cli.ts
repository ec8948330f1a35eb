// Admin / provisioning CLI over the same services as the kiosk: `npm run -s cli -- <command>`.
import { appVersion, defaultDataDir, findAppRoot } from './app-paths';
import { dispatch } from './dispatch';
import { createKiosk } from './services/kiosk';

const USAGE = `usage: cli config get
       cli config set '<json patch>'`;

async function main(argv: string[]): Promise<number> {
  const [group, command, arg] = argv;
  if (group !== 'config' || (command !== 'get' && command !== 'set')) {
    console.error(USAGE);
    return 2;
  }
  const appRoot = findAppRoot();
  const kiosk = await createKiosk({ dataDir: defaultDataDir(), appRoot, shell: 'browser', version: appVersion(appRoot) });
  try {
    let patch: unknown;
    try {
      patch = command === 'set' ? JSON.parse(arg ?? '') : undefined;
    } catch {
      console.log(JSON.stringify({ error: { code: 'BAD_JSON', message: 'the patch is not valid JSON' } }));
      return 2;
    }
    const result = await dispatch(kiosk.handlers, `config.${command}`, command === 'set' ? { patch } : {}, (m, c) => console.error(m, c));
    console.log(JSON.stringify(result.ok ? result.value : { error: result.error }, null, 2));
    return result.ok ? 0 : 2;
  } finally {
    await kiosk.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
