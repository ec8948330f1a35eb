// Taking up a filing draft after a crash or power cut: the visit gets a short code (shown on screen)
// and, once the filer is known, their ID number as a salted hash. Either finds the draft of a visit
// that never ended properly; its data and scanned pages move to the visit asking for them.
// Drafts nobody takes up are wiped with their pages after RESUME_HOURS (the privacy rules). Codes
// are short, so wrong tries are counted: too many lock resuming on this terminal for a while.
// A visit wiped while idle ends properly, but the screen promised its code would still work: its
// draft is sealed under a key only the code and the filer's ID number give (the ID is held in
// memory for that, never on disk) and kept for the terminal's resume window (idle.resumeMinutes).
import { createCipheriv, createDecipheriv, createHash, randomBytes, randomInt, scrypt } from 'node:crypto';
import { promisify } from 'node:util';
import type { Clock } from '../clock';
import { KioskError } from '../errors';
import { requireAnyIdDocument } from '../identity/identity-documents';
import { AttemptGuard } from '../storage/attempt-guard';
import type { Database, Queryable } from '../storage/database';
import type { EvidenceStore } from './evidence-store';

/** The flow name the filing screens save their draft under (draft.save). */
export const FILING_FLOW = 'filing';
/** Long enough to come back after a power cut the same day; short enough that little waits on disk. */
export const RESUME_HOURS = 24;
/** No 0/O, 1/I/L: the code is read off a screen and typed on a keypad. */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const CODE_LENGTH = 6;
/**
 * 31^6 codes, a handful open at a time: 5 wrong codes or ID cards in a row, then 5 minutes' wait,
 * leaves walking the codes hopeless and costs someone who mistyped little (as the staff PIN pad does).
 */
export const RESUME_GUARD = { maxWrong: 5, lockMs: 5 * 60_000 } as const;

const scryptKey = promisify(scrypt) as (secret: string, salt: Buffer, length: number) => Promise<Buffer>;
/** The seal's key: neither the code (31^6) nor the ID number alone opens it. */
const sealKey = (code: string, idNumber: string, salt: Buffer) => scryptKey(`${code}|${idNumber}`, salt, 32);

const hashId = (salt: string, idNumber: string) => `${salt}:${createHash('sha256').update(`${salt}|${idNumber}`).digest('hex')}`;

type ResumeQuery = { code: string; idNumber: string } | { code: string } | { idNumber: string };

export interface FilingDraftsDeps {
  db: Database;
  clock: Clock;
  evidence: EvidenceStore;
  currentSession: () => Promise<string | null>;
  /** The terminal's idle.resumeMinutes: how long a draft wiped while idle stays sealed. */
  resumeMinutes: () => Promise<number>;
  newCode?: () => string;
}

interface SealedRow {
  salt: Buffer;
  iv: Buffer;
  tag: Buffer;
  sealed: Buffer;
}

export class FilingDrafts {
  private readonly guard: AttemptGuard;
  /** Tries run one at a time: guesses fired together would otherwise all pass the lock check. */
  private tries: Promise<unknown> = Promise.resolve();

  private readonly db: Database;
  private readonly clock: Clock;
  private readonly evidence: EvidenceStore;
  private readonly currentSession: () => Promise<string | null>;
  private readonly newCode: () => string;
  private readonly resumeMinutes: () => Promise<number>;
  /** The filer's ID number per visit, only in memory: it and the code are the seal's key. */
  private readonly filerIds = new Map<string, string>();

  constructor({
    db,
    clock,
    evidence,
    currentSession,
    resumeMinutes,
    newCode = () => Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join(''),
  }: FilingDraftsDeps) {
    this.db = db;
    this.clock = clock;
    this.evidence = evidence;
    this.currentSession = currentSession;
    this.newCode = newCode;
    this.resumeMinutes = resumeMinutes;
    this.guard = new AttemptGuard({ db, clock, key: 'filing.resume', rule: RESUME_GUARD });
  }

  /** The visit's resume code, made once; the filer's ID number can be added to it later. */
  async resumeCode(idNumber: string | null): Promise<{ code: string; expiresAt: string }> {
    const sessionId = await this.requireSession();
    const id = idNumber === null ? null : this.requireId(idNumber);
    const idHash = id === null ? null : hashId(randomBytes(8).toString('hex'), id);
    if (id !== null) this.filerIds.set(sessionId, id);
    const expiresAt = new Date(this.clock.now().getTime() + RESUME_HOURS * 3_600_000).toISOString();
    return this.db.transaction(async (tx) => {
      const existing = await tx.get<{ code: string; expires_at: string }>('SELECT code, expires_at FROM filing_resume WHERE session_id = ?', [sessionId]);
      if (existing) {
        if (idHash !== null) await tx.run('UPDATE filing_resume SET id_hash = ? WHERE session_id = ?', [idHash, sessionId]);
        return { code: existing.code, expiresAt: existing.expires_at };
      }
      for (;;) {
        const code = this.newCode();
        const { changes } = await tx.run('INSERT OR IGNORE INTO filing_resume (code, session_id, id_hash, expires_at) VALUES (?, ?, ?, ?)', [
          code,
          sessionId,
          idHash,
          expiresAt,
        ]);
        if (changes === 1) return { code, expiresAt };
      }
    });
  }

  /**
   * Called inside the idle wipe's transaction, before the visit's drafts are deleted: seals the
   * filing draft under its code and the filer's ID. Without both (no ID given yet) nothing is kept.
   */
  async seal(tx: Queryable, sessionId: string): Promise<void> {
    const idNumber = this.filerIds.get(sessionId);
    this.filerIds.delete(sessionId);
    const resume = await tx.get<{ code: string }>('SELECT code FROM filing_resume WHERE session_id = ?', [sessionId]);
    await tx.run('DELETE FROM filing_resume WHERE session_id = ?', [sessionId]);
    const draft = await tx.get<{ data: string; provenance: string }>('SELECT data, provenance FROM drafts WHERE session_id = ? AND flow = ?', [
      sessionId,
      FILING_FLOW,
    ]);
    if (idNumber === undefined || !resume || !draft) return;
    const salt = randomBytes(16);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', await sealKey(resume.code, idNumber, salt), iv);
    const sealed = Buffer.concat([cipher.update(JSON.stringify({ data: draft.data, provenance: draft.provenance })), cipher.final()]);
    await tx.run('INSERT OR REPLACE INTO filing_sealed (code, salt, iv, tag, sealed, sealed_at) VALUES (?, ?, ?, ?, ?, ?)', [
      resume.code,
      salt,
      iv,
      cipher.getAuthTag(),
      sealed,
      this.clock.now().toISOString(),
    ]);
  }

  async resume(query: ResumeQuery): Promise<{ data: Record<string, unknown> }> {
    const turn = this.tries.then(() => this.guarded(query));
    this.tries = turn.catch(() => undefined);
    return turn;
  }

  private async guarded(query: ResumeQuery): Promise<{ data: Record<string, unknown> }> {
    await this.requireSession();
    const lockedUntil = await this.guard.lockedUntil();
    if (lockedUntil) throw this.locked(lockedUntil);
    try {
      const found = await this.take(query);
      await this.guard.passed();
      return found;
    } catch (err) {
      if (!(err instanceof KioskError) || err.code !== 'RESUME_NOT_FOUND') throw err;
      const { lockedUntil: until, triesLeft } = await this.guard.wrong();
      if (until) throw this.locked(until);
      throw new KioskError('RESUME_NOT_FOUND', 'complaint.errors.resumeNotFound', { triesLeft });
    }
  }

  private locked(until: string): KioskError {
    const minutes = Math.max(1, Math.ceil((Date.parse(until) - this.clock.now().getTime()) / 60_000));
    return new KioskError('RESUME_LOCKED', 'complaint.errors.resumeLocked', { until, minutes });
  }

  private async take(query: ResumeQuery): Promise<{ data: Record<string, unknown> }> {
    const sessionId = await this.requireSession();
    const now = this.clock.now().toISOString();
    if ('code' in query && 'idNumber' in query) {
      const unsealed = await this.unseal(sessionId, query.code.trim().toUpperCase(), this.requireId(query.idNumber), now);
      if (unsealed) return unsealed;
    }
    const open = await this.db.all<{ code: string; session_id: string; id_hash: string | null }>(
      `SELECT r.code, r.session_id, r.id_hash FROM filing_resume r JOIN sessions s ON s.id = r.session_id
       WHERE r.expires_at > ? AND s.ended_at IS NULL AND r.session_id <> ?`,
      [now, sessionId],
    );
    const id = 'idNumber' in query ? this.requireId(query.idNumber) : null;
    const found = open.find((r) =>
      'code' in query ? r.code === query.code.trim().toUpperCase() : r.id_hash !== null && hashId(r.id_hash.split(':')[0]!, id!) === r.id_hash,
    );
    if (!found) throw new KioskError('RESUME_NOT_FOUND', 'complaint.errors.resumeNotFound');
    return this.db.transaction(async (tx) => {
      const draft = await tx.get<{ data: string }>('SELECT data FROM drafts WHERE session_id = ? AND flow = ?', [found.session_id, FILING_FLOW]);
      if (!draft) throw new KioskError('RESUME_NOT_FOUND', 'complaint.errors.resumeNotFound');
      await tx.run('DELETE FROM drafts WHERE session_id = ? AND flow = ?', [sessionId, FILING_FLOW]);
      await tx.run('UPDATE drafts SET session_id = ? WHERE session_id = ? AND flow = ?', [sessionId, found.session_id, FILING_FLOW]);
      await this.evidence.move(tx, found.session_id, sessionId);
      await tx.run('DELETE FROM filing_resume WHERE session_id = ?', [sessionId]);
      await tx.run('UPDATE filing_resume SET session_id = ? WHERE code = ?', [sessionId, found.code]);
      // The crashed visit is over now: nothing of it is left to take up.
      await tx.run('UPDATE sessions SET ended_at = ? WHERE id = ?', [now, found.session_id]);
      return { data: JSON.parse(draft.data) as Record<string, unknown> };
    });
  }

  /** The sealed draft under this code, opened with the ID and moved to this visit; null if no draft is sealed under it. */
  private async unseal(sessionId: string, code: string, idNumber: string, now: string): Promise<{ data: Record<string, unknown> } | null> {
    const row = await this.db.get<SealedRow>('SELECT salt, iv, tag, sealed FROM filing_sealed WHERE code = ? AND sealed_at > ?', [
      code,
      await this.sealedSince(),
    ]);
    if (!row) return null;
    let opened: { data: string; provenance: string };
    try {
      const decipher = createDecipheriv('aes-256-gcm', await sealKey(code, idNumber, row.salt), row.iv);
      decipher.setAuthTag(row.tag);
      opened = JSON.parse(Buffer.concat([decipher.update(row.sealed), decipher.final()]).toString('utf8')) as typeof opened;
    } catch {
      // A wrong ID number fails the GCM tag: counted like a wrong code.
      throw new KioskError('RESUME_NOT_FOUND', 'complaint.errors.resumeNotFound');
    }
    return this.db.transaction(async (tx) => {
      await tx.run('DELETE FROM filing_sealed WHERE code = ?', [code]);
      await tx.run(
        'INSERT INTO drafts (session_id, flow, data, saved_at, provenance) VALUES (?, ?, ?, ?, ?) ON CONFLICT(session_id, flow) DO UPDATE SET data = excluded.data, saved_at = excluded.saved_at, provenance = excluded.provenance',
        [sessionId, FILING_FLOW, opened.data, now, opened.provenance],
      );
      return { data: JSON.parse(opened.data) as Record<string, unknown> };
    });
  }

  /** Drafts sealed before this are past the resume window. */
  private async sealedSince(): Promise<string> {
    return new Date(this.clock.now().getTime() - (await this.resumeMinutes()) * 60_000).toISOString();
  }

  /**
   * Wipes what visits left behind: codes and pages of visits that ended, and drafts, codes and pages
   * of visits abandoned in a crash more than RESUME_HOURS ago. Run at every visit's end and hourly.
   */
  async wipe(): Promise<number> {
    const current = await this.currentSession();
    const cutoff = new Date(this.clock.now().getTime() - RESUME_HOURS * 3_600_000).toISOString();
    const sealedSince = await this.sealedSince();
    await this.db.transaction(async (tx) => {
      const abandoned = `SELECT id FROM sessions WHERE ended_at IS NULL AND started_at < ? AND id IS NOT ?`;
      await tx.run(`DELETE FROM drafts WHERE session_id IN (${abandoned})`, [cutoff, current]);
      await tx.run(
        `DELETE FROM filing_resume WHERE expires_at <= ? OR session_id IN (SELECT id FROM sessions WHERE ended_at IS NOT NULL) OR session_id IN (${abandoned})`,
        [this.clock.now().toISOString(), cutoff, current],
      );
      await tx.run('DELETE FROM filing_sealed WHERE sealed_at <= ?', [sealedSince]);
    });
    // secure_delete zeroes the pages; this also empties the write-ahead log, which still holds the old frames.
    await this.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    return this.evidence.wipe(cutoff, current);
  }

  /** The visit under way; refused before the first touch. */
  async requireSession(): Promise<string> {
    const id = await this.currentSession();
    if (id === null) throw new KioskError('NO_SESSION', 'errors.session.none');
    return id;
  }

  /** Any accepted document's number, normalised as the filing stores it: a passport holder's draft is sealed too. */
  private requireId(idNumber: string): string {
    return requireAnyIdDocument(idNumber, this.clock.now());
  }
}

/**
 * The visit under way: the newest, unless it has ended. SessionService keeps it only in memory; an
 * older visit left open by a crash is never mistaken for it once a new visit has started.
 */
export async function openSessionId(db: Database): Promise<string | null> {
  const row = await db.get<{ id: string; ended_at: string | null }>('SELECT id, ended_at FROM sessions ORDER BY started_at DESC, rowid DESC LIMIT 1');
  return row && row.ended_at === null ? row.id : null;
}
