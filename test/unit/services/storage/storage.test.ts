// Storage: WAL, numbered migrations in one transaction, and refusing a database from the future.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Database } from '../../../../main/services/storage/database';
import { migrate, readMigrations } from '../../../../main/services/storage/migrate';
import { openStorage } from '../../../../main/services/storage/open-storage';
import { KioskError } from '../../../../main/services/errors';
import { manualClock, REPO_ROOT, tempDir } from '../../support/temp-kiosk';

const clock = manualClock();
const realMigrations = join(REPO_ROOT, 'main/services/storage/migrations');
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

function scratch() {
  const t = tempDir();
  cleanups.push(t.remove);
  const migrations = join(t.dir, 'migrations');
  mkdirSync(migrations);
  return { dir: t.dir, migrations, file: join(t.dir, 'db.sqlite3') };
}

const tables = async (db: Database) => (await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")).map((r) => r.name);

describe('openStorage', () => {
  it('creates the file in WAL mode with the whole schema and its version', async () => {
    const { dir } = scratch();
    const db = await openStorage(dir, realMigrations, clock);
    expect(await db.get('PRAGMA journal_mode')).toEqual({ journal_mode: 'wal' });
    expect(await db.get('PRAGMA synchronous')).toEqual({ synchronous: 2 }); // FULL
    expect(await tables(db)).toEqual(expect.arrayContaining(['config', 'drafts', 'helper_calls', 'schema_version', 'sessions']));
    const versions = await db.all<{ version: number }>('SELECT version FROM schema_version');
    expect(versions.map((v) => v.version)).toEqual(readMigrations(realMigrations).map((m) => m.version));
    await db.close();
  });

  it('opens an existing database again without re-applying anything', async () => {
    const { dir } = scratch();
    const first = await openStorage(dir, realMigrations, clock);
    await first.run("INSERT INTO helper_calls (terminal_id, called_at) VALUES ('T1', 'now')");
    await first.close();
    const again = await openStorage(dir, realMigrations, clock);
    expect(await again.get('SELECT COUNT(*) AS n FROM helper_calls')).toEqual({ n: 1 });
    await again.close();
  });
});

describe('migrate', () => {
  it('applies pending migrations in order and records each', async () => {
    const s = scratch();
    writeFileSync(join(s.migrations, '001_a.sql'), 'CREATE TABLE a (x INTEGER);');
    writeFileSync(join(s.migrations, '002_b.sql'), 'CREATE TABLE b (y INTEGER); INSERT INTO a VALUES (1);');
    const db = await Database.open(s.file);
    expect(await migrate(db, readMigrations(s.migrations), clock)).toBe(2);
    expect(await db.all('SELECT version, name FROM schema_version')).toEqual([
      { version: 1, name: 'a' },
      { version: 2, name: 'b' },
    ]);
    await db.close();
  });

  it('leaves the previous schema intact when a migration fails halfway', async () => {
    const s = scratch();
    writeFileSync(join(s.migrations, '001_a.sql'), 'CREATE TABLE a (x INTEGER);');
    const db = await Database.open(s.file);
    await migrate(db, readMigrations(s.migrations), clock);
    await db.run('INSERT INTO a VALUES (7)');
    // The first statement works, the second fails: neither may stay.
    writeFileSync(join(s.migrations, '002_bad.sql'), 'CREATE TABLE b (y INTEGER); DELETE FROM a; INSERT INTO no_such_table VALUES (1);');
    await expect(migrate(db, readMigrations(s.migrations), clock)).rejects.toThrow(/no_such_table/);
    expect(await tables(db)).toEqual(['a', 'schema_version']);
    expect(await db.all('SELECT x FROM a')).toEqual([{ x: 7 }]);
    expect(await db.get('SELECT MAX(version) AS v FROM schema_version')).toEqual({ v: 1 });
    await db.close();
  });

  it('refuses a database written by a newer version of the app', async () => {
    const s = scratch();
    writeFileSync(join(s.migrations, '001_a.sql'), 'CREATE TABLE a (x INTEGER);');
    writeFileSync(join(s.migrations, '002_b.sql'), 'CREATE TABLE b (y INTEGER);');
    const db = await Database.open(s.file);
    await migrate(db, readMigrations(s.migrations), clock);
    const older = readMigrations(s.migrations).slice(0, 1);
    const error = await migrate(db, older, clock).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KioskError);
    expect(error).toMatchObject({ code: 'DB_FROM_FUTURE', messageKey: 'errors.storage.newerDatabase', details: { database: 2, app: 1 } });
    expect(await tables(db)).toEqual(['a', 'b', 'schema_version']);
    await db.close();
  });

  it('rejects a gap in the numbering', () => {
    const s = scratch();
    writeFileSync(join(s.migrations, '001_a.sql'), '');
    writeFileSync(join(s.migrations, '003_c.sql'), '');
    expect(() => readMigrations(s.migrations)).toThrow(/without gaps/);
  });
});

describe('transactions', () => {
  it('roll back everything a failing body wrote, and serialise concurrent callers', async () => {
    const s = scratch();
    const db = await Database.open(s.file);
    await db.exec('CREATE TABLE t (n INTEGER)');
    const failing = db.transaction(async (tx) => {
      await tx.run('INSERT INTO t VALUES (1)');
      throw new Error('boom');
    });
    const outside = db.run('INSERT INTO t VALUES (2)');
    await expect(failing).rejects.toThrow('boom');
    await outside;
    expect(await db.all('SELECT n FROM t')).toEqual([{ n: 2 }]);
    await db.close();
  });
});
