// The litigant's session in main, seen from the renderer: started on the first touch, ended by
// home or the idle wipe. Calls run one after another, so a draft saved just before a wipe is
// always deleted by it, and a new visit's first save never lands in the old session.
import type { KioskErrorShape } from '../../../preload/contract';
import { callKiosk } from '../kiosk';

export type DraftData = Record<string, unknown>;

export class VisitSession {
  private active = false;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<() => void>();

  /** For useSyncExternalStore. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly isActive = (): boolean => this.active;

  /** Starts a session unless one is running; resolves once main has it. */
  begin(language: string): Promise<void> {
    if (this.active) return Promise.resolve();
    this.setActive(true);
    return this.enqueue(() => callKiosk('session.start', { language })).then(() => undefined);
  }

  /** Starts a visit a signed-in helper fills in for a litigant (肩并肩帮办); main records the helper on it. */
  beginAssisted(language: string): Promise<void> {
    this.setActive(true);
    return this.enqueue(() => callKiosk('session.startAssisted', { language })).then(() => undefined);
  }

  /** Ends the session: main deletes its drafts. Always asked of main, which may hold one from before a reload. */
  end(): Promise<void> {
    this.setActive(false);
    return this.enqueue(() => callKiosk('session.reset', {})).then(() => undefined);
  }

  saveDraft(flow: string, data: DraftData): Promise<void> {
    if (!this.active) return Promise.resolve();
    return this.enqueue(() => callKiosk('draft.save', { flow, data })).then(() => undefined);
  }

  loadDraft(flow: string): Promise<DraftData | null> {
    if (!this.active) return Promise.resolve(null);
    return this.enqueue(() => callKiosk('draft.load', { flow })).then((result) => result.data);
  }

  private setActive(active: boolean): void {
    this.active = active;
    for (const listener of this.listeners) listener();
  }

  private enqueue<T>(call: () => Promise<T>): Promise<T> {
    const result = this.queue.then(call);
    // One failed call must not block the ones after it; its caller sees the failure.
    this.queue = result.catch(() => undefined);
    return result;
  }
}

export interface VisitControls {
  session: VisitSession;
  /** Ends the visit and remounts every screen. 'idle' also forgets language and elder mode: the person has left. */
  end(reason: 'home' | 'idle'): void;
  elder: boolean;
  setElder(on: boolean): void;
  /** Shows a failure nobody else is waiting for (e.g. the session could not start) above the screen. */
  reportError(error: KioskErrorShape): void;
}
