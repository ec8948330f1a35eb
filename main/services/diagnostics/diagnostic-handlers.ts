// The admin's checks of the court connection and a printer, and the event log.
import type { TerminalConfig } from '../../../contract';
import type { Clock } from '../clock';
import type { CourtGateway } from '../court/court-gateway';
import { handlerSet } from '../handler-table';
import type { PrinterRole } from '../printing/print-service';
import type { Printer } from '../printing/printer';
import type { ReceiptFonts } from '../receipts/font';
import { testCourtConnection, testPrinter } from './device-tests';
import type { EventLog } from './event-log';

/** How long the admin waits for a test page before it counts as not printed. */
const PRINTER_TEST_TIMEOUT_MS = 30_000;

export interface DiagnosticHandlerDeps {
  clock: Clock;
  config: () => Promise<TerminalConfig>;
  court: () => Promise<CourtGateway>;
  /** The printer for a role as configured, or the named one instead. */
  printerFor: (role: PrinterRole, name?: string) => Promise<Printer>;
  eventLog: EventLog;
  fonts: ReceiptFonts;
  localesDir: string;
  printTimeoutMs?: number;
}

export const diagnosticHandlers = ({ clock, config, court, printerFor, eventLog, fonts, localesDir, printTimeoutMs }: DiagnosticHandlerDeps) =>
  handlerSet({
    'admin.testCourt': async () => testCourtConnection(await court(), clock),
    'admin.testPrinter': async ({ role, printer, language }) =>
      testPrinter(await printerFor(role, printer), role, {
        clock,
        config: await config(),
        fonts,
        localesDir,
        language,
        timeoutMs: printTimeoutMs ?? PRINTER_TEST_TIMEOUT_MS,
      }),
    'admin.log': async ({ limit }) => ({ entries: eventLog.recent(limit) }),
  });
