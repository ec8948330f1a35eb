// Scanned evidence pages: image files in the data folder, referenced from SQLite, held to the
// limits of evidence-limits.data.ts. Pages belong to the visit until a filing takes them, and are
// deleted, files and all, when the visit is wiped.
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EvidencePage, EvidencePages, ScannedPage } from '../../../contract';
import type { Clock } from '../clock';
import type { ScannedImage } from '../devices/scanner';
import { KioskError } from '../errors';
import type { Database, Queryable } from '../storage/database';
import { EVIDENCE_LIMITS } from './evidence-limits.data';

interface PageRow {
  id: string;
  evidence_id: string | null;
  position: number | null;
  file: string;
  mime: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
  bytes: number;
  thumbnail: Buffer;
}

const COLUMNS = 'id, evidence_id, position, file, mime, width, height, bytes, thumbnail';
const dataUrl = (mime: string, data: Buffer) => `data:${mime};base64,${data.toString('base64')}`;
const EXTENSIONS = { 'image/png': 'png', 'image/jpeg': 'jpg' } as const;

export interface StoredPage {
  id: string;
  evidenceId: string;
  mime: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
  data: Buffer;
}

export interface EvidenceStoreDeps {
  db: Database;
  clock: Clock;
  folder: string;
  newId?: () => string;
}

export class EvidenceStore {
  private readonly db: Database;
  private readonly clock: Clock;
  private readonly folder: string;
  private readonly newId: () => string;

  constructor({ db, clock, folder, newId = randomUUID }: EvidenceStoreDeps) {
    this.db = db;
    this.clock = clock;
    this.folder = folder;
    this.newId = newId;
  }

  /** Keeps freshly scanned pages for the visit; they wait for addPage. */
  async keepScans(sessionId: string, images: readonly ScannedImage[]): Promise<ScannedPage[]> {
    await mkdir(this.folder, { recursive: true });
    const pages: ScannedPage[] = [];
    for (const image of images) {
      if (image.data.length > EVIDENCE_LIMITS.bytesPerPage)
        throw new KioskError('EVIDENCE_PAGE_TOO_LARGE', 'complaint.errors.pageTooLarge', { maxBytes: EVIDENCE_LIMITS.bytesPerPage });
      const id = this.newId();
      const file = `${id}.${EXTENSIONS[image.mime]}`;
      // The file first: a crash before the row leaves only a stray file, which sweep() removes.
      await writeFile(join(this.folder, file), image.data);
      await this.db.run(
        `INSERT INTO evidence_pages (id, session_id, file, mime, width, height, bytes, thumbnail, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [id, sessionId, file, image.mime, image.width, image.height, image.data.length, image.thumbnail, this.clock.now().toISOString()],
      );
      pages.push({
        scanId: id,
        mime: image.mime,
        width: image.width,
        height: image.height,
        bytes: image.data.length,
        thumbnail: dataUrl('image/png', image.thumbnail),
      });
    }
    return pages;
  }

  async addPage(sessionId: string, evidenceId: string, scanId: string): Promise<EvidencePages> {
    await this.db.transaction(async (tx) => {
      const scan = await tx.get<PageRow>(`SELECT ${COLUMNS} FROM evidence_pages WHERE id = ? AND session_id = ? AND filing_id IS NULL`, [scanId, sessionId]);
      if (!scan) throw new KioskError('SCAN_NOT_FOUND', 'complaint.errors.scanNotFound');
      if (scan.evidence_id !== null) throw new KioskError('PAGE_ALREADY_ADDED', 'complaint.errors.pageAlreadyAdded');
      const used = await this.used(tx, sessionId);
      const inItem = (await tx.get<{ n: number }>('SELECT COUNT(*) AS n FROM evidence_pages WHERE session_id = ? AND evidence_id = ? AND filing_id IS NULL', [
        sessionId,
        evidenceId,
      ]))!.n;
      if (inItem >= EVIDENCE_LIMITS.pagesPerItem)
        throw new KioskError('EVIDENCE_ITEM_FULL', 'complaint.errors.itemFull', { max: EVIDENCE_LIMITS.pagesPerItem });
      if (used.pages >= EVIDENCE_LIMITS.pagesTotal)
        throw new KioskError('EVIDENCE_PAGES_FULL', 'complaint.errors.pagesFull', { max: EVIDENCE_LIMITS.pagesTotal });
      if (used.bytes + scan.bytes > EVIDENCE_LIMITS.bytesTotal)
        throw new KioskError('EVIDENCE_BYTES_FULL', 'complaint.errors.bytesFull', { maxBytes: EVIDENCE_LIMITS.bytesTotal });
      await tx.run('UPDATE evidence_pages SET evidence_id = ?, position = ? WHERE id = ?', [evidenceId, inItem, scanId]);
    });
    return this.pages(sessionId);
  }

  /** Before the first touch there is no visit, and so no pages. */
  async pages(sessionId: string | null): Promise<EvidencePages> {
    const rows = await this.db.all<PageRow>(
      `SELECT ${COLUMNS} FROM evidence_pages WHERE session_id = ? AND filing_id IS NULL AND evidence_id IS NOT NULL ORDER BY evidence_id, position`,
      [sessionId],
    );
    return { pages: rows.map(toPage), limits: { ...EVIDENCE_LIMITS }, used: await this.used(this.db, sessionId) };
  }

  async removePage(sessionId: string, pageId: string): Promise<EvidencePages> {
    const row = await this.db.transaction(async (tx) => {
      const page = await tx.get<PageRow>(`SELECT ${COLUMNS} FROM evidence_pages WHERE id = ? AND session_id = ? AND filing_id IS NULL`, [pageId, sessionId]);
      if (!page) throw new KioskError('PAGE_NOT_FOUND', 'complaint.errors.pageNotFound');
      await tx.run('DELETE FROM evidence_pages WHERE id = ?', [pageId]);
      if (page.evidence_id !== null) {
        await tx.run('UPDATE evidence_pages SET position = position - 1 WHERE session_id = ? AND evidence_id = ? AND filing_id IS NULL AND position > ?', [
          sessionId,
          page.evidence_id,
          page.position,
        ]);
      }
      return page;
    });
    await rm(join(this.folder, row.file), { force: true });
    return this.pages(sessionId);
  }

  async reorder(sessionId: string, evidenceId: string, pageIds: readonly string[]): Promise<EvidencePages> {
    await this.db.transaction(async (tx) => {
      const current = await tx.all<{ id: string }>('SELECT id FROM evidence_pages WHERE session_id = ? AND evidence_id = ? AND filing_id IS NULL', [
        sessionId,
        evidenceId,
      ]);
      const same = current.length === pageIds.length && new Set(pageIds).size === pageIds.length && current.every((r) => pageIds.includes(r.id));
      if (!same) throw new KioskError('REORDER_MISMATCH', 'complaint.errors.reorderMismatch');
      for (const [position, id] of pageIds.entries()) await tx.run('UPDATE evidence_pages SET position = ? WHERE id = ?', [position, id]);
    });
    return this.pages(sessionId);
  }

  /** Inside the submit transaction: the visit's pages of these items now belong to the filing; pages of other items are dropped. */
  async attach(tx: Queryable, sessionId: string, filingId: string, evidenceIds: readonly string[]): Promise<number> {
    const placeholders = evidenceIds.map(() => '?').join(', ');
    const { changes } = await tx.run(
      `UPDATE evidence_pages SET filing_id = ? WHERE session_id = ? AND filing_id IS NULL AND evidence_id IN (${placeholders || 'NULL'})`,
      [filingId, sessionId, ...evidenceIds],
    );
    return changes;
  }

  /** A filing's pages, item by item in order, with their images, for the bundle PDF. */
  async filingPages(filingId: string): Promise<StoredPage[]> {
    const rows = await this.db.all<PageRow>(`SELECT ${COLUMNS} FROM evidence_pages WHERE filing_id = ? ORDER BY evidence_id, position`, [filingId]);
    return Promise.all(
      rows.map(async (r) => ({
        id: r.id,
        evidenceId: r.evidence_id!,
        mime: r.mime,
        width: r.width,
        height: r.height,
        data: await readFile(join(this.folder, r.file)),
      })),
    );
  }

  /** Moves a crashed visit's pages to the visit taking up its draft. */
  async move(tx: Queryable, fromSession: string, toSession: string): Promise<void> {
    await tx.run('UPDATE evidence_pages SET session_id = ? WHERE session_id = ? AND filing_id IS NULL', [toSession, fromSession]);
  }

  /**
   * Deletes pages no filing took that belong to visits which are over: wiped (ended), or abandoned
   * in a crash before `abandonedBefore`. Returns how many went.
   */
  async wipe(abandonedBefore: string, currentSession: string | null): Promise<number> {
    const rows = await this.db.all<{ id: string; file: string }>(
      `SELECT p.id, p.file FROM evidence_pages p JOIN sessions s ON s.id = p.session_id
       WHERE p.filing_id IS NULL AND s.id IS NOT ? AND (s.ended_at IS NOT NULL OR s.started_at < ?)`,
      [currentSession, abandonedBefore],
    );
    for (const row of rows) {
      await this.db.run('DELETE FROM evidence_pages WHERE id = ?', [row.id]);
      await rm(join(this.folder, row.file), { force: true });
    }
    return rows.length;
  }

  /** Removes a filing's page files once its personal data is purged. */
  async purgeFiling(tx: Queryable, filingId: string): Promise<string[]> {
    const rows = await tx.all<{ file: string }>('SELECT file FROM evidence_pages WHERE filing_id = ?', [filingId]);
    await tx.run('DELETE FROM evidence_pages WHERE filing_id = ?', [filingId]);
    return rows.map((r) => r.file);
  }

  async deleteFiles(files: readonly string[]): Promise<void> {
    for (const file of files) await rm(join(this.folder, file), { force: true });
  }

  /** Files no row refers to: what a crash between writing a file and its row leaves behind. */
  async sweep(): Promise<number> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    const known = new Set((await this.db.all<{ file: string }>('SELECT file FROM evidence_pages')).map((r) => r.file));
    const stray = names.filter((n) => !known.has(n));
    await this.deleteFiles(stray);
    return stray.length;
  }

  private async used(q: Queryable, sessionId: string | null): Promise<{ pages: number; bytes: number }> {
    const row = await q.get<{ pages: number; bytes: number | null }>(
      'SELECT COUNT(*) AS pages, SUM(bytes) AS bytes FROM evidence_pages WHERE session_id = ? AND filing_id IS NULL AND evidence_id IS NOT NULL',
      [sessionId],
    );
    return { pages: row!.pages, bytes: row!.bytes ?? 0 };
  }
}

function toPage(r: PageRow): EvidencePage {
  return {
    id: r.id,
    evidenceId: r.evidence_id!,
    position: r.position!,
    mime: r.mime,
    width: r.width,
    height: r.height,
    bytes: r.bytes,
    thumbnail: dataUrl('image/png', r.thumbnail),
  };
}
