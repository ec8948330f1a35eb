// CSV exports for the court's own records: submissions, payments and tickets by court date. The
// admin console and the CLI's `export --from --to` both call writeExport. Personal data stays out:
// a submission is its receipt number and fate, not the litigant's payload.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAYMENT_EXPORT_COLUMNS, paymentExportRows } from '../fees/payment-records';
import { SUBMISSION_EXPORT_COLUMNS, submissionExportRows } from '../outbox/submission-records';
import type { Queryable } from '../storage/database';
import { checkRange, courtDayOf, inRange, utcWindow, type DateRange } from './date-range';

export const EXPORT_KINDS = ['submissions', 'payments', 'tickets'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

interface ExportTable {
  /** The column holding the instant that puts a row on a court day. */
  dateColumn: string;
  rows: (db: Queryable, since: string, until: string) => Promise<Record<string, unknown>[]>;
  columns: readonly string[];
}

const TABLES: Record<ExportKind, ExportTable> = {
  submissions: {
    dateColumn: 'created_at',
    rows: submissionExportRows,
    columns: SUBMISSION_EXPORT_COLUMNS,
  },
  payments: {
    dateColumn: 'created_at',
    rows: paymentExportRows,
    columns: PAYMENT_EXPORT_COLUMNS,
  },
  tickets: {
    dateColumn: 'issued_at',
    rows: (db, since, until) =>
      db.all(
        'SELECT day, number, service, priority, state, window_no, issued_at, called_at, finished_at FROM tickets WHERE issued_at >= ? AND issued_at < ? ORDER BY id',
        [since, until],
      ),
    columns: ['day', 'number', 'service', 'priority', 'state', 'window_no', 'issued_at', 'called_at', 'finished_at'],
  },
};

/** RFC 4180: quote a field with a comma, quote or line break, doubling its quotes. */
const csvField = (value: unknown): string => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export interface CsvExport {
  kind: ExportKind;
  csv: string;
  rows: number;
}

export async function exportCsv(db: Queryable, kind: ExportKind, range: DateRange, timeZone: string): Promise<CsvExport> {
  checkRange(range);
  const table = TABLES[kind];
  const { since, until } = utcWindow(range);
  const rows = (await table.rows(db, since, until)).filter((row) => inRange(courtDayOf(String(row[table.dateColumn]), timeZone), range));
  const lines = [table.columns.join(','), ...rows.map((row) => table.columns.map((column) => csvField(row[column])).join(','))];
  return { kind, csv: lines.join('\r\n') + '\r\n', rows: rows.length };
}

export interface WrittenExport extends CsvExport {
  /** Where the file was saved on the terminal. */
  file: string;
  fileName: string;
}

/**
 * Saves the export under <data folder>/exports/. The file starts with a byte-order mark so that
 * Excel, which most court offices open CSV in, reads the Chinese as UTF-8.
 */
export async function writeExport(db: Queryable, dataDir: string, kind: ExportKind, range: DateRange, timeZone: string): Promise<WrittenExport> {
  const result = await exportCsv(db, kind, range, timeZone);
  const folder = join(dataDir, 'exports');
  mkdirSync(folder, { recursive: true });
  const fileName = `${kind}-${range.from}-${range.to}.csv`;
  const file = join(folder, fileName);
  writeFileSync(file, '\uFEFF' + result.csv, 'utf8');
  return { ...result, file, fileName };
}
