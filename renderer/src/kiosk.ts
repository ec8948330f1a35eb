// The renderer's only door to main: window.kiosk, with envelopes unwrapped into values or a typed
// KioskCallError that carries the {code, messageKey, details} shape the ErrorBanner translates.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EventName, EventPayload, KioskBridge, KioskErrorShape, MethodInput, MethodName, MethodOutput } from '../../contract';

declare global {
  interface Window {
    kiosk: KioskBridge;
  }
}

/** Used when something fails before an envelope exists (a bug in the bridge, not a refusal by main). */
const INTERNAL: KioskErrorShape = { code: 'INTERNAL', messageKey: 'errors.internal' };

export class KioskCallError extends Error {
  constructor(
    readonly method: MethodName,
    readonly error: KioskErrorShape,
  ) {
    super(`${method}: ${error.code}`);
    this.name = 'KioskCallError';
  }
}

/** Any failure as the shape the ErrorBanner shows; unknown throwables become errors.internal. */
export const errorShapeOf = (err: unknown): KioskErrorShape => (err instanceof KioskCallError ? err.error : INTERNAL);

export async function callKiosk<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  let envelope;
  try {
    envelope = await window.kiosk.invoke(method, input);
  } catch (err) {
    console.error(`kiosk.invoke(${method}) threw`, err);
    throw new KioskCallError(method, INTERNAL);
  }
  if (envelope.ok) return envelope.value;
  throw new KioskCallError(method, envelope.error);
}

export interface KioskCall<M extends MethodName> {
  run(input: MethodInput<M>): Promise<MethodOutput<M> | undefined>;
  pending: boolean;
  value: MethodOutput<M> | undefined;
  error: KioskErrorShape | null;
  reset(): void;
}

/** One call with its pending / value / error state, for a button that calls main and shows the outcome. */
export function useKiosk<M extends MethodName>(method: M): KioskCall<M> {
  const [state, setState] = useState<{ pending: boolean; value: MethodOutput<M> | undefined; error: KioskErrorShape | null }>({
    pending: false,
    value: undefined,
    error: null,
  });
  // A reply that arrives after the screen is gone must not set state on it.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(
    async (input: MethodInput<M>) => {
      setState({ pending: true, value: undefined, error: null });
      try {
        const value = await callKiosk(method, input);
        if (mounted.current) setState({ pending: false, value, error: null });
        return value;
      } catch (err) {
        if (mounted.current) setState({ pending: false, value: undefined, error: errorShapeOf(err) });
        return undefined;
      }
    },
    [method],
  );
  const reset = useCallback(() => setState({ pending: false, value: undefined, error: null }), []);
  return { ...state, run, reset };
}

/** Subscribes to a main → renderer event for as long as the component is mounted. */
export function useKioskEvent<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => window.kiosk.on(event, (payload) => latest.current(payload)), [event]);
}
