// A litigant's visit: started on the first touch, wiped at the end or when the kiosk goes idle.
// Drafts are what the litigant has typed so far; nothing of them survives the wipe.
import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock';
import { KioskError } from '../errors';
import type { Database } from '../storage/database';

/** A draft is a form in progress, not a document store; scanned pages are kept elsewhere. */
export const MAX_DRAFT_BYTES = 256 * 1024;

export class SessionService {
  private current: string | null = null;

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly newId: () => string = randomUUID,
  ) {}

  async start(language: string): Promise<{ sessionId: string; startedAt: string }> {
    await this.reset();
    const sessionId = this.newId();
    const startedAt = this.clock.now().toISOString();
    await this.db.run('INSERT INTO sessions (id, language, started_at) VALUES (?, ?, ?)', [sessionId, language, startedAt]);
    this.current = sessionId;
    return { sessionId, startedAt };
  }

  /** Ends the visit; returns how many drafts were deleted. */
  async reset(): Promise<{ wiped: number }> {
    const id = this.current;
    this.current = null;
    if (id === null) return { wiped: 0 };
    return this.db.transaction(async (tx) => {
      const { changes } = await tx.run('DELETE FROM drafts WHERE session_id = ?', [id]);
      await tx.run('UPDATE sessions SET ended_at = ? WHERE id = ?', [this.clock.now().toISOString(), id]);
      return { wiped: changes };
    });
  }

  async saveDraft(flow: string, data: Record<string, unknown>): Promise<{ savedAt: string }> {
    const sessionId = this.requireSession();
    const json = JSON.stringify(data);
    if (Buffer.byteLength(json) > MAX_DRAFT_BYTES) throw new KioskError('DRAFT_TOO_LARGE', 'errors.draft.tooLarge', { maxBytes: MAX_DRAFT_BYTES });
    const savedAt = this.clock.now().toISOString();
    await this.db.run(
      'INSERT INTO drafts (session_id, flow, data, saved_at) VALUES (?, ?, ?, ?) ON CONFLICT(session_id, flow) DO UPDATE SET data = excluded.data, saved_at = excluded.saved_at',
      [sessionId, flow, json, savedAt],
    );
    return { savedAt };
  }

  async loadDraft(flow: string): Promise<{ data: Record<string, unknown> | null }> {
    const sessionId = this.requireSession();
    const row = await this.db.get<{ data: string }>('SELECT data FROM drafts WHERE session_id = ? AND flow = ?', [sessionId, flow]);
    return { data: row ? (JSON.parse(row.data) as Record<string, unknown>) : null };
  }

  private requireSession(): string {
    if (this.current === null) throw new KioskError('NO_SESSION', 'errors.session.none');
    return this.current;
  }
}
