// The admin console: statistics, exports, connection and printer tests, the terminal's log.
import { z } from 'zod';
import { method } from './method';
import { PrintJob } from './print';
import { Empty, LanguageCode } from './shapes';

/** Court dates, both ends included. */
const DateRangeInput = { from: z.iso.date(), to: z.iso.date() };

export const Statistics = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  days: z.array(
    z.object({ date: z.iso.date(), visits: z.number().int(), submissions: z.number().int(), payments: z.number().int(), tickets: z.number().int() }),
  ),
  /** filing, mediation, payment (money taken), refund, relief, tickets. */
  perService: z.array(z.object({ service: z.string(), count: z.number().int() })),
  ticketsByService: z.array(z.object({ service: z.string(), count: z.number().int() })),
  averageWaitMinutes: z.number().nullable(),
  /** From call to served at the helper desk. */
  averageHandlingMinutes: z.number().nullable(),
  ticketsServed: z.number().int(),
  /** Visits started in each hour of the day (0–23, court time). */
  busiestHours: z.array(z.object({ hour: z.number().int().min(0).max(23), visits: z.number().int() })).length(24),
});
export type Statistics = z.infer<typeof Statistics>;

export const ExportKind = z.enum(['submissions', 'payments', 'tickets']);
/** A CSV saved under the data folder's exports/, with its text for a shell that can offer it as a download. */
export const ExportResult = z.object({ fileName: z.string(), file: z.string(), rows: z.number().int(), csv: z.string() });
export type ExportResult = z.infer<typeof ExportResult>;

export const CourtTest = z.object({ court: z.enum(['demo', 'http']), reachable: z.boolean(), millis: z.number().int() });
export type CourtTest = z.infer<typeof CourtTest>;

export const PrinterTest = z.object({
  role: z.enum(['receipt', 'document']),
  printer: z.string().nullable(),
  printed: z.boolean(),
  failure: PrintJob.shape.failure,
});
export type PrinterTest = z.infer<typeof PrinterTest>;

export const LogEntry = z.object({ at: z.string(), message: z.string(), context: z.record(z.string(), z.unknown()) });
export type LogEntry = z.infer<typeof LogEntry>;

export const adminMethods = {
  /** Admin: visits, submissions, payments and tickets per day and per service, handling times, busiest hours. */
  'admin.statistics': method(z.object(DateRangeInput).strict(), Statistics, 'admin'),
  /**
   * Admin: a CSV of submissions, payments or tickets, saved in the data folder's exports/ and returned.
   * The CLI's `export --from --to` calls writeExport() in main/services/reports/exports.ts, as this does.
   */
  'admin.export': method(z.object({ kind: ExportKind, ...DateRangeInput }).strict(), ExportResult, 'admin'),
  /** Admin: one empty round trip to the configured court (or the demo court). */
  'admin.testCourt': method(Empty, CourtTest, 'admin'),
  /** Admin: prints a test page on a role's printer as configured, or on the named one before it is saved. */
  'admin.testPrinter': method(
    z.object({ role: z.enum(['receipt', 'document']), printer: z.string().min(1).max(128).optional(), language: LanguageCode }).strict(),
    PrinterTest,
    'admin',
  ),
  /** Admin: the newest entries of the terminal's log, newest first. */
  'admin.log': method(z.object({ limit: z.number().int().min(1).max(500) }).strict(), z.object({ entries: z.array(LogEntry) }), 'admin'),
} as const;
