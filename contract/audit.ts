// The append-only, hash-chained audit log (main/services/audit).
import { z } from 'zod';
import { method } from './method';
import { Empty } from './shapes';

/** One line of the append-only, hash-chained audit log. actor: a staff id, 'litigant', 'cli' or 'system' (the terminal itself). */
export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  details: z.record(z.string(), z.unknown()),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditVerdict = z.object({
  ok: z.boolean(),
  count: z.number().int(),
  firstBrokenId: z.number().int().nullable(),
  /** The chain is intact, but its anchored head is gone or another: the entries after this id are missing. */
  missingAfter: z.number().int().nullable(),
  /** The log has entries and the anchor file (its head, kept outside the database) is gone. */
  anchorMissing: z.boolean(),
});

/** A head of the terminal's audit log as the court received it with a submission: its witness, held off the terminal. */
export const AuditWitness = z.object({ id: z.number().int(), hash: z.string(), receivedAt: z.string() });
export type AuditWitness = z.infer<typeof AuditWitness>;

/**
 * The local log held against the court's newest witness. agrees: the entry under the witness's id
 * has its hash; differs: another hash — the chain was rewritten at or before that entry, anchor and
 * all; beyondEnd: the log ends before that entry — its end was cut off; none: the court holds no
 * head of this terminal yet, so there is nothing to hold the log against.
 */
export const WitnessCheck = z.object({
  witness: AuditWitness.nullable(),
  verdict: z.enum(['agrees', 'differs', 'beyondEnd', 'none']),
  /** The newest entry of the local log, 0 when it is empty. */
  lastId: z.number().int(),
});
export type WitnessCheck = z.infer<typeof WitnessCheck>;

export const auditMethods = {
  /** Newest first; `before` pages back from an entry id. */
  'audit.recent': method(
    z.object({ limit: z.number().int().min(1).max(200), before: z.number().int().positive().optional() }).strict(),
    z.object({ entries: z.array(AuditEntry) }),
    'admin',
  ),
  /** Recomputes the hash chain: ok, or the first entry that was changed or follows a removed one, or a tail cut off behind the anchor. */
  'audit.verify': method(Empty, AuditVerdict, 'admin'),
  /** Asks the court for its newest witness of this terminal's log and holds the log against it (court/README.md). */
  'audit.checkWitness': method(Empty, WitnessCheck, 'admin'),
} as const;
