// The reference court receiver: the court protocol of main/services/court/README.md kept in the
// hub's database, for a court without its own integration. Submissions are booked once per key and
// a repeat gets the first reference; staff read them in the inbox or export them (CSV, JSON) to
// their case system. Fee notices and case records are loaded by the court's IT (import below). The
// newest audit head a terminal's batches carried is kept as the court's witness of its log.
import { z } from 'zod';
import { type AuditWitness, CaseStatus, FeeNotice } from '../../contract';
import { AuditHeadReport } from '../../contract/hub-protocol';
import { badInput } from './hub-error';
import type { HubStore } from './store';

const SUBMISSION_KINDS = ['filing', 'mediation', 'payment', 'refund', 'relief'] as const;
export const SubmitRequest = z.object({
  submissions: z
    .array(
      z.object({
        key: z.string().min(1).max(100),
        kind: z.enum(SUBMISSION_KINDS),
        receiptNo: z.string().min(1).max(60),
        createdAt: z.iso.datetime(),
        payload: z.unknown(),
        auditHead: AuditHeadReport.optional(),
      }),
    )
    .min(1)
    .max(100),
});

export type CourtAnswer = { key: string; status: 'accepted'; courtRef: string } | { key: string; status: 'rejected'; reason: string };

export interface InboxRow {
  key: string;
  terminalId: string;
  kind: string;
  receiptNo: string;
  createdAt: string;
  receivedAt: string;
  courtRef: string;
  payload: unknown;
}

/** The witness the terminal's heartbeats keep (Terminals.auditWitness). */
export type HeartbeatWitness = (terminalId: string) => Promise<AuditWitness | null>;

export class CourtReceiver {
  constructor(
    private readonly db: HubStore,
    private readonly now: () => Date,
    private readonly heartbeatWitness: HeartbeatWitness,
  ) {}

  async submit(terminalId: string, raw: unknown): Promise<{ results: CourtAnswer[] }> {
    const parsed = SubmitRequest.safeParse(raw);
    if (!parsed.success) throw badInput(parsed.error.issues[0]!.path.join('.'), parsed.error.issues[0]!.message);
    const now = this.now();
    const year = now.getUTCFullYear();
    const batch = parsed.data.submissions;
    const newest = batch.reduce<{ id: number; hash: string } | null>((kept, s) => (s.auditHead && s.auditHead.id > (kept?.id ?? 0) ? s.auditHead : kept), null);
    return this.db.transaction(async (tx) => {
      // Only forward: a head lower than the one kept, or another hash under its id, is not the witness.
      if (newest) {
        await tx.query(
          `INSERT INTO court_audit_witnesses (terminal_id, audit_id, hash, received_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (terminal_id) DO UPDATE SET audit_id = excluded.audit_id, hash = excluded.hash, received_at = excluded.received_at
           WHERE court_audit_witnesses.audit_id < excluded.audit_id`,
          [terminalId, newest.id, newest.hash, now.toISOString()],
        );
      }
      // One statement for the batch: a key already booked keeps its row and its first reference.
      await tx.query(
        `INSERT INTO court_submissions (key, terminal_id, kind, receipt_no, created_at, payload, court_ref, received_at)
         SELECT s.key, $1, s.kind, s.receipt_no, s.created_at::timestamptz, s.payload, 'HUB-' || $2 || '-' || lpad(nextval('court_ref_seq')::text, 7, '0'), $3
         FROM jsonb_to_recordset($4::jsonb) AS s(key text, kind text, receipt_no text, created_at text, payload jsonb)
         ON CONFLICT (key) DO NOTHING`,
        [
          terminalId,
          year,
          now.toISOString(),
          JSON.stringify(batch.map((s) => ({ key: s.key, kind: s.kind, receipt_no: s.receiptNo, created_at: s.createdAt, payload: s.payload ?? null }))),
        ],
      );
      const booked = await tx.query<{ key: string; terminal_id: string; court_ref: string }>(
        'SELECT key, terminal_id, court_ref FROM court_submissions WHERE key = ANY($1::text[])',
        [batch.map((s) => s.key)],
      );
      const byKey = new Map(booked.map((b) => [b.key, b]));
      return {
        results: [...new Set(batch.map((s) => s.key))].map((key): CourtAnswer => {
          const row = byKey.get(key)!;
          // A key booked by another terminal is not this terminal's to learn about.
          return row.terminal_id === terminalId
            ? { key, status: 'accepted', courtRef: row.court_ref }
            : { key, status: 'rejected', reason: 'key already used by another terminal' };
        }),
      };
    });
  }

  /** The newest audit head the hub holds of this terminal, from its submissions or its heartbeats (GET /court/v1/audit-witness). */
  async auditWitness(terminalId: string): Promise<{ witness: AuditWitness | null }> {
    const [row] = await this.db.query<{ audit_id: number; hash: string; received_at: string }>(
      'SELECT audit_id, hash, received_at FROM court_audit_witnesses WHERE terminal_id = $1',
      [terminalId],
    );
    const fromSubmissions = row ? { id: row.audit_id, hash: row.hash, receivedAt: row.received_at } : null;
    const fromHeartbeats = await this.heartbeatWitness(terminalId);
    return { witness: (fromHeartbeats?.id ?? 0) > (fromSubmissions?.id ?? 0) ? fromHeartbeats : fromSubmissions };
  }

  async feeNotice(caseNumber: string, payerIdNumber: string): Promise<{ notice: FeeNotice | null }> {
    const [row] = await this.db.query<{ notice: unknown }>(
      'SELECT notice FROM court_fee_notices WHERE case_number = $1 AND payer_id_number = $2 ORDER BY notice_no DESC LIMIT 1',
      [caseNumber, payerIdNumber],
    );
    return { notice: row ? FeeNotice.parse(row.notice) : null };
  }

  /** Null for no such case and for someone not a party alike, so nobody can probe who is a party. */
  async caseStatus(caseNumber: string, partyIdNumber: string): Promise<{ case: CaseStatus | null }> {
    const [row] = await this.db.query<{ status: unknown }>('SELECT status FROM court_cases WHERE case_number = $1 AND $2 = ANY(party_id_numbers)', [
      caseNumber,
      partyIdNumber,
    ]);
    return { case: row ? CaseStatus.parse(row.status) : null };
  }

  async importFeeNotice(notice: unknown, payerIdNumber: string): Promise<void> {
    const parsed = FeeNotice.parse(notice);
    await this.db.query(
      'INSERT INTO court_fee_notices (notice_no, case_number, payer_id_number, notice) VALUES ($1, $2, $3, $4) ON CONFLICT (notice_no) DO UPDATE SET notice = excluded.notice',
      [parsed.noticeNo, parsed.caseNumber, payerIdNumber, JSON.stringify(parsed)],
    );
  }

  async importCase(status: unknown, partyIdNumbers: string[]): Promise<void> {
    const parsed = CaseStatus.parse(status);
    await this.db.query(
      'INSERT INTO court_cases (case_number, party_id_numbers, status) VALUES ($1, $2, $3) ON CONFLICT (case_number) DO UPDATE SET party_id_numbers = excluded.party_id_numbers, status = excluded.status',
      [parsed.caseNumber, partyIdNumbers, JSON.stringify(parsed)],
    );
  }

  async inbox(filter: { kind?: string; terminalId?: string; limit: number; before?: string }): Promise<InboxRow[]> {
    const rows = await this.db.query<{
      key: string;
      terminal_id: string;
      kind: string;
      receipt_no: string;
      created_at: string;
      received_at: string;
      court_ref: string;
      payload: unknown;
    }>(
      `SELECT key, terminal_id, kind, receipt_no, created_at, received_at, court_ref, payload FROM court_submissions
       WHERE ($1::text IS NULL OR kind = $1) AND ($2::text IS NULL OR terminal_id = $2) AND ($3::timestamptz IS NULL OR received_at < $3)
       ORDER BY received_at DESC, court_ref DESC LIMIT $4`,
      [filter.kind ?? null, filter.terminalId ?? null, filter.before ?? null, filter.limit],
    );
    return rows.map((r) => ({
      key: r.key,
      terminalId: r.terminal_id,
      kind: r.kind,
      receiptNo: r.receipt_no,
      createdAt: r.created_at,
      receivedAt: r.received_at,
      courtRef: r.court_ref,
      payload: r.payload,
    }));
  }

  /** Everything received in [from, to), oldest first, for the court's case system. */
  async export(format: 'csv' | 'json', from: string, to: string): Promise<string> {
    const rows = (
      await this.db.query<{
        key: string;
        terminal_id: string;
        kind: string;
        receipt_no: string;
        created_at: string;
        received_at: string;
        court_ref: string;
        payload: unknown;
      }>(
        'SELECT key, terminal_id, kind, receipt_no, created_at, received_at, court_ref, payload FROM court_submissions WHERE received_at >= $1 AND received_at < $2 ORDER BY received_at, court_ref',
        [from, to],
      )
    ).map((r) => ({
      courtRef: r.court_ref,
      key: r.key,
      terminalId: r.terminal_id,
      kind: r.kind,
      receiptNo: r.receipt_no,
      createdAt: r.created_at,
      receivedAt: r.received_at,
      payload: r.payload,
    }));
    if (format === 'json') return JSON.stringify(rows, null, 2);
    const header = ['courtRef', 'key', 'terminalId', 'kind', 'receiptNo', 'createdAt', 'receivedAt', 'payload'] as const;
    return (
      [header.join(','), ...rows.map((r) => header.map((h) => csvCell(h === 'payload' ? JSON.stringify(r.payload) : String(r[h]))).join(','))].join('\r\n') +
      '\r\n'
    );
  }
}

/** Quoted, and a leading =, +, - or @ defused so a spreadsheet does not run a litigant's text as a formula. */
export const csvCell = (text: string) => `"${(/^[=+\-@]/.test(text) ? `'${text}` : text).replaceAll('"', '""')}"`;
