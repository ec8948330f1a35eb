// The payment terminal simulator's payer: takes the configured time, or acts at once when a test has
// seen the prompt and says so; a payer who cancels first is not charged.
import { describe, expect, it } from 'vitest';
import { PaymentTerminalSimulator } from '../../../../main/services/devices/payment-terminal-simulator';
import { tempDir } from '../../support/temp-kiosk';

function terminal(payerDelayMs: number) {
  const data = tempDir();
  return { data, sim: new PaymentTerminalSimulator({ ledgerFile: `${data.dir}/ledger.json`, payerDelayMs }) };
}

describe('payment terminal simulator', () => {
  it('charges once the payer acts, long before the payer delay has run out', async () => {
    const { data, sim } = terminal(60_000);
    let prompted = false;
    const charge = sim.charge({ reference: 'r1', amountFen: 100, method: 'card', onPrompt: () => (prompted = true) }, new AbortController().signal);
    expect(prompted).toBe(true);
    sim.payerActs();
    await expect(charge).resolves.toMatchObject({ status: 'approved' });
    expect(sim.ledger()).toMatchObject({ r1: { status: 'approved', amountFen: 100 } });
    data.remove();
  });

  it('a payer told to act before the terminal asks acts as soon as it does, once', async () => {
    const { data, sim } = terminal(60_000);
    sim.payerActs();
    const first = sim.charge({ reference: 'r3', amountFen: 100, method: 'card', onPrompt: () => undefined }, new AbortController().signal);
    await expect(first).resolves.toMatchObject({ status: 'approved' });
    let settled = false;
    const second = sim.charge({ reference: 'r4', amountFen: 100, method: 'card', onPrompt: () => undefined }, new AbortController().signal);
    void second.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    sim.payerActs();
    await expect(second).resolves.toMatchObject({ status: 'approved' });
    data.remove();
  });

  it('a payer who cancels is not charged, and acting after that changes nothing', async () => {
    const { data, sim } = terminal(60_000);
    const abort = new AbortController();
    const charge = sim.charge({ reference: 'r2', amountFen: 100, method: 'qr', onPrompt: () => undefined }, abort.signal);
    abort.abort();
    sim.payerActs();
    await expect(charge).resolves.toEqual({ status: 'cancelled' });
    expect(sim.ledger()).toEqual({});
    data.remove();
  });
});
