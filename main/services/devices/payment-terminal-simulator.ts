// A payment terminal that behaves like hardware, for demo mode and tests: it can approve, decline,
// time out, be cancelled by the payer, or drop the connection after charging. Its ledger is a file
// written before it answers, as a bank's would be, so a kiosk crash cannot make it forget a charge.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { TerminalUnsure, type ChargeOutcome, type ChargeRequest, type PaymentTerminal } from './payment-terminal';

export type SimulatedBehaviour = 'approve' | 'decline' | 'timeout' | 'payerCancels' | 'disconnectAfterCharge';

export interface SimulatorOptions {
  ledgerFile: string;
  /** How long the payer takes; tests pass 0. */
  payerDelayMs?: number;
}

type Ledger = Record<string, ChargeOutcome & { amountFen: number }>;

export class PaymentTerminalSimulator implements PaymentTerminal {
  private readonly script: SimulatedBehaviour[] = [];
  private readonly payersWaiting = new Set<() => void>();
  /** payerActs() came before the terminal asked (the screen shows the prompt as the charge starts). */
  private payerReady = false;

  constructor(private readonly options: SimulatorOptions) {}

  /** Queues how the next charges will go; with nothing queued, charges are approved. */
  behave(...next: SimulatedBehaviour[]): void {
    this.script.push(...next);
  }

  /**
   * The payer at the terminal acts now instead of after payerDelayMs, or as soon as the terminal asks
   * if it has not yet: a test that has seen the prompt moves on at once rather than waiting out a
   * delay long enough to see it on a busy machine.
   */
  payerActs(): void {
    if (this.payersWaiting.size === 0) this.payerReady = true;
    for (const act of this.payersWaiting) act();
  }

  /** Every charge the "bank" has recorded, for tests and the demo's helper screen. */
  ledger(): Ledger {
    return existsSync(this.options.ledgerFile) ? (JSON.parse(readFileSync(this.options.ledgerFile, 'utf8')) as Ledger) : {};
  }

  async charge(request: ChargeRequest, signal: AbortSignal): Promise<ChargeOutcome> {
    const earlier = this.ledger()[request.reference];
    if (earlier) return strip(earlier);
    const behaviour = this.script.shift() ?? 'approve';
    request.onPrompt(request.method === 'qr' ? { kind: 'scanQr', payload: `https://pay.example/qr/${request.reference}` } : { kind: 'insertCard' });
    const cancelled = await this.payerTakesTime(signal);
    if (cancelled || behaviour === 'payerCancels') return { status: 'cancelled' };
    switch (behaviour) {
      case 'timeout':
        throw new TerminalUnsure('timeout');
      case 'decline':
        return this.record(request, { status: 'declined', reason: 'insufficientFunds' });
      case 'disconnectAfterCharge':
        this.record(request, this.approval(request.reference));
        throw new TerminalUnsure('disconnected');
      case 'approve':
        return this.record(request, this.approval(request.reference));
    }
  }

  async inquire(reference: string): Promise<ChargeOutcome | null> {
    const entry = this.ledger()[reference];
    return entry ? strip(entry) : null;
  }

  private approval(reference: string): ChargeOutcome {
    const authCode = String(100001 + Object.keys(this.ledger()).length);
    return { status: 'approved', authCode, terminalRef: `SIM-${reference.slice(0, 8).toUpperCase()}` };
  }

  private payerTakesTime(signal: AbortSignal): Promise<boolean> {
    return new Promise((resolve) => {
      if (signal.aborted) return resolve(true);
      if (this.payerReady) {
        this.payerReady = false;
        return resolve(false);
      }
      const done = (cancelled: boolean) => {
        clearTimeout(timer);
        this.payersWaiting.delete(acts);
        resolve(cancelled);
      };
      const acts = () => done(false);
      const timer = setTimeout(acts, this.options.payerDelayMs ?? 1500);
      this.payersWaiting.add(acts);
      signal.addEventListener('abort', () => done(true));
    });
  }

  private record(request: ChargeRequest, outcome: ChargeOutcome): ChargeOutcome {
    const ledger = { ...this.ledger(), [request.reference]: { ...outcome, amountFen: request.amountFen } };
    writeDurably(this.options.ledgerFile, JSON.stringify(ledger, null, 2));
    return outcome;
  }
}

const strip = ({ amountFen: _, ...outcome }: ChargeOutcome & { amountFen: number }): ChargeOutcome => outcome;

function writeDurably(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  const fd = openSync(tmp, 'w');
  writeSync(fd, text);
  fsyncSync(fd);
  closeSync(fd);
  renameSync(tmp, file);
}
