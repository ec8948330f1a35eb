// Electron's silent printing, for A4 documents on terminals whose printer has no CUPS queue
// (Windows). The Electron shell passes in a hidden window's webContents; services never import
// Electron. Thermal receipts never come here: Chromium's silent print to roll printers is known to
// feed blank pages (its page setup cannot express a content-length roll), so 80 mm jobs go to the
// system spooler through CUPS, where the driver knows the roll.
import { PrintFailed, type Printer, type PrinterStatus, type PrintRequest } from './printer';

/** The part of Electron's WebContents this adapter uses. */
export interface SilentPrintSurface {
  loadURL(url: string): Promise<void>;
  print(
    options: { silent: boolean; deviceName: string; printBackground: boolean; pageSize: 'A4'; margins: { marginType: 'none' } },
    callback: (success: boolean, failureReason: string) => void,
  ): void;
  getPrintersAsync(): Promise<{ name: string; status: number }[]>;
}

export class ElectronPrinter implements Printer {
  constructor(
    readonly name: string,
    private readonly surface: SilentPrintSurface,
  ) {}

  async status(): Promise<PrinterStatus> {
    const printers = await this.surface.getPrintersAsync();
    const found = printers.find((p) => p.name === this.name);
    if (!found) return { ready: false, reason: 'error', detail: `no printer named ${this.name}` };
    return { ready: true, reason: null, detail: this.name };
  }

  async print(request: PrintRequest, signal: AbortSignal): Promise<void> {
    if (request.paper !== 'a4') throw new PrintFailed('error', 'roll receipts print through CUPS, not Electron');
    await this.surface.loadURL(`data:application/pdf;base64,${Buffer.from(request.pdf).toString('base64')}`);
    await new Promise<void>((resolve, reject) => {
      signal.addEventListener('abort', () => reject(new PrintFailed('timeout', 'no answer from the printer in time')), { once: true });
      this.surface.print(
        { silent: true, deviceName: this.name, printBackground: true, pageSize: 'A4', margins: { marginType: 'none' } },
        (success, failureReason) => (success ? resolve() : reject(new PrintFailed(/paper/i.test(failureReason) ? 'paperOut' : 'error', failureReason))),
      );
    });
  }
}
