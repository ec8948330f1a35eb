// Assisted filing (肩并肩帮办): who a draft.save says typed the fields it changed.
import { KioskError } from '../errors';
import type { DraftAuthor } from '../session/session-service';
import type { Caller } from './caller';

/**
 * By default the assisting helper when the call carries their session, else the litigant. The helper
 * hands the screen over by saying 'litigant'; only the assisting helper's own session may say 'helper'.
 */
export function draftAuthor(enteredBy: 'litigant' | 'helper' | undefined, caller: Caller, assistedBy: string | null): DraftAuthor {
  const isAssistingHelper = caller.kind === 'staff' && assistedBy !== null && caller.staffId === assistedBy;
  if (enteredBy === 'helper' && !isAssistingHelper) throw new KioskError('FORBIDDEN', 'staff.errors.forbidden', { method: 'draft.save', required: 'helper', reason: 'notAssisting' });
  return (enteredBy ?? (isAssistingHelper ? 'helper' : 'litigant')) === 'helper' && assistedBy !== null ? { by: 'helper', staffId: assistedBy } : { by: 'litigant' };
}
