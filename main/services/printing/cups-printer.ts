// A printer behind CUPS: `lp` to submit, `lpstat` to follow the job and the printer's state,
// `cancel` when we give up, so a job that timed out cannot surprise anyone by printing later.
import type { CommandRunner } from './command-runner';
import { PrintFailed, type PrintFailure, type Printer, type PrinterStatus, type PrintRequest } from './printer';

/** CUPS media names: A4 by name; the roll as a custom size as long as the receipt. */
const media = (request: PrintRequest) => (request.paper === 'a4' ? 'A4' : `Custom.80x${Math.ceil(request.lengthMm)}mm`);

export interface CupsPrinterOptions {
  /** How often the job's progress is asked for. */
  pollMs?: number;
}

export class CupsPrinter implements Printer {
  private readonly pollMs: number;

  constructor(
    readonly name: string,
    private readonly run: CommandRunner,
    options: CupsPrinterOptions = {},
  ) {
    this.pollMs = options.pollMs ?? 250;
  }

  async status(): Promise<PrinterStatus> {
    const result = await this.run('lpstat', ['-l', '-p', this.name]);
    if (result.code !== 0) return { ready: false, reason: 'error', detail: (result.stderr || result.stdout).trim() };
    const text = result.stdout;
    // CUPS reports an empty tray as a printer-state-reason, whichever driver sits below.
    if (/media-(empty|needed|jam)/.test(text)) return { ready: false, reason: 'paperOut', detail: text.trim() };
    if (/\bdisabled\b/.test(text)) return { ready: false, reason: 'printerStopped', detail: text.trim() };
    return { ready: true, reason: null, detail: text.trim() };
  }

  async print(request: PrintRequest, signal: AbortSignal): Promise<void> {
    const before = await this.status();
    if (!before.ready) throw new PrintFailed(before.reason!, before.detail);
    const submitted = await this.run('lp', ['-d', this.name, '-t', request.title, '-o', `media=${media(request)}`], { input: request.pdf, signal });
    const jobId = /request id is (\S+)/.exec(submitted.stdout)?.[1];
    if (submitted.code !== 0 || !jobId) throw new PrintFailed(signal.aborted ? 'timeout' : 'error', (submitted.stderr || submitted.stdout).trim());
    for (;;) {
      if (signal.aborted) return this.giveUp(jobId, 'timeout', 'no answer from the printer in time');
      const pending = await this.run('lpstat', ['-W', 'not-completed', '-o', this.name]);
      if (pending.code === 0 && !pending.stdout.split('\n').some((line) => line.startsWith(`${jobId} `))) return;
      const now = await this.status();
      if (!now.ready) return this.giveUp(jobId, now.reason!, now.detail);
      await new Promise((resolve) => setTimeout(resolve, this.pollMs));
    }
  }

  private async giveUp(jobId: string, reason: PrintFailure, detail: string): Promise<never> {
    await this.run('cancel', [jobId]);
    throw new PrintFailed(reason, detail);
  }
}
