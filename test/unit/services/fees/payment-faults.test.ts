// The payment state machine under every behaviour of the simulated terminal, by card and by QR, as
// a table: where each ends, how many charges the bank holds, and that a second tap, a retry and
// the start-up reconciliation never add a charge. A payment the bank took always ends confirmed.
import { afterEach, describe, expect, it } from 'vitest';
import type { SimulatedBehaviour } from '../../../../main/services/devices/payment-terminal-simulator';
import type { Payment } from '../../../../contract';
import { manualClock, tempKiosk } from '../../support/temp-kiosk';
import { call, reply } from '../../support/contract-call';

const NOTICE = { caseNumber: '（2026）粤0703民初1234号', payerIdNumber: '11010519491231002X' };
let kiosk: Awaited<ReturnType<typeof tempKiosk>>;
afterEach(() => kiosk.dispose());

const approvedCharges = () => Object.values(kiosk.simulators.paymentTerminal.ledger()).filter((c) => c.status === 'approved');

async function settled(id: string): Promise<Payment> {
  await kiosk.payments.idle();
  await kiosk.sync.syncOnce();
  return call(kiosk, 'fees.payment', { paymentId: id });
}

// [behaviour, state once the terminal and the court have answered, after reconciliation, charges]
const FAULTS: [SimulatedBehaviour, Payment['state'], Payment['state'], number][] = [
  ['approve', 'confirmed', 'confirmed', 1],
  ['decline', 'failed', 'failed', 0],
  ['payerCancels', 'cancelled', 'cancelled', 0],
  // The terminal never answered and charged nothing: unknown until reconciliation says so.
  ['timeout', 'unknown', 'failed', 0],
  // The bank took the money but the answer was lost: found and booked, never taken again.
  ['disconnectAfterCharge', 'confirmed', 'confirmed', 1],
];

describe.each(['card', 'qr'] as const)('paying by %s', (method) => {
  it.each(FAULTS)('%s ends %s, then %s after reconciliation, with %i charge(s)', async (behaviour, first, reconciled, charges) => {
    // The payer takes a moment, so the second tap lands while the terminal is still waiting.
    kiosk = await tempKiosk({ payerDelayMs: 300, clock: manualClock('2026-11-23T09:30:00.000Z') });
    kiosk.simulators.paymentTerminal.behave(behaviour);
    const started = await call(kiosk, 'fees.pay', { ...NOTICE, method });
    // A double tap while the terminal works is the same payment.
    expect((await call(kiosk, 'fees.pay', { ...NOTICE, method })).id).toBe(started.id);
    expect((await settled(started.id)).state).toBe(first);
    await kiosk.payments.reconcile();
    expect((await settled(started.id)).state).toBe(reconciled);
    expect(approvedCharges()).toHaveLength(charges);

    // Afterwards, paying again is refused if paid, and otherwise takes exactly one new charge.
    const again = await reply(kiosk, 'fees.pay', { ...NOTICE, method });
    if (reconciled === 'confirmed') {
      expect(!again.ok && again.error.code).toBe('ALREADY_PAID');
      expect(approvedCharges()).toHaveLength(1);
    } else {
      expect(again.ok).toBe(true);
      expect((await settled((again as { value: Payment }).value.id)).state).toBe('confirmed');
      expect(approvedCharges()).toHaveLength(1);
    }
  });
});
