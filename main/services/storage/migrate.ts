// Numbered SQL migrations (NNN_name.sql), all pending ones applied in one transaction, so a failing
// migration leaves the previous schema exactly as it was.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '../clock';
import { KioskError } from '../errors';
import type { Database } from './database';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const FILE = /^(\d{3})_([a-z0-9_]+)\.sql$/;

export function readMigrations(dir: string): Migration[] {
  const migrations = readdirSync(dir)
    .map((file) => ({ file, match: FILE.exec(file) }))
    .filter((m): m is { file: string; match: RegExpExecArray } => m.match !== null)
    .map(({ file, match }) => ({ version: Number(match[1]), name: match[2]!, sql: readFileSync(join(dir, file), 'utf8') }))
    .sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migrations in ${dir} must be numbered 001, 002, … without gaps; found ${m.version} at position ${i + 1}`);
  });
  return migrations;
}

/** Brings the database to the newest schema; returns the version it is at. */
export async function migrate(db: Database, migrations: Migration[], clock: Clock): Promise<number> {
  const latest = migrations.length;
  return db.transaction(async (tx) => {
    await tx.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const row = await tx.get<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_version');
    const current = row?.v ?? 0;
    if (current > latest) {
      // A newer app wrote this file; writing to it with an older schema could corrupt it.
      throw new KioskError('DB_FROM_FUTURE', 'errors.storage.newerDatabase', { database: current, app: latest });
    }
    for (const m of migrations.slice(current)) {
      await tx.exec(m.sql);
      await tx.run('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, clock.now().toISOString()]);
    }
    return latest;
  });
}
