// The litigant's session in main, seen from the renderer: started on the first touch, ended by
// home or the idle wipe. Calls run one after another, so a draft saved just before a wipe is
// always deleted by it, and a new visit's first save never lands in the old session.
import type { KioskErrorShape } from '../../../contract';
import { callKiosk } from '../kiosk';

export type DraftData = Record<string, unknown>;

/** Who is at the screen in an assisted visit: main records it on every field a draft save changes. */
export type Typist = 'helper' | 'litigant';

export class VisitSession {
  private active = false;
  private assisted = false;
  private typist: Typist = 'helper';
  /** An end main did not hear: main keeps a visit a new start leaves abandoned, so the next start ends it first. */
  private endOwed = false;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<() => void>();
  private readonly flushers = new Set<() => void>();

  /** For useSyncExternalStore. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly isActive = (): boolean => this.active;
  readonly typistNow = (): Typist => this.typist;

  /** Starts a session unless one is running; resolves once main has it. */
  begin(language: string): Promise<void> {
    if (this.active) return Promise.resolve();
    this.setActive(true);
    this.settleOwedEnd();
    return this.enqueue(() => callKiosk('session.start', { language })).then(() => undefined);
  }

  /** Starts a visit a signed-in helper fills in for a litigant (肩并肩帮办); main records the helper on it. */
  beginAssisted(language: string): Promise<void> {
    this.assisted = true;
    this.typist = 'helper';
    this.setActive(true);
    this.settleOwedEnd();
    return this.enqueue(() => callKiosk('session.startAssisted', { language })).then(() => undefined);
  }

  /** Ends the session: main deletes its drafts. Always asked of main, which may hold one from before a reload. */
  end(): Promise<void> {
    this.assisted = false;
    this.typist = 'helper';
    this.setActive(false);
    this.endOwed = true;
    return this.enqueue(() => callKiosk('session.reset', {})).then(() => {
      this.endOwed = false;
    });
  }

  private settleOwedEnd(): void {
    if (!this.endOwed) return;
    void this.enqueue(() => callKiosk('session.reset', {})).then(
      () => (this.endOwed = false),
      (err: unknown) => console.error('session.reset failed again', err),
    );
  }

  saveDraft(flow: string, data: DraftData): Promise<void> {
    if (!this.active) return Promise.resolve();
    const typed = this.assisted ? { enteredBy: this.typist } : {};
    return this.enqueue(() => callKiosk('draft.save', { flow, data, ...typed })).then(() => undefined);
  }

  /** Hands the screen over in an assisted visit: what is typed from now on is recorded as theirs. */
  handOver(typist: Typist): void {
    // Saves still waiting for their debounce belong to the person who typed them.
    for (const flush of this.flushers) flush();
    this.typist = typist;
    for (const listener of this.listeners) listener();
  }

  /** Registers a flush of unsaved typing, run just before the screen changes hands; returns its removal. */
  beforeHandOver(flush: () => void): () => void {
    this.flushers.add(flush);
    return () => this.flushers.delete(flush);
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
