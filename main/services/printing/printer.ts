// What every printer adapter does: take one PDF and report how it went, with a reason the helper
// desk understands when it did not print.
import type { PrintJob } from '../../../contract';
import type { PageSizeName } from '../receipts/page-sizes.data';

export type PrintFailure = NonNullable<PrintJob['failure']>;

export class PrintFailed extends Error {
  constructor(
    readonly reason: PrintFailure,
    detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = 'PrintFailed';
  }
}

export interface PrintRequest {
  pdf: Uint8Array;
  title: string;
  paper: PageSizeName;
  /** Page length; a roll printer feeds this much. */
  lengthMm: number;
  /** A name safe for a file system, for adapters that write files. */
  fileName: string;
}

export interface PrinterStatus {
  ready: boolean;
  /** Why not, when not ready. */
  reason: PrintFailure | null;
  detail: string;
}

export interface Printer {
  /** The system's name for it; null for the save-to-folder printer. */
  readonly name: string | null;
  /** Resolves once printed; rejects with PrintFailed. Must stop (and cancel the job) when `signal` aborts. */
  print(request: PrintRequest, signal: AbortSignal): Promise<void>;
  status(): Promise<PrinterStatus>;
}
