// The hub console's data-package editor through the hub's API: it opens with something the hub
// accepts as it stands (the shipped LPR rows, then the package in force), and a refused package
// comes back as a part, a place in it and a reason from the list the console words, signing nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LPR_ONE_YEAR } from '../../../main/services/cases/lpr-one-year.data';
import { REFUSAL_REASONS } from '../../../hub/server/package-refusal';
import { staffSession, startTempHub, type HubCall, type TempHub } from './support/temp-hub';

const ROW = { from: '2026-01-20', percent: '3.00', announcement: '2026年1月20日贷款市场报价利率公告' };

// Each row: what an admin might type, and where and why the hub refuses it.
const REFUSED: { what: string; content: unknown; part: string | null; at: (string | number)[]; reason: string; names?: string[] }[] = [
  { what: 'the old placeholder, an empty LPR list', content: { lprOneYear: [] }, part: 'lprOneYear', at: [], reason: 'tooFew' },
  { what: 'nothing at all', content: {}, part: null, at: [], reason: 'empty' },
  { what: 'a part with a misspelt name', content: { lpr: [ROW] }, part: null, at: [], reason: 'unknownPart', names: ['lpr'] },
  {
    what: 'a rate with one decimal',
    content: { lprOneYear: [ROW, { ...ROW, from: '2026-02-20', percent: '3.0' }] },
    part: 'lprOneYear',
    at: [1, 'percent'],
    reason: 'format',
  },
  { what: 'a date written the Chinese way', content: { lprOneYear: [{ ...ROW, from: '2026年1月20日' }] }, part: 'lprOneYear', at: [0, 'from'], reason: 'date' },
  {
    what: 'a row without its announcement',
    content: { lprOneYear: [{ from: ROW.from, percent: ROW.percent }] },
    part: 'lprOneYear',
    at: [0, 'announcement'],
    reason: 'missing',
  },
  { what: 'a rate typed as a number', content: { lprOneYear: [{ ...ROW, percent: 3 }] }, part: 'lprOneYear', at: [0, 'percent'], reason: 'wrongType' },
  {
    what: 'a row with a field of its own',
    content: { lprOneYear: [{ ...ROW, note: 'x' }] },
    part: 'lprOneYear',
    at: [0],
    reason: 'unknownField',
    names: ['note'],
  },
  { what: 'rows out of date order', content: { lprOneYear: [ROW, { ...ROW, from: '2025-12-22' }] }, part: 'lprOneYear', at: [], reason: 'datesMustRise' },
  {
    what: 'a wage the fee rules refuse',
    content: { fees: { province: '山东', bases: { divorce: 400 }, averageWage: 98765 } },
    part: 'fees',
    at: [],
    reason: 'failsCheck',
  },
];

describe('the data-package editor', () => {
  let h: TempHub;
  let staff: HubCall;
  beforeAll(async () => {
    h = await startTempHub('pglite');
    staff = await staffSession(h);
  });
  afterAll(() => h.close());

  it.each(REFUSED)('refuses $what, naming the part, the place and the reason, and signs nothing', async ({ content, part, at, reason, names }) => {
    const reply = await staff('POST', '/api/data-packages', { version: '2027.1.0', content });
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe('BAD_PACKAGE');
    expect(reply.body.error.details).toMatchObject({ part, at, reason, ...(names ? { names } : {}) });
    expect(REFUSAL_REASONS).toContain(reply.body.error.details.reason);
    expect(await h.hub.packages.latest()).toBeNull();
  });

  it('says a badly written version in words of its own', async () => {
    const reply = await staff('POST', '/api/data-packages', { version: '2027-1', content: { lprOneYear: [ROW] } });
    expect(reply.body.error).toMatchObject({ code: 'BAD_VERSION', messageKey: 'errors.badVersion' });
  });

  it('opens with the shipped LPR rows, which publish as they stand; then with the package in force', async () => {
    const first = (await staff('GET', '/api/data-packages')).body as unknown as { draft: { lprOneYear: { from: string; percent: string }[] } };
    expect(first.draft.lprOneYear.map((r) => r.from)).toEqual(LPR_ONE_YEAR.map((r) => r.from));
    // "4.2" shipped reads "4.20" in the package form.
    expect(first.draft.lprOneYear.every((r) => /^\d+\.\d{2}$/.test(r.percent))).toBe(true);
    expect((await staff('POST', '/api/data-packages', { version: '2027.1.0', content: first.draft })).status).toBe(200);

    const edited = { ...first.draft, lprOneYear: [...first.draft.lprOneYear, { ...ROW, from: '2099-01-20' }] };
    expect((await staff('POST', '/api/data-packages', { version: '2027.1.1', content: edited })).status).toBe(200);
    const next = (await staff('GET', '/api/data-packages')).body as unknown as { draft: { lprOneYear: { from: string }[] } };
    expect(next.draft.lprOneYear.at(-1)!.from).toBe('2099-01-20');
  });
});
