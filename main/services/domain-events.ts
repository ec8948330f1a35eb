// Events between services inside main, so a service that must hear of another's work need not be
// handed that service (or a callback the root closes over both): the outbox announces what the court
// settled, and the fee area, which made the payment, listens. Not sent to the renderer — contract
// events for the screen go through events.ts's EventBus. The emitter awaits every listener, so a
// sync pass ends only once each has acted on what the court said.
import type { SubmissionResult } from './court/court-gateway';

export interface DomainEventMap {
  /** The court took or turned down a submission of this kind; its settlement is already committed. */
  'outbox.settled': { kind: string; result: SubmissionResult };
}

type DomainEvent = keyof DomainEventMap;
type Listener<E extends DomainEvent> = (payload: DomainEventMap[E]) => Promise<void> | void;

export class DomainEvents {
  private readonly listeners = new Map<DomainEvent, Set<Listener<never>>>();

  /** Returns the unsubscribe function. */
  on<E extends DomainEvent>(event: E, listener: Listener<E>): () => void {
    const set = this.listeners.get(event) ?? new Set();
    this.listeners.set(event, set);
    set.add(listener as Listener<never>);
    return () => set.delete(listener as Listener<never>);
  }

  async emit<E extends DomainEvent>(event: E, payload: DomainEventMap[E]): Promise<void> {
    for (const listener of this.listeners.get(event) ?? []) await (listener as Listener<E>)(payload);
  }
}
