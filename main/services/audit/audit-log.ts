// The audit log: who did what on this terminal, append-only (triggers refuse UPDATE and DELETE) and
// hash-chained, so an inspector can prove nothing was changed: each entry's hash is SHA-256 over the
// previous entry's hash and the canonical JSON of the entry itself (id, at, actor, action, details).
// Editing a row breaks its own hash; removing one breaks the next entry's link. Removing the LAST
// entries leaves a valid shorter chain, so the head is also kept outside the table: after each
// append commits, {id, hash, at} of the head goes to an anchor file in the data folder, and every
// submission tells the court the head it had when sent (court/README.md), a witness off the terminal
// that checkWitness() holds the log against.
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { createHash } from 'node:crypto';
import type { AuditEntry, AuditWitness, WitnessCheck } from '../../../contract';
import type { Clock } from '../clock';
import type { Database, Queryable } from '../storage/database';
import { canonicalJson } from './canonical-json';

/** The link before the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** The anchor file's name in the data folder. */
export const AUDIT_ANCHOR_FILE = 'audit-anchor.json';

/** The chain's head as the anchor file and the court keep it. */
export interface AuditHead {
  id: number;
  hash: string;
}

/** The newest entry each transaction appended, read once it has committed; a rolled-back one is never read. */
const appendedHeads = new WeakMap<Queryable, AuditHead & { at: string }>();

/** The head of the chain now, for a witness to keep; null for an empty log. */
export const auditHead = async (q: Queryable): Promise<AuditHead | null> =>
  (await q.get<AuditHead>('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1')) ?? null;

export interface NewAuditEntry {
  at: Date;
  /** A staff id, 'litigant', 'cli' or 'system' (the terminal itself, e.g. on first start). */
  actor: string;
  /** What was done, e.g. staff.signIn, config.set, submission. */
  action: string;
  details: Record<string, unknown>;
}

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  details: string;
  prev_hash: string;
  hash: string;
}

export const entryHash = (prevHash: string, entry: { id: number; at: string; actor: string; action: string; details: unknown }): string =>
  createHash('sha256')
    .update(prevHash + canonicalJson({ id: entry.id, at: entry.at, actor: entry.actor, action: entry.action, details: entry.details }))
    .digest('hex');

/**
 * Call inside the transaction that does what is recorded, so the deed and its entry are saved
 * together; the transaction also keeps two appends from taking the same previous hash.
 */
export async function appendAudit(tx: Queryable, entry: NewAuditEntry): Promise<number> {
  const last = await tx.get<{ id: number; hash: string }>('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1');
  const id = (last?.id ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  // Round-tripped so the hash covers exactly what is stored and read back.
  const details = JSON.parse(canonicalJson(entry.details)) as Record<string, unknown>;
  const at = entry.at.toISOString();
  const hash = entryHash(prevHash, { id, at, actor: entry.actor, action: entry.action, details });
  await tx.run('INSERT INTO audit_log (id, at, actor, action, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)', [
    id,
    at,
    entry.actor,
    entry.action,
    canonicalJson(details),
    prevHash,
    hash,
  ]);
  appendedHeads.set(tx, { id, hash, at });
  return id;
}

export interface AuditVerdict {
  ok: boolean;
  count: number;
  /** The first entry whose content or link does not match the chain; null when all do. */
  firstBrokenId: number | null;
  /** The chain is intact but the anchor names a later (or another) head: the entries after this id are missing. */
  missingAfter: number | null;
  /** The log has entries but the anchor file is gone, so nobody can say whether its end was cut off. */
  anchorMissing: boolean;
}

const VERIFY_PAGE = 1000;

export interface AuditLogOptions {
  /** Where the head is mirrored: <data folder>/audit-anchor.json. */
  anchorFile: string;
  /** A failed anchor write must not undo what was committed: it is logged, and verify will show the lag. */
  log: (message: string, context?: Record<string, unknown>) => void;
}

export interface AuditLogDeps {
  db: Database;
  clock: Clock;
  options: AuditLogOptions;
}

export class AuditLog {
  /**
   * Whether this process may move the anchor: only once it has found the anchor naming an entry the
   * table still holds unchanged (or no anchor and no entries: a new terminal). Otherwise the next
   * append would overwrite the evidence of a cut-off tail with the head of the shortened chain.
   */
  private anchorTrusted = false;
  /** Whether an anchor file should exist now: one gone since is evidence too, not a gap to fill. */
  private anchorWritten = false;

  private readonly db: Database;
  private readonly clock: Clock;
  private readonly options: AuditLogOptions;

  constructor({ db, clock, options }: AuditLogDeps) {
    this.db = db;
    this.clock = clock;
    this.options = options;
    db.onCommit((tx) => {
      const head = appendedHeads.get(tx);
      if (!head || !this.anchorTrusted) return;
      try {
        if (this.anchorWritten && !existsSync(options.anchorFile)) {
          this.anchorTrusted = false;
          options.log('audit anchor file removed while running: left missing for an inspector (cli audit verify)', { file: options.anchorFile });
          return;
        }
        writeAnchor(options.anchorFile, head);
        this.anchorWritten = true;
      } catch (err) {
        options.log('audit anchor not written', { file: options.anchorFile, error: err instanceof Error ? err.message : String(err) });
      }
    });
  }

  /** Call once at start, before anything is appended: decides whether this process may move the anchor. */
  async checkAnchor(): Promise<void> {
    const anchor = readAnchor(this.options.anchorFile);
    const head = await auditHead(this.db);
    const held = anchor && (await this.db.get<{ hash: string }>('SELECT hash FROM audit_log WHERE id = ?', [anchor.id]));
    this.anchorTrusted = anchor === null ? head === null : held?.hash === anchor.hash;
    this.anchorWritten = anchor !== null;
    if (!this.anchorTrusted) this.options.log('audit anchor does not match the log: left as found for an inspector (cli audit verify)', { anchor, head });
  }

  record(actor: string, action: string, details: Record<string, unknown>): Promise<number> {
    return this.db.transaction((tx) => appendAudit(tx, { at: this.clock.now(), actor, action, details }));
  }

  async recent(limit: number, before?: number): Promise<AuditEntry[]> {
    const rows = await this.db.all<AuditRow>('SELECT * FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT ?', [before ?? Number.MAX_SAFE_INTEGER, limit]);
    return rows.map((row) => ({
      id: row.id,
      at: row.at,
      actor: row.actor,
      action: row.action,
      details: JSON.parse(row.details) as Record<string, unknown>,
      hash: row.hash,
    }));
  }

  /**
   * Walks the whole chain in pages, recomputing every hash from the stored columns, then holds its
   * end against the anchor. An anchor behind the table is no fault (a crash between a commit and
   * the anchor write) as long as the entry it names is still there, unchanged.
   */
  async verify(): Promise<AuditVerdict> {
    const anchor = readAnchor(this.options.anchorFile);
    let prevHash = GENESIS_HASH;
    let expectedId = 1;
    let count = 0;
    let anchored: boolean | null = null;
    const broken = (firstBrokenId: number): AuditVerdict => ({ ok: false, count, firstBrokenId, missingAfter: null, anchorMissing: false });
    for (;;) {
      const rows = await this.db.all<AuditRow>('SELECT * FROM audit_log WHERE id >= ? ORDER BY id LIMIT ?', [expectedId, VERIFY_PAGE]);
      for (const row of rows) {
        let details: unknown;
        try {
          details = JSON.parse(row.details);
        } catch {
          return broken(row.id);
        }
        // A gap in the ids is a removed entry: the first one after it no longer links.
        const intact = row.id === expectedId && row.prev_hash === prevHash && row.hash === entryHash(prevHash, { ...row, details });
        if (!intact) return broken(row.id);
        if (anchor && row.id === anchor.id) anchored = row.hash === anchor.hash;
        prevHash = row.hash;
        expectedId = row.id + 1;
        count += 1;
      }
      if (rows.length < VERIFY_PAGE) break;
    }
    if (anchor === null) return { ok: count === 0, count, firstBrokenId: null, missingAfter: null, anchorMissing: count > 0 };
    // The table ends before the anchored head, or holds another entry under its id: the tail was cut (and perhaps rewritten).
    if (anchored !== true) {
      const missingAfter = anchored === null ? count : anchor.id - 1;
      return { ok: false, count, firstBrokenId: null, missingAfter, anchorMissing: false };
    }
    return { ok: true, count, firstBrokenId: null, missingAfter: null, anchorMissing: false };
  }

  /**
   * Holds the log against a head the court received: the one check a tamperer who rewrote every hash
   * and the anchor file cannot pass, as the court's copy is out of their reach. Only the entry the
   * witness names is compared; verify() proves the chain up to it.
   */
  async checkWitness(witness: AuditWitness | null): Promise<WitnessCheck> {
    const lastId = (await auditHead(this.db))?.id ?? 0;
    if (witness === null) return { witness, verdict: 'none', lastId };
    const held = await this.db.get<{ hash: string }>('SELECT hash FROM audit_log WHERE id = ?', [witness.id]);
    const verdict = held === undefined ? 'beyondEnd' : held.hash === witness.hash ? 'agrees' : 'differs';
    return { witness, verdict, lastId };
  }
}

/** Temp file, fsync, rename, fsync of the folder: the anchor on disk is always a whole one. */
function writeAnchor(file: string, head: AuditHead & { at: string }): void {
  const temp = `${file}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, JSON.stringify({ id: head.id, hash: head.hash, at: head.at }));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
  const dir = openSync(dirname(file), 'r');
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}

/** The anchored head; null when there is no anchor file, or only a mangled one, which proves nothing either. */
function readAnchor(file: string): AuditHead | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  try {
    const { id, hash } = JSON.parse(text) as Partial<AuditHead>;
    return Number.isInteger(id) && typeof hash === 'string' ? { id: id!, hash } : null;
  } catch {
    return null;
  }
}
