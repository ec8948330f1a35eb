// The console's statistics over a real kiosk: counted per court day in the court's time zone
// (Asia/Shanghai, UTC+8), per service, with the helper desk's wait and handling times and the hours
// visits start in; a range the wrong way round is refused.
import { afterEach, describe, expect, it } from 'vitest';
import { manualClock, tempKiosk } from '../../support/temp-kiosk';

let kiosk: Awaited<ReturnType<typeof tempKiosk>>;
afterEach(() => kiosk.dispose());

const MINUTE = 60_000;
const MEDIATION = {
  caseType: 'property_service',
  organisationId: 'property-mediation',
  mode: 'online' as const,
  preferredTimes: [{ date: '2026-11-25', part: 'morning' as const }],
  applicant: { name: '张建国', phone: '13800138000' },
  respondent: { name: '示范物业管理有限公司', phone: null },
  description: '物业公司要求补交 2024 年全年物业费，但小区电梯长期故障未修。',
};

describe('admin.statistics', () => {
  it('counts visits, submissions and tickets on the court day they happened, with desk times and busy hours', async () => {
    // 09:30 in Shanghai on 23 November.
    const clock = manualClock('2026-11-23T01:30:00.000Z');
    kiosk = await tempKiosk({ clock });
    const h = kiosk.handlers;
    await h['session.start']({ language: 'zh-CN' });
    await h['mediation.submit'](MEDIATION);
    const first = await h['queue.take']({ service: 'filing', priority: false, language: 'zh-CN' });
    await h['queue.take']({ service: 'fees', priority: false, language: 'zh-CN' });
    clock.advance(10 * MINUTE);
    const called = await h['queue.callNext']({ windowNo: '1', services: ['filing'] });
    expect(called?.id).toBe(first.id);
    clock.advance(6 * MINUTE);
    await h['queue.serve']({ ticketId: first.id });

    // 15:05 the same day: a second visit, in another hour.
    clock.advance(5 * 60 * MINUTE + 19 * MINUTE);
    await h['session.start']({ language: 'en' });
    // 01:00 on the 24th in Shanghai is still the 23rd in UTC: it belongs to the next court day.
    clock.advance(10 * 60 * MINUTE - 5 * MINUTE);
    await h['session.start']({ language: 'zh-CN' });
    await h['queue.take']({ service: 'enquiry', priority: false, language: 'zh-CN' });
    await kiosk.printing.idle();

    const stats = await h['admin.statistics']({ from: '2026-11-22', to: '2026-11-23' });
    expect(stats.days).toEqual([
      { date: '2026-11-22', visits: 0, submissions: 0, payments: 0, tickets: 0 },
      { date: '2026-11-23', visits: 2, submissions: 1, payments: 0, tickets: 2 },
    ]);
    expect(stats.perService).toEqual([
      { service: 'filing', count: 0 },
      { service: 'mediation', count: 1 },
      { service: 'payment', count: 0 },
      { service: 'refund', count: 0 },
      { service: 'relief', count: 0 },
      { service: 'tickets', count: 2 },
    ]);
    expect(stats.ticketsByService).toEqual([
      { service: 'fees', count: 1 },
      { service: 'filing', count: 1 },
    ]);
    expect(stats).toMatchObject({ averageWaitMinutes: 10, averageHandlingMinutes: 6, ticketsServed: 1 });
    expect(stats.busiestHours.filter((h) => h.visits > 0)).toEqual([
      { hour: 9, visits: 1 },
      { hour: 15, visits: 1 },
    ]);

    const nextDay = await h['admin.statistics']({ from: '2026-11-24', to: '2026-11-24' });
    expect(nextDay.days).toEqual([{ date: '2026-11-24', visits: 1, submissions: 0, payments: 0, tickets: 1 }]);
    expect(nextDay).toMatchObject({ averageWaitMinutes: null, averageHandlingMinutes: null, ticketsServed: 0 });
    expect(nextDay.busiestHours.find((h) => h.visits > 0)).toEqual({ hour: 1, visits: 1 });
  });

  it.each([
    ['an end before the start', { from: '2026-11-23', to: '2026-11-22' }, 'admin.errors.rangeBackwards'],
    ['more than 400 days', { from: '2025-01-01', to: '2026-11-23' }, 'admin.errors.rangeTooLong'],
  ])('refuses %s', async (_, range, messageKey) => {
    kiosk = await tempKiosk({ clock: manualClock('2026-11-23T01:30:00.000Z') });
    await expect(kiosk.handlers['admin.statistics'](range)).rejects.toMatchObject({ code: 'RANGE_INVALID', messageKey });
  });
});
