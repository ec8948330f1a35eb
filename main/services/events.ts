// Main → renderer events, typed from the contract; shells forward them (IPC send, server-sent events).
import type { EventName, EventPayload } from '../../contract';

type Listener = (event: EventName, payload: unknown) => void;

export class EventBus {
  private readonly listeners = new Set<Listener>();

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) listener(event, payload);
  }

  /** Receives every event; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
