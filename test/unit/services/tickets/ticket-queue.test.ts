// The helper-desk queue through the contract: numbering per service and per local day, priority
// first, transfers, the waiting-area board, estimates — and nobody's place lost over a restart.
import { afterEach, describe, expect, it } from 'vitest';
import type { TicketService } from '../../../../contract';
import { call } from '../../support/contract-call';
import { manualClock, tempDir, tempKiosk } from '../../support/temp-kiosk';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanups.splice(0).reverse()) await f();
});

async function open(clock = manualClock('2026-11-23T01:00:00.000Z'), dataDir?: string) {
  const kiosk = await tempKiosk({ clock, ...(dataDir ? { dataDir } : {}) });
  cleanups.push(() => kiosk.close());
  return { kiosk, clock };
}

describe('ticket queue', () => {
  it("numbers each service on its own, and starts again at the court's midnight", async () => {
    const { kiosk, clock } = await open(manualClock('2026-11-23T15:58:00.000Z')); // 23:58 in Beijing
    const take = async (service: TicketService) => (await call(kiosk, 'queue.take', { service, priority: false, language: 'zh-CN' })).number;
    expect([await take('filing'), await take('filing'), await take('fees'), await take('enquiry')]).toEqual(['A001', 'A002', 'B001', 'D001']);
    clock.advance(2 * 60_000); // 00:00 on the 24th
    expect(await take('filing')).toBe('A001');
  });

  it('calls priority tickets first, then in order of arrival, and shows them on the board', async () => {
    const { kiosk } = await open();
    const a1 = await call(kiosk, 'queue.take', { service: 'filing', priority: false, language: 'zh-CN' });
    await call(kiosk, 'queue.take', { service: 'filing', priority: false, language: 'zh-CN' });
    const elder = await call(kiosk, 'queue.take', { service: 'filing', priority: true, language: 'zh-CN' });
    expect(elder).toMatchObject({ number: 'A003', waitingAhead: 0, estimatedWaitMinutes: 0 });
    expect(await call(kiosk, 'queue.take', { service: 'filing', priority: false, language: 'zh-CN' })).toMatchObject({
      waitingAhead: 3,
      estimatedWaitMinutes: 15,
    });

    expect(await call(kiosk, 'queue.callNext', { windowNo: '2', services: ['filing'] })).toMatchObject({ number: 'A003', state: 'called', windowNo: '2' });
    expect(await call(kiosk, 'queue.callNext', { windowNo: '3', services: ['filing', 'fees'] })).toMatchObject({ number: a1.number, windowNo: '3' });
    const board = await call(kiosk, 'queue.board', {});
    expect(board.nowServing).toMatchObject({ number: 'A001', windowNo: '3' });
    expect(board.lastCalled.map((c) => c.number)).toEqual(['A003']);
    expect(board.waiting).toEqual({ filing: 2, fees: 0, mediation: 0, enquiry: 0 });
  });

  it('takes a served or skipped number off the big spot and lists it first among the recent calls', async () => {
    const { kiosk } = await open();
    const take = () => call(kiosk, 'queue.take', { service: 'filing', priority: false, language: 'zh-CN' });
    const [a1, a2] = [await take(), await take()];
    await call(kiosk, 'queue.callNext', { windowNo: '1', services: ['filing'] });
    await call(kiosk, 'queue.serve', { ticketId: a1.id });
    // Issue 14: A001 stayed in the big spot after it was served, and the recent list stayed empty.
    expect(await call(kiosk, 'queue.board', {})).toMatchObject({ nowServing: null, lastCalled: [{ number: 'A001', windowNo: '1' }] });
    await call(kiosk, 'queue.callNext', { windowNo: '2', services: ['filing'] });
    expect(await call(kiosk, 'queue.board', {})).toMatchObject({ nowServing: { number: 'A002', windowNo: '2' }, lastCalled: [{ number: 'A001' }] });
    await call(kiosk, 'queue.skip', { ticketId: a2.id });
    const board = await call(kiosk, 'queue.board', {});
    expect(board.nowServing).toBeNull();
    expect(board.lastCalled.map((c) => c.number)).toEqual(['A002', 'A001']);
  });

  it('announces a call and a recall as events for the display to chime and speak', async () => {
    const { kiosk } = await open();
    const calls: unknown[] = [];
    kiosk.events.subscribe((event, payload) => event === 'queue.called' && calls.push(payload));
    const t = await call(kiosk, 'queue.take', { service: 'mediation', priority: false, language: 'zh-CN' });
    await call(kiosk, 'queue.callNext', { windowNo: '5', services: ['mediation'] });
    await call(kiosk, 'queue.recall', { ticketId: t.id });
    expect(calls).toEqual([expect.objectContaining({ number: 'C001', windowNo: '5' }), expect.objectContaining({ number: 'C001', windowNo: '5' })]);
  });

  it("serves, skips and transfers, refusing a change that does not fit the ticket's state", async () => {
    const { kiosk, clock } = await open();
    const t = await call(kiosk, 'queue.take', { service: 'enquiry', priority: false, language: 'zh-CN' });
    await expect(call(kiosk, 'queue.serve', { ticketId: t.id })).rejects.toMatchObject({ code: 'TICKET_STATE' });
    await call(kiosk, 'queue.callNext', { windowNo: '1', services: ['enquiry'] });
    const moved = await call(kiosk, 'queue.transfer', { ticketId: t.id, service: 'fees' });
    expect(moved).toMatchObject({ number: 'D001', service: 'fees', state: 'waiting', windowNo: null });
    expect(await call(kiosk, 'queue.callNext', { windowNo: '4', services: ['enquiry'] })).toBeNull();
    await call(kiosk, 'queue.callNext', { windowNo: '4', services: ['fees'] });
    clock.advance(12 * 60_000);
    expect(await call(kiosk, 'queue.serve', { ticketId: t.id })).toMatchObject({ state: 'served' });
    // Served in 12 minutes: the next fee ticket behind one other waits about 12.
    await call(kiosk, 'queue.take', { service: 'fees', priority: false, language: 'zh-CN' });
    expect(await call(kiosk, 'queue.take', { service: 'fees', priority: false, language: 'zh-CN' })).toMatchObject({
      waitingAhead: 1,
      estimatedWaitMinutes: 12,
    });
    await expect(call(kiosk, 'queue.skip', { ticketId: 999 })).rejects.toMatchObject({ code: 'TICKET_NOT_FOUND' });
  });

  it('keeps every place in the queue over a restart', async () => {
    const data = tempDir();
    cleanups.push(data.remove);
    const clock = manualClock('2026-11-23T02:00:00.000Z');
    const first = await open(clock, data.dir);
    await call(first.kiosk, 'queue.take', { service: 'filing', priority: false, language: 'zh-CN' });
    await call(first.kiosk, 'queue.take', { service: 'filing', priority: true, language: 'zh-CN' });
    await first.kiosk.close();
    const second = await open(clock, data.dir);
    expect(await call(second.kiosk, 'queue.callNext', { windowNo: '1', services: ['filing'] })).toMatchObject({ number: 'A002' });
    expect(await call(second.kiosk, 'queue.take', { service: 'filing', priority: false, language: 'zh-CN' })).toMatchObject({
      number: 'A003',
      waitingAhead: 1,
    });
  });
});
