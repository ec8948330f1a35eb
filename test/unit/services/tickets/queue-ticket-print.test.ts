// Taking a number prints its ticket: the number, the service and the wait, in the litigant's
// language — and a printer that fails never costs the litigant the number.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MethodInput, Ticket } from '../../../../contract';
import { call } from '../../support/contract-call';
import { pdfText } from '../../support/pdf-tools';
import { manualClock, tempKiosk } from '../../support/temp-kiosk';

let kiosk: Awaited<ReturnType<typeof tempKiosk>>;
afterEach(() => kiosk.dispose());

const take = (input: MethodInput<'queue.take'>) => call(kiosk, 'queue.take', input);

describe('the queue ticket', () => {
  it('is printed when a number is taken, with the wait ahead, in the asked language', async () => {
    kiosk = await tempKiosk({ clock: manualClock('2026-11-23T01:30:00.000Z') });
    const first = await take({ service: 'fees', priority: true, language: 'zh-CN' });
    const second = await take({ service: 'fees', priority: false, language: 'en' });
    await vi.waitFor(async () => expect(await kiosk.printing.jobs('recent')).toHaveLength(2), { timeout: 10_000 });
    await kiosk.printing.idle();
    const printed = async (ticket: Ticket) => {
      const folder = join(kiosk.dataDir, 'printed');
      const file = readdirSync(folder).find((name) => name.endsWith(`-PD-20261123-${ticket.number}.pdf`));
      expect(file).toBeDefined();
      return pdfText(readFileSync(join(folder, file!)));
    };
    const firstText = await printed(first);
    expect(firstText).toContain(first.number);
    expect(firstText).toContain('优先号');
    expect(firstText).toContain('马上就到您');
    const secondText = await printed(second);
    expect(secondText).toContain(second.number);
    expect(secondText).toContain('Fees and refunds');
    expect(second.waitingAhead).toBe(1);
    expect(secondText).toContain(`1 person ahead of you, about ${second.estimatedWaitMinutes} minutes`);
    expect(secondText).not.toContain('Priority');
  });

  it('still issues the number when the printer fails, and leaves the job for the helper desk', async () => {
    kiosk = await tempKiosk({ clock: manualClock('2026-11-23T01:30:00.000Z') });
    await kiosk.handlers['config.set']({ patch: { printers: { receipt: 'no-such-printer', document: null } } });
    const ticket = await take({ service: 'filing', priority: false, language: 'zh-CN' });
    expect(ticket.number).toBe('A001');
    await vi.waitFor(async () => expect(await kiosk.printing.jobs('failed')).toHaveLength(1), { timeout: 10_000 });
    const failed = await kiosk.printing.jobs('failed');
    expect(failed.map((job) => [job.kind, job.documentNo])).toEqual([['queue-ticket', 'KIOSK-01-PD-20261123-A001']]);
  });
});
