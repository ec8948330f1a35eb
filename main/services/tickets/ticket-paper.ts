// The paper ticket of a take-a-number ticket. The number is the litigant's as soon as it is issued;
// its paper follows without holding up the screen, so a slow or jammed printer never blocks the queue.
import type { Ticket, TerminalConfig } from '../../../contract';
import { courtDate } from '../clock';
import type { PrintService } from '../printing/print-service';
import type { ReceiptService } from '../receipts/receipt-service';

export interface TicketPaperDeps {
  config: () => Promise<TerminalConfig>;
  receipts: ReceiptService;
  printing: PrintService;
  log: (message: string, context?: Record<string, unknown>) => void;
}

export class TicketPaper {
  private printing = Promise.resolve();

  constructor(private readonly deps: TicketPaperDeps) {}

  /** Prints in the background; a failure is logged and left to the helper desk's print queue. */
  print(ticket: Ticket, language: string): void {
    const printed = this.printNow(ticket, language).catch((err: unknown) =>
      this.deps.log('queue ticket not printed', { ticket: ticket.number, error: String(err) }),
    );
    this.printing = Promise.all([this.printing, printed]).then(() => undefined);
  }

  /** Resolves once every ticket asked for so far has been handed to the printer (or failed). */
  idle(): Promise<void> {
    return this.printing;
  }

  private async printNow(ticket: Ticket, language: string) {
    const { terminalId, timeZone } = await this.deps.config();
    const day = courtDate(new Date(ticket.issuedAt), timeZone).replaceAll('-', '');
    const input = {
      ticketNo: ticket.number,
      service: ticket.service,
      priority: ticket.priority,
      waitingAhead: ticket.waitingAhead,
      estimatedWaitMinutes: ticket.estimatedWaitMinutes,
      documentNo: `${terminalId}-PD-${day}-${ticket.number}`,
    };
    return this.deps.printing.submit(await this.deps.receipts.render('queue-ticket', input, { language }));
  }
}
