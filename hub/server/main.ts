// `npm run hub`: the hub on PGlite in a data folder (HUB_DATA_DIR, default ./hub-data), or on the
// PostgreSQL server HUB_DATABASE_URL names. Prints the console's address and, while the hub has no
// staff account, a one-time code to make the first admin.
import { resolve } from 'node:path';
import { findAppRoot } from '../../main/shared/install-locations';
import { createHub, hubPaths } from './hub';
import { createHubServer } from './http-server';
import { openPgliteStore } from './pglite-store';
import { openPostgresStore } from './pg-store';
import { migrate } from './store';

async function main() {
  const appRoot = findAppRoot(__dirname);
  const dataDir = resolve(process.env.HUB_DATA_DIR ?? 'hub-data');
  const paths = hubPaths(dataDir);
  const url = process.env.HUB_DATABASE_URL;
  const store = url ? await openPostgresStore(url) : await openPgliteStore(paths.pglite);
  await migrate(store);
  const hub = await createHub({
    store,
    appRoot,
    signingKeyFile: process.env.HUB_SIGNING_KEY_FILE ?? paths.signingKey,
    secretKeyFile: paths.secretKey,
    ...(process.env.HUB_SECRET_KEY ? { secretKey: process.env.HUB_SECRET_KEY } : {}),
  });
  const server = createHubServer(hub, { consoleDir: resolve(appRoot, 'build', 'hub-console'), log: (m, c) => console.error(m, c ?? '') });
  const port = Number(process.env.HUB_PORT ?? 8470);
  const host = process.env.HUB_HOST ?? '127.0.0.1';
  await new Promise<void>((r) => server.listen(port, host, r));
  const offline = setInterval(() => void hub.terminals.sweepOffline().catch((e: unknown) => console.error('offline sweep failed', e)), 60_000);
  offline.unref();
  console.log(`court hub on ${store.kind === 'pglite' ? `PGlite in ${paths.pglite}` : 'PostgreSQL'}`);
  console.log(`console: http://${host}:${port}/`);
  console.log(`data-package public key (pin on terminals): ${hub.signingKey.publicKeyBase64}`);
  const [accounts] = await store.query<{ n: number }>('SELECT count(*)::int AS n FROM accounts');
  if (accounts?.n === 0) console.log(`first-admin enrolment code (valid 24 h, once): ${await hub.newEnrolmentCode('admin', null)}`);
  const stop = () => server.close(() => void store.close().then(() => process.exit(0)));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
