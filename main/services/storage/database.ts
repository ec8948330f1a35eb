// One SQLite file through the sqlite3 package, with every statement serialised so that a
// transaction's statements never interleave with another caller's.
import sqlite3 from 'sqlite3';
import { KioskError } from '../errors';

export type SqlParams = Record<string, unknown> | unknown[];

export interface RunResult {
  lastID: number;
  changes: number;
}

/** What a transaction body (and every service) is given to query with. */
export interface Queryable {
  run(sql: string, params?: SqlParams): Promise<RunResult>;
  get<T>(sql: string, params?: SqlParams): Promise<T | undefined>;
  all<T>(sql: string, params?: SqlParams): Promise<T[]>;
  exec(sql: string): Promise<void>;
}

// A full disk must read as a clear message on the screen, not as a raw SQLite string.
const storageError = (err: Error & { code?: string }): Error => (err.code === 'SQLITE_FULL' ? new KioskError('STORAGE_FULL', 'errors.storage.full') : err);

function direct(raw: sqlite3.Database): Queryable {
  return {
    run: (sql, params = []) =>
      new Promise((resolve, reject) =>
        raw.run(sql, params, function (this: sqlite3.RunResult, err: Error | null) {
          if (err) reject(storageError(err));
          else resolve({ lastID: this.lastID, changes: this.changes });
        }),
      ),
    get: <T>(sql: string, params: SqlParams = []) =>
      new Promise<T | undefined>((resolve, reject) =>
        raw.get(sql, params, (err: Error | null, row: T | undefined) => (err ? reject(storageError(err)) : resolve(row))),
      ),
    all: <T>(sql: string, params: SqlParams = []) =>
      new Promise<T[]>((resolve, reject) => raw.all(sql, params, (err: Error | null, rows: T[]) => (err ? reject(storageError(err)) : resolve(rows)))),
    exec: (sql) => new Promise((resolve, reject) => raw.exec(sql, (err) => (err ? reject(storageError(err)) : resolve()))),
  };
}

export class Database implements Queryable {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly q: Queryable;
  private readonly commitListeners: ((tx: Queryable) => void)[] = [];

  private constructor(private readonly raw: sqlite3.Database) {
    this.q = direct(raw);
  }

  static async open(file: string): Promise<Database> {
    const raw = await new Promise<sqlite3.Database>((resolve, reject) => {
      const db = new sqlite3.Database(file, (err) => (err ? reject(err) : resolve(db)));
    });
    const db = new Database(raw);
    raw.configure('busyTimeout', 5000);
    // WAL keeps readers off the writer's back; FULL makes a commit survive a power cut, which is
    // what "your receipt number is saved" on the screen promises (docs/DESIGN.md §4).
    // secure_delete: a wiped draft or purged payload is zeroed in the file, not left as free bytes.
    await db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;');
    return db;
  }

  /**
   * After a purge: rebuilds the file without its free pages and empties the WAL, whose old frames
   * still hold the rows as they were before they were wiped.
   */
  async reclaim(): Promise<void> {
    const free = await this.get<{ freelist_count: number }>('PRAGMA freelist_count');
    if ((free?.freelist_count ?? 0) > 0) await this.exec('VACUUM');
    await this.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  }

  private exclusive<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
    const result = this.tail.then(() => fn(this.q));
    this.tail = result.catch(() => undefined);
    return result;
  }

  run(sql: string, params?: SqlParams) {
    return this.exclusive((q) => q.run(sql, params));
  }
  get<T>(sql: string, params?: SqlParams) {
    return this.exclusive((q) => q.get<T>(sql, params));
  }
  all<T>(sql: string, params?: SqlParams) {
    return this.exclusive((q) => q.all<T>(sql, params));
  }
  exec(sql: string) {
    return this.exclusive((q) => q.exec(sql));
  }

  /**
   * Told, with the transaction's own Queryable, right after each transaction commits and before the
   * next statement runs: the audit log mirrors its head outside the file (audit-log.ts).
   */
  onCommit(listener: (tx: Queryable) => void): void {
    this.commitListeners.push(listener);
  }

  /** Runs `body` inside BEGIN IMMEDIATE … COMMIT; any throw rolls everything back. */
  transaction<T>(body: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.exclusive(async (q) => {
      await q.exec('BEGIN IMMEDIATE');
      // One object per transaction, so what a body noted on it never leaks into the next one.
      const tx: Queryable = { ...q };
      try {
        const result = await body(tx);
        await q.exec('COMMIT');
        for (const listener of this.commitListeners) listener(tx);
        return result;
      } catch (err) {
        await q.exec('ROLLBACK').catch(() => undefined);
        throw err;
      }
    });
  }

  close(): Promise<void> {
    return this.exclusive(() => new Promise<void>((resolve, reject) => this.raw.close((err) => (err ? reject(err) : resolve()))));
  }
}
