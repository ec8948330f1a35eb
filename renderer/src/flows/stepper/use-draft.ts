// A flow's draft in main: loaded when the flow opens, saved a moment after each change (debounced
// so typing isn't a database write per key), and saved at once when the flow is left mid-visit.
import { useEffect, useRef, useState } from 'react';
import type { KioskErrorShape } from '../../../../contract';
import { useVisit } from '../../app/visit-context';
import { errorShapeOf } from '../../kiosk';
import { valuesFromDraft, type FlowDefinition, type FlowValues } from './flow';

const SAVE_AFTER_MS = 600;

export interface DraftState {
  /** False until main has answered whether there is a draft; the step waits so it can't be overwritten. */
  loaded: boolean;
  error: KioskErrorShape | null;
}

export function useDraft(flow: FlowDefinition, values: FlowValues, restore: (values: FlowValues) => void): DraftState {
  const { session } = useVisit();
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<KioskErrorShape | null>(null);
  /** What main holds, as JSON, so unchanged values are never written again. */
  const stored = useRef<string | null>(null);
  const unsaved = useRef<FlowValues | null>(null);

  const keeps = flow.keepsDraft !== false;

  useEffect(() => {
    if (!keeps) return setLoaded(true);
    let current = true;
    session
      .loadDraft(flow.id)
      .then((draft) => {
        if (!current) return;
        if (draft) {
          const restored = valuesFromDraft(flow, draft);
          stored.current = JSON.stringify(restored);
          restore(restored);
        }
        setLoaded(true);
      })
      .catch((err: unknown) => {
        if (!current) return;
        setError(errorShapeOf(err));
        setLoaded(true);
      });
    return () => {
      current = false;
    };
    // Once per opening of the flow; restore is the runner's state setter and never changes.
  }, [flow, session, keeps]);

  useEffect(() => {
    if (!loaded || !keeps) return;
    const json = JSON.stringify(values);
    if (stored.current === null) stored.current = json;
    if (json === stored.current) return;
    unsaved.current = values;
    const save = () => {
      stored.current = json;
      unsaved.current = null;
      session.saveDraft(flow.id, { values }).then(
        () => setError(null),
        (err: unknown) => setError(errorShapeOf(err)),
      );
    };
    const timer = window.setTimeout(save, SAVE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [values, loaded, flow, session, keeps]);

  // Handing the screen over in an assisted visit: what was typed before is saved as the typist's.
  useEffect(
    () =>
      session.beforeHandOver(() => {
        if (!unsaved.current) return;
        stored.current = JSON.stringify(unsaved.current);
        void session.saveDraft(flow.id, { values: unsaved.current }).catch((err: unknown) => setError(errorShapeOf(err)));
        unsaved.current = null;
      }),
    [flow, session],
  );

  // Leaving the flow (back to the home screen) keeps the draft; an ended visit saves nothing,
  // because the session is already inactive by the time the screens unmount.
  useEffect(
    () => () => {
      if (unsaved.current) void session.saveDraft(flow.id, { values: unsaved.current }).catch(() => undefined);
    },
    [flow, session],
  );

  return { loaded, error };
}
