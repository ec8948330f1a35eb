// The fleet: enrolment with a one-time code, each request's signature, heartbeats and the alerts
// they raise, and the terminal's audit head kept as the witness of its hash chain. A terminal speaks
// only for itself: who it is comes from the signature, never from what it says. Its secret is kept
// sealed under the hub's master key (terminal-secrets.ts), opened only to check a signature.
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { AuditWitness } from '../../contract';
import type { EnrolRequest, EnrolReply, Heartbeat, HeartbeatReply } from '../../contract/hub-protocol';
import { checkSignature, SIGNATURE_HEADERS, updateFeedToken } from '../../main/services/hub/request-signature';
import { useEnrolmentCode } from './enrolment-codes';
import { HubError } from './hub-error';
import type { HubStore, Queryable } from './store';
import type { TerminalSecrets } from './terminal-secrets';

export interface AlertRules {
  /** A terminal not heard from for this long is offline. */
  offlineAfterMs: number;
  /** An outbox whose oldest entry waits this long is stuck. */
  outboxStuckAfterSeconds: number;
}
export const DEFAULT_ALERT_RULES: AlertRules = { offlineAfterMs: 10 * 60_000, outboxStuckAfterSeconds: 3600 };

/** Alerts a heartbeat clears by itself once the condition is gone; tampering stays until someone looks. */
type ConditionAlert = 'paperOut' | 'printerError' | 'outboxStuck' | 'courtUnreachable';
export type AlertKind = ConditionAlert | 'offline' | 'auditRewound' | 'auditChanged';

export interface TerminalIdentity {
  terminalId: string;
  group: string;
}

export class Terminals {
  constructor(
    private readonly db: HubStore,
    private readonly now: () => Date,
    private readonly dataPublicKey: string,
    private readonly secrets: TerminalSecrets,
    private readonly rules: AlertRules = DEFAULT_ALERT_RULES,
  ) {}

  /**
   * The start-up half of migration 003: seals every secret still kept plain, then checks the key
   * opens what is stored, so a hub given the wrong key refuses to start rather than every terminal.
   */
  async sealPlainSecrets(): Promise<number> {
    const plain = await this.db.query<{ id: string; secret_plain: string }>('SELECT id, secret_plain FROM terminals WHERE secret_plain IS NOT NULL');
    for (const row of plain) {
      // Another hub process starting at the same time may have sealed it first.
      await this.db.query('UPDATE terminals SET secret_sealed = $2, secret_plain = NULL WHERE id = $1 AND secret_plain IS NOT NULL', [
        row.id,
        this.secrets.seal(row.id, row.secret_plain),
      ]);
    }
    const [sample] = await this.db.query<{ id: string; secret_sealed: string }>(
      'SELECT id, secret_sealed FROM terminals WHERE secret_sealed IS NOT NULL LIMIT 1',
    );
    if (sample) {
      try {
        this.secrets.open(sample.id, sample.secret_sealed);
      } catch {
        throw new Error(
          "the hub's secret key does not open the stored terminal secrets: is HUB_SECRET_KEY (or the secret-key file) the one they were sealed with?",
        );
      }
    }
    return plain.length;
  }

  async enrol(input: z.infer<typeof EnrolRequest>): Promise<EnrolReply> {
    const now = this.now();
    const secret = randomBytes(32).toString('hex');
    return this.db.transaction(async (tx) => {
      const placement = await useEnrolmentCode(tx, input.code, 'terminal', now);
      const [existing] = await tx.query<{ revoked_at: string | null }>('SELECT revoked_at FROM terminals WHERE id = $1', [input.terminalId]);
      // A live terminal's id cannot be taken over with a new code; a revoked one can be enrolled again.
      if (existing && existing.revoked_at === null) throw new HubError(409, 'TERMINAL_ID_TAKEN', 'errors.terminalIdTaken');
      const site = placement.site ?? 'default';
      const group = placement.group ?? 'default';
      await tx.query(
        `INSERT INTO terminals (id, secret_sealed, site, group_name, enrolled_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO UPDATE SET secret_sealed = excluded.secret_sealed, secret_plain = NULL, site = excluded.site,
           group_name = excluded.group_name, enrolled_at = excluded.enrolled_at, revoked_at = NULL, heartbeat = NULL,
           audit_head_id = NULL, audit_head_hash = NULL, audit_head_at = NULL`,
        [input.terminalId, this.secrets.seal(input.terminalId, secret), site, group, now.toISOString()],
      );
      // A terminal enrolled again under a revoked one's id starts a log of its own: the court's witness of the old one is not its.
      await tx.query('DELETE FROM court_audit_witnesses WHERE terminal_id = $1', [input.terminalId]);
      return { terminalId: input.terminalId, secret, site, group, dataPublicKey: this.dataPublicKey };
    });
  }

  /** Who signed this request; refuses unknown, revoked, stale and badly signed requests alike in kind. */
  async authenticate(method: string, path: string, body: string, headers: Record<string, string | string[] | undefined>): Promise<TerminalIdentity> {
    const header = (name: string) => (typeof headers[name] === 'string' ? (headers[name] as string) : '');
    const terminalId = header(SIGNATURE_HEADERS.terminal);
    const [row] = terminalId
      ? await this.db.query<{ secret_sealed: string; group_name: string; revoked_at: string | null }>(
          'SELECT secret_sealed, group_name, revoked_at FROM terminals WHERE id = $1',
          [terminalId],
        )
      : [];
    if (!row) throw new HubError(401, 'TERMINAL_UNKNOWN', 'errors.terminalUnknown');
    if (row.revoked_at !== null) throw new HubError(403, 'TERMINAL_REVOKED', 'errors.terminalRevoked');
    const verdict = checkSignature(
      this.secrets.open(terminalId, row.secret_sealed),
      method,
      path,
      body,
      header(SIGNATURE_HEADERS.time),
      header(SIGNATURE_HEADERS.signature),
      this.now(),
    );
    if (verdict === 'stale') throw new HubError(401, 'REQUEST_STALE', 'errors.requestStale');
    if (verdict === 'bad') throw new HubError(401, 'SIGNATURE_BAD', 'errors.signatureBad');
    return { terminalId, group: row.group_name };
  }

  /** The updater cannot sign requests; it presents the feed token derived from the terminal's secret. */
  async authenticateFeed(terminalId: string, token: string): Promise<TerminalIdentity> {
    const [row] = await this.db.query<{ secret_sealed: string; group_name: string; revoked_at: string | null }>(
      'SELECT secret_sealed, group_name, revoked_at FROM terminals WHERE id = $1',
      [terminalId],
    );
    if (!row || row.revoked_at !== null || token !== updateFeedToken(this.secrets.open(terminalId, row.secret_sealed)))
      throw new HubError(401, 'FEED_REFUSED', 'errors.terminalUnknown');
    return { terminalId, group: row.group_name };
  }

  async heartbeat(terminal: TerminalIdentity, beat: Heartbeat): Promise<HeartbeatReply> {
    const now = this.now().toISOString();
    return this.db.transaction(async (tx) => {
      const [witness] = await tx.query<{ audit_head_id: number | null; audit_head_hash: string | null }>(
        'SELECT audit_head_id, audit_head_hash FROM terminals WHERE id = $1 FOR UPDATE',
        [terminal.terminalId],
      );
      const audit = auditVerdict(witness?.audit_head_id ?? null, witness?.audit_head_hash ?? null, beat.auditHead);
      // The witness only moves forward: a head that went back or changed is evidence, not news.
      const ahead = audit === 'ahead';
      await tx.query(
        `UPDATE terminals SET last_seen_at = $2, heartbeat = $3,
           audit_head_id = CASE WHEN $4 THEN $5::bigint ELSE audit_head_id END,
           audit_head_hash = CASE WHEN $4 THEN $6 ELSE audit_head_hash END,
           audit_head_at = CASE WHEN $4 THEN $2 ELSE audit_head_at END
         WHERE id = $1`,
        [terminal.terminalId, now, JSON.stringify(beat), ahead, beat.auditHead?.id ?? null, beat.auditHead?.hash ?? null],
      );
      const conditions: Record<ConditionAlert, Record<string, unknown> | null> = {
        paperOut: beat.printers.some((p) => p.state === 'paperOut')
          ? { printers: beat.printers.filter((p) => p.state === 'paperOut').map((p) => p.role) }
          : null,
        printerError: beat.printers.some((p) => p.state === 'error' || p.state === 'offline')
          ? { printers: beat.printers.filter((p) => p.state === 'error' || p.state === 'offline').map((p) => p.role) }
          : null,
        outboxStuck:
          (beat.outbox.oldestAgeSeconds ?? 0) > this.rules.outboxStuckAfterSeconds
            ? { depth: beat.outbox.depth, oldestAgeSeconds: beat.outbox.oldestAgeSeconds }
            : null,
        courtUnreachable: beat.courtReachable ? null : {},
      };
      // One statement clears whatever has passed (and 'offline': it is speaking); a well terminal raises nothing.
      const passed = [
        ...Object.entries(conditions)
          .filter(([, details]) => details === null)
          .map(([kind]) => kind),
        'offline',
      ];
      await tx.query('UPDATE alerts SET cleared_at = $3 WHERE terminal_id = $1 AND kind = ANY($2::text[]) AND cleared_at IS NULL', [
        terminal.terminalId,
        passed,
        now,
      ]);
      for (const [kind, details] of Object.entries(conditions)) if (details) await raiseAlert(tx, terminal.terminalId, kind, details, now);
      if (audit === 'rewound' || audit === 'changed') {
        await raiseAlert(
          tx,
          terminal.terminalId,
          audit === 'rewound' ? 'auditRewound' : 'auditChanged',
          { witness: { id: witness?.audit_head_id, hash: witness?.audit_head_hash }, reported: beat.auditHead },
          now,
        );
      }
      const [versions] = await tx.query<{ config_version: number; data_version: string | null }>(
        `SELECT GREATEST(COALESCE((SELECT revision FROM config_groups WHERE group_name = $2), 0),
                         COALESCE((SELECT revision FROM config_overrides WHERE terminal_id = $1), 0))::int AS config_version,
                (SELECT version FROM data_packages ORDER BY published_at DESC LIMIT 1) AS data_version`,
        [terminal.terminalId, terminal.group],
      );
      return { configVersion: versions?.config_version ?? 0, dataVersion: versions?.data_version ?? null };
    });
  }

  /** The witness the heartbeats keep, with when it came, for the court protocol (court-receiver.ts). */
  async auditWitness(terminalId: string): Promise<AuditWitness | null> {
    const [row] = await this.db.query<{ id: number | null; hash: string | null; received_at: string | null }>(
      // Heads kept before migration 002 have no time of their own: the heartbeat seen last is the latest it can be.
      'SELECT audit_head_id AS id, audit_head_hash AS hash, COALESCE(audit_head_at, last_seen_at) AS received_at FROM terminals WHERE id = $1',
      [terminalId],
    );
    return row && row.id !== null && row.hash !== null && row.received_at !== null ? { id: row.id, hash: row.hash, receivedAt: row.received_at } : null;
  }

  /** Raises 'offline' for every live terminal not heard from in time (run on a timer and before listing). */
  async sweepOffline(): Promise<void> {
    const now = this.now();
    const since = new Date(now.getTime() - this.rules.offlineAfterMs).toISOString();
    await this.db.query(
      `INSERT INTO alerts (terminal_id, kind, details, raised_at)
       SELECT id, 'offline', jsonb_build_object('lastSeenAt', last_seen_at), $2 FROM terminals
       WHERE revoked_at IS NULL AND COALESCE(last_seen_at, enrolled_at) < $1
       ON CONFLICT (terminal_id, kind) WHERE cleared_at IS NULL DO NOTHING`,
      [since, now.toISOString()],
    );
  }

  async revoke(terminalId: string): Promise<void> {
    const rows = await this.db.query('UPDATE terminals SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL RETURNING id', [
      terminalId,
      this.now().toISOString(),
    ]);
    if (!rows.length) throw new HubError(404, 'TERMINAL_NOT_FOUND', 'errors.terminalNotFound');
  }

  async clearAlert(alertId: number): Promise<void> {
    await this.db.query('UPDATE alerts SET cleared_at = $2 WHERE id = $1 AND cleared_at IS NULL', [alertId, this.now().toISOString()]);
  }

  /** Every terminal with its latest health and open alerts, by site. */
  async list(): Promise<TerminalSummary[]> {
    await this.sweepOffline();
    const rows = await this.db.query<{
      id: string;
      site: string;
      group_name: string;
      enrolled_at: string;
      revoked_at: string | null;
      last_seen_at: string | null;
      heartbeat: Heartbeat | null;
      audit_head_id: number | null;
      audit_head_hash: string | null;
      alerts: { id: number; kind: AlertKind; details: Record<string, unknown>; raisedAt: string }[] | null;
    }>(
      `SELECT t.id, t.site, t.group_name, t.enrolled_at, t.revoked_at, t.last_seen_at, t.heartbeat, t.audit_head_id, t.audit_head_hash,
         (SELECT json_agg(json_build_object('id', a.id, 'kind', a.kind, 'details', a.details, 'raisedAt', a.raised_at) ORDER BY a.raised_at)
            FROM alerts a WHERE a.terminal_id = t.id AND a.cleared_at IS NULL) AS alerts
       FROM terminals t ORDER BY t.site, t.id`,
    );
    return rows.map((r) => ({
      id: r.id,
      site: r.site,
      group: r.group_name,
      enrolledAt: r.enrolled_at,
      revoked: r.revoked_at !== null,
      lastSeenAt: r.last_seen_at,
      heartbeat: r.heartbeat,
      auditWitness: r.audit_head_id === null ? null : { id: r.audit_head_id, hash: r.audit_head_hash },
      alerts: r.alerts ?? [],
    }));
  }
}

export interface TerminalSummary {
  id: string;
  site: string;
  group: string;
  enrolledAt: string;
  revoked: boolean;
  lastSeenAt: string | null;
  heartbeat: Heartbeat | null;
  auditWitness: { id: number; hash: string | null } | null;
  alerts: { id: number; kind: AlertKind; details: Record<string, unknown>; raisedAt: string }[];
}

/** A new head compared with the witness: the log may only grow; the same id must keep its hash. */
export function auditVerdict(witnessId: number | null, witnessHash: string | null, reported: Heartbeat['auditHead']): 'ahead' | 'same' | 'rewound' | 'changed' {
  if (witnessId === null) return reported === null ? 'same' : 'ahead';
  if (reported === null || reported.id < witnessId) return 'rewound';
  if (reported.id === witnessId) return reported.hash === witnessHash ? 'same' : 'changed';
  return 'ahead';
}

const raiseAlert = (tx: Queryable, terminalId: string, kind: string, details: Record<string, unknown>, now: string) =>
  tx.query(
    `INSERT INTO alerts (terminal_id, kind, details, raised_at) VALUES ($1, $2, $3, $4) ON CONFLICT (terminal_id, kind) WHERE cleared_at IS NULL DO NOTHING`,
    [terminalId, kind, JSON.stringify(details), now],
  );
