// The audit log: who did what on this terminal, append-only (triggers refuse UPDATE and DELETE) and
// hash-chained, so an inspector can prove nothing was changed: each entry's hash is SHA-256 over the
// previous entry's hash and the canonical JSON of the entry itself (id, at, actor, action, details).
// Editing a row breaks its own hash; removing one breaks the next entry's link.
import { createHash } from 'node:crypto';
import type { AuditEntry } from '../../../preload/contract';
import type { Clock } from '../clock';
import type { Database, Queryable } from '../storage/database';
import { canonicalJson } from './canonical-json';

/** The link before the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

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
  return id;
}

export interface AuditVerdict {
  ok: boolean;
  count: number;
  /** The first entry whose content or link does not match the chain; null when all do. */
  firstBrokenId: number | null;
}

const VERIFY_PAGE = 1000;

export class AuditLog {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  record(actor: string, action: string, details: Record<string, unknown>): Promise<number> {
    return this.db.transaction((tx) => appendAudit(tx, { at: this.clock.now(), actor, action, details }));
  }

  async recent(limit: number, before?: number): Promise<AuditEntry[]> {
    const rows = await this.db.all<AuditRow>('SELECT * FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT ?', [before ?? Number.MAX_SAFE_INTEGER, limit]);
    return rows.map((row) => ({ id: row.id, at: row.at, actor: row.actor, action: row.action, details: JSON.parse(row.details) as Record<string, unknown>, hash: row.hash }));
  }

  /** Walks the whole chain in pages, recomputing every hash from the stored columns. */
  async verify(): Promise<AuditVerdict> {
    let prevHash = GENESIS_HASH;
    let expectedId = 1;
    let count = 0;
    for (;;) {
      const rows = await this.db.all<AuditRow>('SELECT * FROM audit_log WHERE id >= ? ORDER BY id LIMIT ?', [expectedId, VERIFY_PAGE]);
      for (const row of rows) {
        let details: unknown;
        try {
          details = JSON.parse(row.details);
        } catch {
          return { ok: false, count, firstBrokenId: row.id };
        }
        // A gap in the ids is a removed entry: the first one after it no longer links.
        const intact = row.id === expectedId && row.prev_hash === prevHash && row.hash === entryHash(prevHash, { ...row, details });
        if (!intact) return { ok: false, count, firstBrokenId: row.id };
        prevHash = row.hash;
        expectedId = row.id + 1;
        count += 1;
      }
      if (rows.length < VERIFY_PAGE) return { ok: true, count, firstBrokenId: null };
    }
  }
}
