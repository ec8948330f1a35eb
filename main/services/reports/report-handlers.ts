// The admin's statistics and exports, counted in the court's own time zone.
import type { TerminalConfig } from '../../../contract';
import { handlerSet } from '../handler-table';
import type { Database } from '../storage/database';
import { writeExport } from './exports';
import { statistics } from './statistics';

export interface ReportHandlerDeps {
  db: Database;
  /** Exports are written here, beside the database. */
  dataDir: string;
  config: () => Promise<TerminalConfig>;
}

export const reportHandlers = ({ db, dataDir, config }: ReportHandlerDeps) =>
  handlerSet({
    'admin.statistics': async (range) => statistics(db, range, (await config()).timeZone),
    'admin.export': async ({ kind, ...range }) => writeExport(db, dataDir, kind, range, (await config()).timeZone),
  });
