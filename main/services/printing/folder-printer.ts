// The printer of a terminal without one: each job is saved as a PDF in a folder of the data dir,
// where an admin (or a test) can pick it up.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Printer, PrinterStatus, PrintRequest } from './printer';

export class FolderPrinter implements Printer {
  readonly name = null;

  constructor(readonly folder: string) {}

  async status(): Promise<PrinterStatus> {
    await mkdir(this.folder, { recursive: true });
    return { ready: true, reason: null, detail: this.folder };
  }

  async print(request: PrintRequest): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    await writeFile(join(this.folder, `${request.fileName}.pdf`), request.pdf);
  }
}
