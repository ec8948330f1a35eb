// Assisted filing (肩并肩帮办): who a draft.save says typed the fields it changed.
import { appendAudit } from '../audit/audit-log';
import { KioskError } from '../errors';
import type { DraftAuthor } from '../session/session-service';
import type { Queryable } from '../storage/database';
import type { Caller } from './caller';

/**
 * By default the assisting helper when the call carries their session, else the litigant. The helper
 * hands the screen over by saying 'litigant'; only the assisting helper's own session may say 'helper'.
 */
export function draftAuthor(enteredBy: 'litigant' | 'helper' | undefined, caller: Caller, assistedBy: string | null): DraftAuthor {
  const isAssistingHelper = caller.kind === 'staff' && assistedBy !== null && caller.staffId === assistedBy;
  if (enteredBy === 'helper' && !isAssistingHelper)
    throw new KioskError('FORBIDDEN', 'staff.errors.forbidden', { method: 'draft.save', required: 'helper', reason: 'notAssisting' });
  return (enteredBy ?? (isAssistingHelper ? 'helper' : 'litigant')) === 'helper' && assistedBy !== null
    ? { by: 'helper', staffId: assistedBy }
    : { by: 'litigant' };
}

/**
 * Who helps in the visit under way (帮办人): the staff id from SessionService.assistedBy(), null when
 * the litigant is alone. Every service a litigant submits or signs through takes it and hands it to
 * enqueueSubmission (outbox payload, audit actor) or keeps it on its own row beside recordAssisted
 * (the audit entry of a deed that is not sent to the court), and its papers print it.
 */
export type VisitHelper = () => string | null;

/** The papers' optional `assistedBy` field: present only for an assisted visit. */
export const assistedField = (assistedBy: string | null): { assistedBy?: string } => (assistedBy === null ? {} : { assistedBy });

/** Puts a deed of the visit in the audit log with the helper as its actor, or the litigant when alone. */
export const recordAssisted = (tx: Queryable, at: Date, action: string, assistedBy: string | null, details: Record<string, unknown>) =>
  appendAudit(tx, { at, actor: assistedBy ?? 'litigant', action, details: { ...details, assistedBy } });
