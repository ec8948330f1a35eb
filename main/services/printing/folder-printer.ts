// The printer of a terminal without one: each job is saved as a PDF in a folder of the data dir,
// where an admin (or a test) can pick it up.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
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
    await mkdir(this.folder, { recursive: true, mode: 0o700 });
    await writeFile(join(this.folder, `${request.fileName}.pdf`), request.pdf, { mode: 0o600 });
  }
}

/**
 * Deletes the saved papers of jobs whose own copy was purged: reprint is no longer offered, so the
 * paper (an ID number on a complaint) has no purpose left. Its file name starts with the job's id.
 */
export async function purgePrintedFolder(folder: string, jobIds: readonly number[]): Promise<number> {
  const prefixes = jobIds.map((id) => `${id}-`);
  const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => prefixes.some((p) => name.startsWith(p)));
  for (const name of names) await rm(join(folder, name), { force: true });
  return names.length;
}
