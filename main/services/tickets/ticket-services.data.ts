// The helper-desk queues a litigant can take a number for, each with the letter its numbers carry.
// Order is the order on the take-a-number screen.
import type { TicketService } from '../../../contract';

export const TICKET_LETTERS: Record<TicketService, string> = {
  filing: 'A', // 立案帮办
  fees: 'B', // 交费、退费
  mediation: 'C', // 诉前调解
  enquiry: 'D', // 咨询、查询
};

/** Until a service has served someone today, its wait is estimated at this many minutes each. */
export const DEFAULT_MINUTES_PER_TICKET = 5;
