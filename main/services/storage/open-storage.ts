// Opens the terminal's database file and brings its schema up to date.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '../clock';
import { Database } from './database';
import { migrate, readMigrations } from './migrate';

export const DB_FILE = 'kiosk.sqlite3';

export async function openStorage(dataDir: string, migrationsDir: string, clock: Clock): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  const db = await Database.open(join(dataDir, DB_FILE));
  try {
    await migrate(db, readMigrations(migrationsDir), clock);
  } catch (err) {
    await db.close();
    throw err;
  }
  return db;
}
