// The embedded store: PGlite keeps a real Postgres database in a data folder, so `npm run hub` needs
// nothing installed. One connection; PGlite runs one query or transaction at a time.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { plainRow, type HubStore, type Queryable } from './store';

const INT8 = 20;

export async function openPgliteStore(dataDir: string | undefined): Promise<HubStore> {
  // PGlite makes its own folder but not the ones above it (a fresh `npm run hub`).
  if (dataDir !== undefined) mkdirSync(dirname(dataDir), { recursive: true });
  const db = await PGlite.create({ ...(dataDir === undefined ? {} : { dataDir }), parsers: { [INT8]: Number } });
  const on = (client: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<T>(sql: string, params: unknown[] = []) {
      if (params.length) return (await client.query(sql, params)).rows.map((r) => plainRow(r as Record<string, unknown>)) as T[];
      const results = await client.exec(sql);
      return (results.at(-1)?.rows ?? []).map((r) => plainRow(r as Record<string, unknown>)) as T[];
    },
  });
  return {
    kind: 'pglite',
    ...on(db),
    transaction: (fn) => db.transaction((tx) => fn(on(tx))),
    close: () => db.close(),
  };
}
