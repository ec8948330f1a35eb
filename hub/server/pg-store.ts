// The production store: a PostgreSQL server through a `pg` pool (HUB_DATABASE_URL=postgres://…).
import pg from 'pg';
import { plainRow, type HubStore, type Queryable } from './store';

const INT8 = 20;

export async function openPostgresStore(connectionString: string, poolSize = 10): Promise<HubStore> {
  const pool = new pg.Pool({
    connectionString,
    max: poolSize,
    // Counts and ids in this schema stay far below 2^53.
    types: { getTypeParser: (oid: number, format?: string) => (oid === INT8 ? Number : pg.types.getTypeParser(oid, format as 'text')) } as pg.CustomTypesConfig,
  });
  const on = (client: { query: pg.Pool['query'] }): Queryable => ({
    async query<T>(sql: string, params: unknown[] = []) {
      // Without parameters, the simple protocol runs a whole migration file of statements.
      const result = params.length ? await client.query(sql, params) : await client.query(sql);
      return (Array.isArray(result) ? result.at(-1)! : result).rows.map(plainRow) as T[];
    },
  });
  await pool.query('SELECT 1');
  return {
    kind: 'postgres',
    ...on(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(on(client as unknown as { query: pg.Pool['query'] }));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
