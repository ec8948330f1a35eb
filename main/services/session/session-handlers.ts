// A litigant's visit over the contract: starting it (alone or with a helper), its drafts, its end.
import { handlerSet } from '../handler-table';
import { draftAuthor } from '../staff/assisted';
import { actorOf, OPERATOR_CALL } from '../staff/caller';
import type { SessionService } from './session-service';

export interface SessionHandlerDeps {
  sessions: SessionService;
  /** Wipes what other services keep for the visit (scanned pages, resume code) when it ends. */
  wipeVisit: () => Promise<unknown>;
}

export const sessionHandlers = ({ sessions, wipeVisit }: SessionHandlerDeps) =>
  handlerSet({
    'session.start': ({ language }) => sessions.start(language),
    'session.startAssisted': async ({ language }, { caller } = OPERATOR_CALL) => {
      const assistedBy = actorOf(caller);
      return { ...(await sessions.start(language, assistedBy)), assistedBy };
    },
    'session.reset': async () => {
      const wiped = await sessions.reset();
      await wipeVisit();
      return wiped;
    },
    'draft.save': ({ flow, data, enteredBy }, { caller } = OPERATOR_CALL) =>
      sessions.saveDraft(flow, data, draftAuthor(enteredBy, caller, sessions.assistedBy())),
    'draft.load': ({ flow }) => sessions.loadDraft(flow),
  });
