// The hub's one store behind one interface: PostgreSQL through `pg` in production, PGlite (Postgres
// compiled to WASM, in a data folder) when nothing else is installed. Both run the same SQL, the same
// migrations; rows come back alike (int8 as number, timestamps as ISO strings).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Row = Record<string, unknown>;

export interface Queryable {
  query<T = Row>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface HubStore extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  /** Runs fn in one transaction: all of it or nothing. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export const MIGRATIONS_DIR = join(__dirname, 'migrations');

/** Dates as ISO strings on both stores, so JSON replies and comparisons do not depend on the driver. */
export function plainRow(row: Row): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) out[key] = value instanceof Date ? value.toISOString() : value;
  return out;
}

/** Applies each numbered migration not yet applied, each in its own transaction; refuses a newer schema. */
export async function migrate(store: HubStore, dir = MIGRATIONS_DIR): Promise<void> {
  await store.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
  const files = readdirSync(dir)
    .filter((f) => /^\d{3}_.+\.sql$/.test(f))
    .sort();
  const known = Math.max(0, ...files.map((f) => Number(f.slice(0, 3))));
  const applied = new Set((await store.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version));
  const newest = Math.max(0, ...applied);
  if (newest > known) throw new Error(`the hub database is at schema ${newest}, newer than this hub (${known}): upgrade the hub`);
  for (const file of files) {
    const version = Number(file.slice(0, 3));
    if (applied.has(version)) continue;
    await store.transaction(async (tx) => {
      await tx.query(readFileSync(join(dir, file), 'utf8'));
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
    });
  }
}
