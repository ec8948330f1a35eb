// A litigant's visit and the drafts it keeps in main until the visit ends.
import { z } from 'zod';
import { method } from './method';
import { Empty, LanguageCode } from './shapes';
import { FieldProvenance, StaffId } from './staff';

export const sessionMethods = {
  'session.start': method(z.object({ language: LanguageCode }).strict(), z.object({ sessionId: z.string(), startedAt: z.string() })),
  /** A helper starts a visit on a litigant's behalf (肩并肩帮办): the drafts, filing and receipts carry their id. */
  'session.startAssisted': method(
    z.object({ language: LanguageCode }).strict(),
    z.object({ sessionId: z.string(), startedAt: z.string(), assistedBy: StaffId }),
    'helper',
  ),
  /** Ends the visit: every draft and trace of it in main is deleted. */
  'session.reset': method(Empty, z.object({ wiped: z.number().int() })),
  /**
   * Every field whose value changed is recorded as entered by enteredBy: by default the assisting
   * helper when the call carries their session, else the litigant; 'helper' needs that session.
   */
  'draft.save': method(
    z
      .object({
        flow: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/),
        data: z.record(z.string(), z.unknown()),
        enteredBy: z.enum(['litigant', 'helper']).optional(),
      })
      .strict(),
    z.object({ savedAt: z.string() }),
  ),
  /** provenance: who entered each field, by its path in data (e.g. plaintiff.name, claims.0.amount), for the read-back. */
  'draft.load': method(
    z.object({ flow: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/) }).strict(),
    z.object({ data: z.record(z.string(), z.unknown()).nullable(), provenance: z.record(z.string(), FieldProvenance), assistedBy: StaffId.nullable() }),
  ),
} as const;
