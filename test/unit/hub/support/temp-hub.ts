// A real hub for tests: its HTTP server on 127.0.0.1 over a fresh PGlite database or a fresh
// database in the file's shared temporary PostgreSQL cluster, with a clock the test can move.
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { createHub, type Hub } from '../../../../hub/server/hub';
import { createHubServer } from '../../../../hub/server/http-server';
import { openPgliteStore } from '../../../../hub/server/pglite-store';
import { openPostgresStore } from '../../../../hub/server/pg-store';
import { migrate, type HubStore } from '../../../../hub/server/store';
import type { AlertRules } from '../../../../hub/server/terminals';
import { startTempPostgres, type TempPostgres } from '../../support/temp-postgres';
import { REPO_ROOT, tempDir } from '../../support/temp-kiosk';

export type StoreKind = 'pglite' | 'postgres';
export const STORE_KINDS: StoreKind[] = ['pglite', 'postgres'];

export interface TempHub {
  hub: Hub;
  store: HubStore;
  url: string;
  /** The hub's clock; starts at the real time so signed requests from real clocks stay in the window. */
  clock: { now(): Date; advance(ms: number): void };
  close(): Promise<void>;
}

/** One PostgreSQL cluster per test file; each hub gets its own database in it. */
let cluster: Promise<TempPostgres> | undefined;
export const sharedCluster = () => (cluster ??= startTempPostgres());
export async function stopSharedCluster(): Promise<void> {
  if (cluster) await (await cluster).stop();
  cluster = undefined;
}

/** The address of a new, empty database of its own in the shared PostgreSQL cluster. */
export async function freshDatabaseUrl(): Promise<string> {
  const { url } = await sharedCluster();
  const name = `hub_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return url.replace(/\/postgres$/, `/${name}`);
}

async function freshStore(kind: StoreKind): Promise<HubStore> {
  if (kind === 'pglite') return openPgliteStore(undefined);
  return openPostgresStore(await freshDatabaseUrl());
}

export async function startTempHub(kind: StoreKind, options: { alertRules?: AlertRules } = {}): Promise<TempHub> {
  const store = await freshStore(kind);
  await migrate(store);
  const keys = tempDir('hub-key-');
  let offset = 0;
  const clock = { now: () => new Date(Date.now() + offset), advance: (ms: number) => void (offset += ms) };
  const hub = await createHub({
    store,
    appRoot: REPO_ROOT,
    signingKeyFile: join(keys.dir, 'signing-key.pem'),
    secretKeyFile: join(keys.dir, 'secret-key'),
    now: clock.now,
    ...(options.alertRules ? { alertRules: options.alertRules } : {}),
  });
  const server = createHubServer(hub, { consoleDir: null, log: () => undefined });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    hub,
    store,
    clock,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await store.close();
      keys.remove();
    },
  };
}

/** A hub reply as the tests read it: every field some reply has, looked at where the test expects it. */
export interface HubReply {
  error: { code: string; messageKey: string; details: Record<string, unknown> };
  results: { key: string; status: string; courtRef?: string; reason?: string }[];
  witness: { id: number; hash: string; receivedAt: string } | null;
  configVersion: number;
  version: number | string;
  revision: number;
  patch: Record<string, unknown>;
  changes: unknown[];
  code: string;
  sha512: string;
  submissions: { key: string; terminalId: string }[];
  terminals: { heartbeat: { configVersion: number | null; auditHead: { id: number } | null } & Record<string, unknown>; auditWitness: { id: number } | null }[];
}

export type HubCall = (method: string, path: string, body?: unknown) => Promise<{ status: number; body: HubReply; text: string }>;

/** A staff session on the hub: enrols an admin with a fresh code and signs in. */
export async function staffSession(hub: TempHub, account = 'it.admin', password = 'correct horse battery'): Promise<HubCall> {
  const code = await hub.hub.newEnrolmentCode('admin', null);
  await hub.hub.accounts.enrol({ code, account, password });
  const { token } = await hub.hub.accounts.signIn({ account, password });
  return async (method, path, body) => {
    const res = await fetch(`${hub.url}${path}`, {
      method,
      headers: { cookie: `hub_session=${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    // CSV and YAML replies are read as text.
    return { status: res.status, text, body: (res.headers.get('content-type')?.startsWith('application/json') ? JSON.parse(text) : {}) as HubReply };
  };
}
