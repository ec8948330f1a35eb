// Terminal secrets at rest, on PGlite and on a real PostgreSQL server: the database never holds one
// plain (a dump alone cannot sign as a terminal), a row kept plain by a schema-1 hub is sealed when
// the hub starts, and terminals are still verified after a restart with the same key — not with another.
import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedHeaders } from '../../../main/services/hub/request-signature';
import { createHub, type Hub } from '../../../hub/server/hub';
import { createHubServer } from '../../../hub/server/http-server';
import { openPgliteStore } from '../../../hub/server/pglite-store';
import { openPostgresStore } from '../../../hub/server/pg-store';
import { migrate, MIGRATIONS_DIR, type HubStore } from '../../../hub/server/store';
import { REPO_ROOT, tempDir } from '../support/temp-kiosk';
import { freshDatabaseUrl, STORE_KINDS, stopSharedCluster, type StoreKind } from './support/temp-hub';

afterAll(() => stopSharedCluster());

const OLD = { terminalId: 'OLD-01', secret: 'c'.repeat(64) };

/** The same database each time it is opened: a PGlite folder, or one database in the shared cluster. */
async function databaseOpener(kind: StoreKind, dir: string): Promise<() => Promise<HubStore>> {
  if (kind === 'pglite') return () => openPgliteStore(join(dir, 'pglite'));
  const url = await freshDatabaseUrl();
  return () => openPostgresStore(url);
}

describe.each(STORE_KINDS)('terminal secrets on %s', (kind) => {
  const data = tempDir('hub-secrets-');
  const keys = { signingKeyFile: join(data.dir, 'signing-key.pem'), secretKeyFile: join(data.dir, 'secret-key') };
  let open: () => Promise<HubStore>;
  let store: HubStore;
  let running: { hub: Hub; url: string; close(): Promise<void> };
  let enrolled: { terminalId: string; secret: string };

  async function start(): Promise<typeof running> {
    store = await open();
    await migrate(store);
    const hub = await createHub({ store, appRoot: REPO_ROOT, ...keys });
    const server = createHubServer(hub, { consoleDir: null, log: () => undefined });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    return {
      hub,
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      async close() {
        server.closeAllConnections();
        await new Promise((r) => server.close(r));
        await store.close();
      },
    };
  }

  const signedStatus = async (who: { terminalId: string; secret: string }) =>
    (await fetch(`${running.url}/terminal/v1/config`, { headers: signedHeaders(who, 'GET', '/terminal/v1/config', '', new Date()) })).status;
  const storedRows = () => store.query<Record<string, unknown>>('SELECT * FROM terminals ORDER BY id');

  beforeAll(async () => {
    open = await databaseOpener(kind, data.dir);
    // A hub still at schema 1 kept its terminals' secrets plain.
    const schema1 = join(data.dir, 'schema-1');
    mkdirSync(schema1);
    copyFileSync(join(MIGRATIONS_DIR, '001_hub.sql'), join(schema1, '001_hub.sql'));
    const old = await open();
    await migrate(old, schema1);
    await old.query(`INSERT INTO terminals (id, secret, site, group_name, enrolled_at) VALUES ($1, $2, 'site', 'default', now())`, [
      OLD.terminalId,
      OLD.secret,
    ]);
    await old.close();
    running = await start();
    return async () => {
      await running.close();
      data.remove();
    };
  }, 60_000);

  it('seals a secret a schema-1 hub kept plain when it starts, and still verifies that terminal', async () => {
    const [row] = await storedRows();
    expect(row).toMatchObject({ id: OLD.terminalId, secret_plain: null, secret_sealed: expect.stringMatching(/^v1\./) });
    expect(JSON.stringify(row)).not.toContain(OLD.secret);
    expect(await signedStatus(OLD)).toBe(200);
    expect(await signedStatus({ ...OLD, secret: 'd'.repeat(64) })).toBe(401);
    expect(statSync(keys.secretKeyFile).mode & 0o777).toBe(0o600);
  });

  it('never stores the secret it hands a terminal at enrolment', async () => {
    const code = await running.hub.newEnrolmentCode('terminal', { site: '博山', group: 'villages' });
    const res = await fetch(`${running.url}/terminal/v1/enrol`, { method: 'POST', body: JSON.stringify({ code, terminalId: 'NEW-01' }) });
    enrolled = (await res.json()) as typeof enrolled;
    expect(enrolled.secret).toMatch(/^[0-9a-f]{64}$/);
    const rows = await storedRows();
    expect(rows.map((r) => [r.id, r.secret_plain])).toEqual([
      ['NEW-01', null],
      ['OLD-01', null],
    ]);
    for (const row of rows) expect(JSON.stringify(row)).not.toContain(enrolled.secret);
    expect(await signedStatus(enrolled)).toBe(200);
  });

  it('verifies its terminals after a restart with the same key, and refuses to start with another', async () => {
    await running.close();
    // Only the sealed text is in the database: with a different key, the hub will not start.
    store = await open();
    await expect(createHub({ store, appRoot: REPO_ROOT, ...keys, secretKey: randomBytes(32).toString('hex') })).rejects.toThrow(/does not open/);
    await store.close();

    running = await start();
    expect(await signedStatus(enrolled)).toBe(200);
    expect(await signedStatus(OLD)).toBe(200);
  });
});
