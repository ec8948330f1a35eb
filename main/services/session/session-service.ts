// A litigant's visit: started on the first touch, wiped at the end or when the kiosk goes idle.
// Drafts are what the litigant has typed so far; nothing of them survives the wipe in the clear (a
// filing draft with a resume code and the filer's ID is sealed for a while by beforeWipe). A visit still
// current when another starts (the screen reloaded or crashed, main did not) is left abandoned, not
// wiped: its filing draft can be taken up with its resume code until filing-drafts.ts wipes it. A helper may
// start the visit on the litigant's behalf (assisted filing): then every draft field records who
// typed it, and assistedBy() tells the services that file and print whose help it was (帮办人).
import { randomUUID } from 'node:crypto';
import type { FieldProvenance } from '../../../contract';
import type { Clock } from '../clock';
import { KioskError } from '../errors';
import type { Database, Queryable } from '../storage/database';
import { changedFields } from './provenance';

/** A draft is a form in progress, not a document store; scanned pages are kept elsewhere. */
export const MAX_DRAFT_BYTES = 256 * 1024;

/** Who is typing a draft: the litigant, or the helper assisting this visit. */
export type DraftAuthor = { by: 'litigant' } | { by: 'helper'; staffId: string };

export interface SessionServiceDeps {
  db: Database;
  clock: Clock;
  newId?: () => string;
  /** Told, inside the wipe's transaction, before a visit's drafts go (filing-drafts.ts seals the filing draft). */
  beforeWipe?: (tx: Queryable, sessionId: string) => Promise<void>;
}

export class SessionService {
  private current: string | null = null;
  private assistingHelper: string | null = null;

  private readonly db: Database;
  private readonly clock: Clock;
  private readonly newId: () => string;
  private readonly beforeWipe: (tx: Queryable, sessionId: string) => Promise<void>;

  constructor({ db, clock, newId = randomUUID, beforeWipe = async () => undefined }: SessionServiceDeps) {
    this.db = db;
    this.clock = clock;
    this.newId = newId;
    this.beforeWipe = beforeWipe;
  }

  /**
   * assistedBy: the helper starting the visit for a litigant (session.startAssisted). Only reset()
   * ends a visit; one still current here is abandoned with its drafts (ended_at stays empty).
   */
  async start(language: string, assistedBy: string | null = null): Promise<{ sessionId: string; startedAt: string }> {
    const sessionId = this.newId();
    const startedAt = this.clock.now().toISOString();
    await this.db.run('INSERT INTO sessions (id, language, started_at, assisted_by) VALUES (?, ?, ?, ?)', [sessionId, language, startedAt, assistedBy]);
    this.current = sessionId;
    this.assistingHelper = assistedBy;
    return { sessionId, startedAt };
  }

  /** The helper assisting the current visit, or null; for the filing and receipts (帮办人). */
  assistedBy(): string | null {
    return this.current === null ? null : this.assistingHelper;
  }

  /** Ends the visit; returns how many drafts were deleted. */
  async reset(): Promise<{ wiped: number }> {
    const id = this.current;
    this.current = null;
    this.assistingHelper = null;
    if (id === null) return { wiped: 0 };
    return this.db.transaction(async (tx) => {
      await this.beforeWipe(tx, id);
      const { changes } = await tx.run('DELETE FROM drafts WHERE session_id = ?', [id]);
      await tx.run('UPDATE sessions SET ended_at = ? WHERE id = ?', [this.clock.now().toISOString(), id]);
      return { wiped: changes };
    });
  }

  /** Every field whose value differs from the saved draft is recorded as typed by `author` now. */
  async saveDraft(flow: string, data: Record<string, unknown>, author: DraftAuthor = { by: 'litigant' }): Promise<{ savedAt: string }> {
    const sessionId = this.requireSession();
    const json = JSON.stringify(data);
    if (Buffer.byteLength(json) > MAX_DRAFT_BYTES) throw new KioskError('DRAFT_TOO_LARGE', 'errors.draft.tooLarge', { maxBytes: MAX_DRAFT_BYTES });
    const savedAt = this.clock.now().toISOString();
    await this.db.transaction(async (tx) => {
      const before = await tx.get<{ data: string; provenance: string }>('SELECT data, provenance FROM drafts WHERE session_id = ? AND flow = ?', [
        sessionId,
        flow,
      ]);
      const previous = before ? (JSON.parse(before.data) as Record<string, unknown>) : {};
      const provenance = before ? (JSON.parse(before.provenance) as Record<string, FieldProvenance>) : {};
      const entry: FieldProvenance = { by: author.by, staffId: author.by === 'helper' ? author.staffId : null, at: savedAt };
      const { changed, removed } = changedFields(previous, data);
      for (const path of changed) provenance[path] = entry;
      for (const path of removed) delete provenance[path];
      await tx.run(
        'INSERT INTO drafts (session_id, flow, data, saved_at, provenance) VALUES (?, ?, ?, ?, ?) ON CONFLICT(session_id, flow) DO UPDATE SET data = excluded.data, saved_at = excluded.saved_at, provenance = excluded.provenance',
        [sessionId, flow, json, savedAt, JSON.stringify(provenance)],
      );
    });
    return { savedAt };
  }

  async loadDraft(flow: string): Promise<{ data: Record<string, unknown> | null; provenance: Record<string, FieldProvenance>; assistedBy: string | null }> {
    const sessionId = this.requireSession();
    const row = await this.db.get<{ data: string; provenance: string }>('SELECT data, provenance FROM drafts WHERE session_id = ? AND flow = ?', [
      sessionId,
      flow,
    ]);
    return {
      data: row ? (JSON.parse(row.data) as Record<string, unknown>) : null,
      provenance: row ? (JSON.parse(row.provenance) as Record<string, FieldProvenance>) : {},
      assistedBy: this.assistingHelper,
    };
  }

  private requireSession(): string {
    if (this.current === null) throw new KioskError('NO_SESSION', 'errors.session.none');
    return this.current;
  }
}
