// Limitation-period end dates, by hand from the Civil Code (Arts 188–189, 194–196, 201–202) and
// 劳动争议调解仲裁法 Art 27; each row names the rule it checks (docs/RULES.md §3).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRestDays, RestDays } from '../../../../main/services/calendar/rest-days';
import { dayPeriodLastDay, daysBetween, limitationLastDay, periodLastDay, type LimitationInput } from '../../../../main/services/risk/limitation';
import { REPO_ROOT } from '../../support/temp-kiosk';

// The arithmetic of Arts 188–202 alone: a calendar that knows no year leaves every last day where it falls.
const base = (over: Partial<LimitationInput>): LimitationInput => ({
  regime: 'civil',
  start: '2020-03-10',
  asOf: '2022-01-01',
  restDays: RestDays.none(),
  ...over,
});

// [what it checks, input, expected last day, expected days left]
const LAST_DAYS: [string, Partial<LimitationInput>, string, number][] = [
  ['Art 201/202: start day excluded, ends on the corresponding date', {}, '2023-03-10', 433],
  ['Art 202: 29 Feb has no corresponding date in 2027 → month end', { start: '2024-02-29', asOf: '2027-02-28' }, '2027-02-28', 0],
  ['Art 202: 29 Feb to a leap year keeps the 29th', { start: '2024-02-29', regime: 'labourArbitration', asOf: '2024-03-01' }, '2025-02-28', 364],
  ['Art 202: 31 Dec crosses the year', { start: '2021-12-31', asOf: '2025-01-01' }, '2024-12-31', -1],
  ['Art 189: instalments run from the last one', { start: '2019-01-15', lastInstalmentDue: '2021-06-30' }, '2024-06-30', 911],
  ['Art 195: a demand restarts the full period', { interruptions: ['2022-05-01'] }, '2025-05-01', 1216],
  ['Art 195: the latest of several interruptions counts', { interruptions: ['2024-01-01', '2021-01-01'] }, '2027-01-01', 1826],
  ['Art 195: a demand after expiry revives nothing', { interruptions: ['2023-03-11'], asOf: '2023-03-11' }, '2023-03-10', -1],
  ['Art 195: a demand on the last day still interrupts', { interruptions: ['2023-03-10'], asOf: '2023-03-11' }, '2026-03-10', 1095],
  ['Art 195: a demand before the period began is ignored', { interruptions: ['2020-01-01'] }, '2023-03-10', 433],
  ['Art 188(2): 20 years from the harm caps the period', { start: '2019-06-01', harmDate: '2000-02-01', asOf: '2019-06-01' }, '2020-02-01', 245],
  [
    'Art 188(2): the cap also limits interruptions',
    { start: '2010-01-01', harmDate: '2000-01-01', interruptions: ['2012-07-01', '2015-06-01', '2017-12-01'], asOf: '2020-01-02' },
    '2020-01-01',
    -1,
  ],
  ['仲裁法 Art 27(1): labour arbitration 1 year', { regime: 'labourArbitration', start: '2025-11-23', asOf: '2026-11-23' }, '2026-11-23', 0],
  [
    '仲裁法 Art 27(4): wage arrears run 1 year from the end of employment',
    { regime: 'labourArbitration', start: '2023-01-31', wageArrearsEmploymentEnd: '2026-06-30', asOf: '2026-11-23' },
    '2027-06-30',
    219,
  ],
  ['Art 194: an obstacle ending inside the last 6 months → 6 months from its end', { obstacleEnded: '2023-01-15', asOf: '2023-03-11' }, '2023-07-15', 126],
  [
    'Art 194: an obstacle ending after the last day still suspends (it was there in the last 6 months)',
    { obstacleEnded: '2023-05-31', asOf: '2023-06-01' },
    '2023-11-30',
    182,
  ],
  ['Art 194: an obstacle over before the last 6 months changes nothing', { obstacleEnded: '2022-09-10', asOf: '2023-03-11' }, '2023-03-10', -1],
  ['Art 194: one ending the day the last 6 months began is already over', { obstacleEnded: '2022-09-10' }, '2023-03-10', 433],
  [
    'Art 194 after Art 195: the window is the last 6 months of the restarted period',
    { interruptions: ['2022-05-01'], obstacleEnded: '2025-04-30', asOf: '2025-05-02' },
    '2025-10-30',
    181,
  ],
  [
    'Art 188(2): suspension cannot pass the 20-year cap',
    { start: '2019-06-01', harmDate: '2002-10-01', obstacleEnded: '2022-05-15', asOf: '2022-06-01' },
    '2022-10-01',
    122,
  ],
  ['CPL Art 250: enforcement 2 years', { regime: 'enforcement', start: '2025-08-31', asOf: '2026-11-23' }, '2027-08-31', 281],
];

describe('limitationLastDay', () => {
  it.each(LAST_DAYS)('%s', (_, over, lastDay, daysLeft) => {
    const result = limitationLastDay(base(over));
    expect(result).toMatchObject({ lastDay, daysLeft, status: daysLeft < 0 ? 'expired' : 'running' });
  });

  it('cites the articles it applied and says Art 203 (holidays) was not', () => {
    const result = limitationLastDay(base({ lastInstalmentDue: '2021-06-30', interruptions: ['2022-01-01'], harmDate: '2003-01-01' }));
    expect(result).toMatchObject({
      countedFrom: '2022-01-01',
      lastDay: '2023-01-01',
      cappedByLongStop: true,
      articles: [
        '《民法典》第一百八十八条第一款',
        '《民法典》第二百零一条',
        '《民法典》第二百零二条',
        '《民法典》第一百八十九条',
        '《民法典》第一百九十五条',
        '《民法典》第一百八十八条第二款',
      ],
      notApplied: ['《民法典》第二百零三条'],
    });
  });

  it('Art 194: a suspended period says so and cites the article', () => {
    expect(limitationLastDay(base({ obstacleEnded: '2023-01-15' }))).toMatchObject({
      suspended: true,
      articles: expect.arrayContaining(['《民法典》第一百九十四条']),
    });
    expect(limitationLastDay(base({}))).toMatchObject({ suspended: false });
  });

  it('Art 196: claims with no limitation say so instead of a date', () => {
    expect(limitationLastDay(base({ noLimitation: true }))).toEqual({ status: 'noLimitation', articles: ['《民法典》第一百九十六条'] });
  });

  it('仲裁法 Art 27(4): wage arrears do not run while the employment lasts', () => {
    expect(limitationLastDay(base({ regime: 'labourArbitration', wageArrearsEmploymentEnd: null }))).toEqual({
      status: 'notRunning',
      articles: ['《劳动争议调解仲裁法》第二十七条第四款'],
    });
  });
});

describe('periodLastDay and daysBetween', () => {
  it.each([
    ['2024-01-31', { months: 1 }, '2024-02-29'],
    ['2023-01-31', { months: 1 }, '2023-02-28'],
    ['2024-08-31', { months: 6 }, '2025-02-28'],
    ['2024-12-15', { months: 1 }, '2025-01-15'],
    ['2028-02-29', { years: 4 }, '2032-02-29'],
  ] as const)('%s + %o → %s (Art 202)', (event, length, expected) => {
    expect(periodLastDay(event, length)).toBe(expected);
  });

  it('counts whole days across a leap day and a year end', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-12-31', '2024-12-01')).toBe(-30);
  });

  it('refuses a date that is not ISO', () => {
    expect(() => periodLastDay('2024/01/01', { years: 1 })).toThrow(RangeError);
  });
});

// Art 203 with the national calendar: the period is still running until the rolled-over working day,
// so a demand (Art 195) or an obstacle (Art 194) on one of the rest days in between counts.
describe('interruption and suspension on a rolled-over last day (Civil Code Arts 194, 195, 203)', () => {
  const restDays = loadRestDays(join(REPO_ROOT, 'resources', 'calendar', 'rest-days.json'), (message) => {
    throw new Error(message);
  });
  const rolled = (over: Partial<LimitationInput>): LimitationInput => ({ ...base(over), restDays });

  // [what it checks, input, last day, rolled from]
  const ROWS: [string, Partial<LimitationInput>, string, string | null][] = [
    [
      '2026-10-01 (National Day) runs on to 10-08; a demand on 10-08 interrupts',
      { start: '2023-10-01', interruptions: ['2026-10-08'], asOf: '2026-11-23' },
      '2029-10-08',
      null,
    ],
    ['a demand on 10-04, a Sunday of the holiday, interrupts', { start: '2023-10-01', interruptions: ['2026-10-04'], asOf: '2026-11-23' }, '2029-10-04', null],
    [
      'a demand on 10-09, after the working day, is too late',
      { start: '2023-10-01', interruptions: ['2026-10-09'], asOf: '2026-11-23' },
      '2026-10-08',
      '2026-10-01',
    ],
    [
      'labour: Sunday 2026-11-22 runs on to Monday 11-23; a demand that Monday restarts a year (仲裁法 27(2))',
      { regime: 'labourArbitration', start: '2025-11-22', interruptions: ['2026-11-23'], asOf: '2026-11-23' },
      '2027-11-23',
      null,
    ],
    [
      'a restarted period that ends on a rest day rolls too: a demand on Saturday 2025-02-01 + 1 year → Sunday 2026-02-01 → Monday 02-02',
      { regime: 'labourArbitration', start: '2024-06-01', interruptions: ['2025-02-01'], asOf: '2026-01-01' },
      '2026-02-02',
      '2026-02-01',
    ],
    [
      'an obstacle ending 2026-04-05 ends its six months on 10-05, inside the holiday: no later than 10-08, so not suspended',
      { start: '2023-10-01', obstacleEnded: '2026-04-05', asOf: '2026-11-23' },
      '2026-10-08',
      '2026-10-01',
    ],
    [
      'an obstacle ending 2026-04-09 suspends to 10-09, past the rolled-over day (Art 194)',
      { start: '2023-10-01', obstacleEnded: '2026-04-09', asOf: '2026-11-23' },
      '2026-10-09',
      null,
    ],
  ];

  it.each(ROWS)('%s', (_, over, lastDay, rolledFrom) => {
    expect(limitationLastDay(rolled(over))).toMatchObject({ lastDay, rolledFrom });
  });

  it('Art 194: a suspension that does not outlast the rolled-over day is not one', () => {
    expect(limitationLastDay(rolled({ start: '2023-10-01', obstacleEnded: '2026-04-05', asOf: '2026-11-23' }))).toMatchObject({
      suspended: false,
      articles: expect.not.arrayContaining(['《民法典》第一百九十四条']),
    });
  });
});

// 仲裁法 Art 50: 15 days from receiving the award; the receipt day is not counted (Art 201), a rest day rolls (Art 203).
describe('the 15 days to sue on a labour award', () => {
  const restDays = loadRestDays(join(REPO_ROOT, 'resources', 'calendar', 'rest-days.json'), (message) => {
    throw new Error(message);
  });
  const ROWS: [string, string, string, string | null][] = [
    ['received Friday 2026-11-06: Saturday 11-21 runs on to Monday 11-23', '2026-11-06', '2026-11-23', '2026-11-21'],
    ['received Wednesday 2026-11-04: Thursday 11-19', '2026-11-04', '2026-11-19', null],
    ['received 2026-09-16: National Day 10-01 runs on to 10-08', '2026-09-16', '2026-10-08', '2026-10-01'],
    ['received 2026-01-30: Saturday 02-14 is a make-up working day, so it stays', '2026-01-30', '2026-02-14', null],
    ['received 2026-12-20: 2027-01-04 is a year the calendar lacks, so Art 203 is not applied', '2026-12-20', '2027-01-04', null],
  ];

  it.each(ROWS)('%s', (_, received, lastDay, rolledFrom) => {
    expect(limitationLastDay({ regime: 'awardSuit', start: received, asOf: '2026-11-23', restDays })).toMatchObject({ lastDay, rolledFrom });
  });

  it('is neither interrupted nor suspended, and cites Arts 50, 201 (not 202)', () => {
    const result = limitationLastDay({
      regime: 'awardSuit',
      start: '2026-11-04',
      interruptions: ['2026-11-10'],
      obstacleEnded: '2026-11-15',
      asOf: '2026-11-23',
      restDays,
    });
    expect(result).toMatchObject({
      lastDay: '2026-11-19',
      status: 'expired',
      suspended: false,
      articles: ['《劳动争议调解仲裁法》第五十条', '《民法典》第二百零一条'],
    });
  });

  it('counts days across a month and a year end', () => {
    expect(dayPeriodLastDay('2026-12-20', 15)).toBe('2027-01-04');
    expect(dayPeriodLastDay('2024-02-20', 15)).toBe('2024-03-06');
  });
});

// Applying for enforcement (CPL Art 250) is a 民事诉讼 period: counted and rolled under CPL Art 85, not Civil Code Arts 201–203.
describe('the two years to apply for enforcement', () => {
  const restDays = loadRestDays(join(REPO_ROOT, 'resources', 'calendar', 'rest-days.json'), (message) => {
    throw new Error(message);
  });
  const CPL250 = '《民事诉讼法》第二百五十条';
  const CPL85 = '《民事诉讼法》第八十五条';
  // [what it checks, the last day of performance, last day, rolled from, articles, not applied]
  const ROWS: [string, string, string, string | null, string[], string[]][] = [
    ['National Day 2026-10-01 runs on to 10-08', '2024-10-01', '2026-10-08', '2026-10-01', [CPL250, CPL85], []],
    ['Saturday 2026-11-21 runs on to Monday 11-23', '2024-11-21', '2026-11-23', '2026-11-21', [CPL250, CPL85], []],
    ['the working Saturday 2026-10-10 stays', '2024-10-10', '2026-10-10', null, [CPL250, CPL85], []],
    ['a year the calendar lacks: Art 85 not applied', '2025-07-01', '2027-07-01', null, [CPL250, CPL85], [CPL85]],
  ];

  it.each(ROWS)('%s', (_, start, lastDay, rolledFrom, articles, notApplied) => {
    expect(limitationLastDay({ regime: 'enforcement', start, asOf: '2026-11-23', restDays })).toMatchObject({ lastDay, rolledFrom, articles, notApplied });
  });
});
