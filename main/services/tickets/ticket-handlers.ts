// Take-a-number over the contract: the litigant's ticket (and its paper), the board, the windows.
import { handlerSet } from '../handler-table';
import type { TicketPaper } from './ticket-paper';
import type { TicketQueue } from './ticket-queue';

export const ticketHandlers = ({ tickets, ticketPaper }: { tickets: TicketQueue; ticketPaper: TicketPaper }) =>
  handlerSet({
    'queue.take': async ({ service, priority, language }) => {
      const ticket = await tickets.take(service, priority);
      ticketPaper.print(ticket, language);
      return ticket;
    },
    'queue.board': () => tickets.board(),
    'queue.callNext': ({ windowNo, services }) => tickets.callNext(windowNo, services),
    'queue.recall': ({ ticketId }) => tickets.recall(ticketId),
    'queue.serve': ({ ticketId }) => tickets.finish(ticketId, 'served'),
    'queue.skip': ({ ticketId }) => tickets.finish(ticketId, 'skipped'),
    'queue.transfer': ({ ticketId, service }) => tickets.transfer(ticketId, service),
  });
