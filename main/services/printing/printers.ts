// Which adapter prints for a role, from TerminalConfig.printers: no name saves to a folder; a
// name goes to CUPS, or to Electron's silent print for A4 where the shell offers it (Windows).
import type { TerminalConfig } from '../../../contract';
import type { CommandRunner } from './command-runner';
import { CupsPrinter } from './cups-printer';
import { ElectronPrinter, type SilentPrintSurface } from './electron-printer';
import { FolderPrinter } from './folder-printer';
import type { Printer } from './printer';
import type { PrinterRole } from './print-service';

export interface PrinterChoices {
  run: CommandRunner;
  /** Where jobs go when no printer is configured. */
  folder: string;
  silentPrint?: SilentPrintSurface;
}

export function choosePrinter(role: PrinterRole, printers: TerminalConfig['printers'], choices: PrinterChoices): Printer {
  const name = role === 'receipt' ? printers.receipt : printers.document;
  if (name === null) return new FolderPrinter(choices.folder);
  if (role === 'document' && choices.silentPrint) return new ElectronPrinter(name, choices.silentPrint);
  return new CupsPrinter(name, choices.run);
}
