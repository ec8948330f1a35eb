// Reads a kiosk's SQLite file the way an auditor with a copy of it would: its own connection, closed after.
import { join } from 'node:path';
import { Database } from '../../../main/services/storage/database';
import { DB_FILE } from '../../../main/services/storage/open-storage';

export async function rowsIn<T>(dataDir: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const db = await Database.open(join(dataDir, DB_FILE));
  try {
    return await db.all<T>(sql, params);
  } finally {
    await db.close();
  }
}
