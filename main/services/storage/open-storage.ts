// Opens the terminal's database file and brings its schema up to date.
import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '../clock';
import { Database } from './database';
import { migrate, readMigrations } from './migrate';

export const DB_FILE = 'kiosk.sqlite3';

export async function openStorage(dataDir: string, migrationsDir: string, clock: Clock): Promise<Database> {
  // Only the kiosk's own user may read what the visitors left: the folder 0700, the database 0600
  // (SQLite gives its WAL and shared-memory files the database file's permissions).
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  const file = join(dataDir, DB_FILE);
  closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
  const db = await Database.open(file);
  try {
    await migrate(db, readMigrations(migrationsDir), clock);
  } catch (err) {
    await db.close();
    throw err;
  }
  return db;
}
