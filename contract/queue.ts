// Take-a-number tickets for the helper desk and the waiting-area board.
import { z } from 'zod';
import { method } from './method';
import { Empty, LanguageCode } from './shapes';

export const TicketService = z.enum(['filing', 'fees', 'mediation', 'enquiry']);
export type TicketService = z.infer<typeof TicketService>;

export const Ticket = z.object({
  id: z.number().int(),
  number: z.string(),
  service: TicketService,
  priority: z.boolean(),
  state: z.enum(['waiting', 'called', 'served', 'skipped']),
  windowNo: z.string().nullable(),
  issuedAt: z.string(),
  waitingAhead: z.number().int(),
  estimatedWaitMinutes: z.number().int(),
});
export type Ticket = z.infer<typeof Ticket>;

/** A ticket being called to a window: what the waiting-area display shows and says aloud. */
export const TicketCall = z.object({ number: z.string(), windowNo: z.string(), calledAt: z.string() });

export const QueueBoard = z.object({
  nowServing: TicketCall.nullable(),
  lastCalled: z.array(TicketCall).max(5),
  waiting: z.record(TicketService, z.number().int()),
});
export type QueueBoard = z.infer<typeof QueueBoard>;

const TicketRef = z.object({ ticketId: z.number().int().positive() }).strict();
const WindowNo = z.string().regex(/^[0-9A-Za-z]{1,4}$/);

export const queueMethods = {
  /**
   * Takes a number for the helper desk; priority for the elderly, disabled and pregnant. Also prints the
   * ticket, in the litigant's language; a printer fault never stops the number being issued.
   */
  'queue.take': method(z.object({ service: TicketService, priority: z.boolean(), language: LanguageCode }).strict(), Ticket),
  'queue.board': method(Empty, QueueBoard),
  'queue.callNext': method(z.object({ windowNo: WindowNo, services: z.array(TicketService).min(1) }).strict(), Ticket.nullable(), 'helper'),
  'queue.recall': method(TicketRef, Ticket, 'helper'),
  'queue.serve': method(TicketRef, Ticket, 'helper'),
  'queue.skip': method(TicketRef, Ticket, 'helper'),
  'queue.transfer': method(TicketRef.extend({ service: TicketService }).strict(), Ticket, 'helper'),
} as const;

export const queueEvents = {
  'queue.changed': QueueBoard,
  'queue.called': TicketCall,
} as const;
