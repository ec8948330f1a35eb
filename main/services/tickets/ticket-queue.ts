// The helper desk's take-a-number queue: priority tickets first, then first come first served;
// every change is committed before it is shown, so a restart loses no one's place.
import type { QueueBoard, Ticket, TicketService } from '../../../contract';
import { courtDate, type Clock } from '../clock';
import { KioskError } from '../errors';
import type { EventBus } from '../events';
import type { Database } from '../storage/database';
import { DEFAULT_MINUTES_PER_TICKET, TICKET_LETTERS } from './ticket-services.data';

interface TicketRow {
  id: number;
  day: string;
  service: TicketService;
  number: string;
  priority: number;
  state: Ticket['state'];
  window_no: string | null;
  issued_at: string;
  called_at: string | null;
  finished_at: string | null;
}

export interface TicketQueueDeps {
  db: Database;
  clock: Clock;
  events: EventBus;
  /** The court's time zone: the day, and so the numbering, turns over at its midnight. */
  timeZone: () => Promise<string>;
}

export class TicketQueue {
  private readonly db: Database;
  private readonly clock: Clock;
  private readonly events: EventBus;
  private readonly timeZone: () => Promise<string>;

  constructor({ db, clock, events, timeZone }: TicketQueueDeps) {
    this.db = db;
    this.clock = clock;
    this.events = events;
    this.timeZone = timeZone;
  }

  async take(service: TicketService, priority: boolean): Promise<Ticket> {
    const day = await this.today();
    const now = this.clock.now().toISOString();
    const letter = TICKET_LETTERS[service];
    const row = await this.db.transaction(async (tx) => {
      const { n } = (await tx.get<{ n: number }>('SELECT COUNT(*) AS n FROM tickets WHERE day = ? AND number LIKE ?', [day, `${letter}%`]))!;
      const number = `${letter}${String(n + 1).padStart(3, '0')}`;
      const { lastID } = await tx.run("INSERT INTO tickets (day, service, number, priority, state, issued_at) VALUES (?, ?, ?, ?, 'waiting', ?)", [
        day,
        service,
        number,
        priority ? 1 : 0,
        now,
      ]);
      return (await tx.get<TicketRow>('SELECT * FROM tickets WHERE id = ?', [lastID]))!;
    });
    await this.changed();
    return this.ticket(row);
  }

  /** Calls the next waiting ticket of these services to a window; null when nobody waits. */
  async callNext(windowNo: string, services: TicketService[]): Promise<Ticket | null> {
    const day = await this.today();
    const row = await this.db.transaction(async (tx) => {
      const next = await tx.get<TicketRow>(
        `SELECT * FROM tickets WHERE day = ? AND state = 'waiting' AND service IN (${services.map(() => '?').join(', ')}) ORDER BY priority DESC, id LIMIT 1`,
        [day, ...services],
      );
      if (!next) return null;
      await tx.run(
        "UPDATE tickets SET state = 'called', window_no = ?, called_at = ?, call_seq = (SELECT COALESCE(MAX(call_seq), 0) + 1 FROM tickets) WHERE id = ?",
        [windowNo, this.clock.now().toISOString(), next.id],
      );
      return (await tx.get<TicketRow>('SELECT * FROM tickets WHERE id = ?', [next.id]))!;
    });
    if (row) await this.announce(row);
    return row && this.ticket(row);
  }

  /** Calls the same ticket again, e.g. when nobody came forward. */
  async recall(id: number): Promise<Ticket> {
    await this.row(id, ['called']);
    await this.db.run('UPDATE tickets SET call_seq = (SELECT MAX(call_seq) + 1 FROM tickets) WHERE id = ?', [id]);
    const row = await this.row(id);
    await this.announce(row);
    return this.ticket(row);
  }

  async finish(id: number, outcome: 'served' | 'skipped'): Promise<Ticket> {
    await this.row(id, ['called']);
    await this.db.run('UPDATE tickets SET state = ?, finished_at = ? WHERE id = ?', [outcome, this.clock.now().toISOString(), id]);
    await this.changed();
    return this.ticket(await this.row(id));
  }

  /** Sends a ticket to another service's queue; it keeps its number and its place by issue time. */
  async transfer(id: number, service: TicketService): Promise<Ticket> {
    await this.row(id, ['waiting', 'called']);
    await this.db.run("UPDATE tickets SET service = ?, state = 'waiting', window_no = NULL, called_at = NULL, call_seq = NULL WHERE id = ?", [service, id]);
    await this.changed();
    return this.ticket(await this.row(id));
  }

  async board(): Promise<QueueBoard> {
    const day = await this.today();
    const called = await this.db.all<TicketRow>('SELECT * FROM tickets WHERE day = ? AND call_seq IS NOT NULL ORDER BY call_seq DESC LIMIT 6', [day]);
    const waiting = await this.db.all<{ service: TicketService; n: number }>(
      "SELECT service, COUNT(*) AS n FROM tickets WHERE day = ? AND state = 'waiting' GROUP BY service",
      [day],
    );
    const counts = Object.fromEntries(Object.keys(TICKET_LETTERS).map((s) => [s, waiting.find((w) => w.service === s)?.n ?? 0])) as Record<
      TicketService,
      number
    >;
    const callOf = (r: TicketRow) => ({ number: r.number, windowNo: r.window_no!, calledAt: r.called_at! });
    // The big spot is the newest call while that person is still awaited at the window; once served
    // or skipped it leaves the spot. Every other recent call, finished or not, is in the list below,
    // so the list fills as soon as the first number is done, not only when a second is called.
    const current = called[0]?.state === 'called' ? called[0] : undefined;
    return {
      nowServing: current ? callOf(current) : null,
      lastCalled: called
        .filter((r) => r !== current)
        .slice(0, 5)
        .map(callOf),
      waiting: counts,
    };
  }

  private async ticket(row: TicketRow): Promise<Ticket> {
    const ahead = await this.db.get<{ n: number }>(
      "SELECT COUNT(*) AS n FROM tickets WHERE day = ? AND service = ? AND state = 'waiting' AND (priority > ? OR (priority = ? AND id < ?))",
      [row.day, row.service, row.priority, row.priority, row.id],
    );
    const waitingAhead = row.state === 'waiting' ? ahead!.n : 0;
    return {
      id: row.id,
      number: row.number,
      service: row.service,
      priority: row.priority === 1,
      state: row.state,
      windowNo: row.window_no,
      issuedAt: row.issued_at,
      waitingAhead,
      estimatedWaitMinutes: Math.ceil(waitingAhead * (await this.minutesPerTicket(row.day, row.service))),
    };
  }

  /** Today's average from called to finished for the service, or the default before anyone is served. */
  private async minutesPerTicket(day: string, service: TicketService): Promise<number> {
    const served = await this.db.all<{ called_at: string; finished_at: string }>(
      "SELECT called_at, finished_at FROM tickets WHERE day = ? AND service = ? AND state = 'served'",
      [day, service],
    );
    if (served.length === 0) return DEFAULT_MINUTES_PER_TICKET;
    const total = served.reduce((ms, t) => ms + (Date.parse(t.finished_at) - Date.parse(t.called_at)), 0);
    return total / served.length / 60_000;
  }

  private async row(id: number, states?: Ticket['state'][]): Promise<TicketRow> {
    const row = await this.db.get<TicketRow>('SELECT * FROM tickets WHERE id = ?', [id]);
    if (!row) throw new KioskError('TICKET_NOT_FOUND', 'queue.errors.notFound');
    if (states && !states.includes(row.state)) throw new KioskError('TICKET_STATE', 'queue.errors.wrongState', { state: row.state });
    return row;
  }

  private async today(): Promise<string> {
    return courtDate(this.clock.now(), await this.timeZone());
  }

  private async announce(row: TicketRow): Promise<void> {
    this.events.emit('queue.called', { number: row.number, windowNo: row.window_no!, calledAt: row.called_at! });
    await this.changed();
  }

  private async changed(): Promise<void> {
    this.events.emit('queue.changed', await this.board());
  }
}
