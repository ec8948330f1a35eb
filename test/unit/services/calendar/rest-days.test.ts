// The national rest-day calendar and Civil Code Art 203: a period whose last day is a rest day ends on
// the first working day after it; make-up working days (调休上班) are working days; a year the
// calendar lacks is never guessed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadRestDays, RestDays, RestDaysFile } from '../../../../main/services/calendar/rest-days';
import { createTranslator } from '../../../../main/services/i18n/translator';
import { limitationLastDay, type LimitationInput } from '../../../../main/services/risk/limitation';
import { limitationText } from '../../../../main/services/risk/report-paper';
import { REPO_ROOT, tempDir } from '../../support/temp-kiosk';

const refuse = (message: string) => {
  throw new Error(message);
};
const shipped = loadRestDays(join(REPO_ROOT, 'resources', 'calendar', 'rest-days.json'), refuse);

describe('the shipped calendar', () => {
  it.each([
    ['2026-11-23', false, 'a Monday'],
    ['2026-11-28', true, 'a Saturday'],
    ['2026-10-03', true, 'National Day holiday, on a Saturday'],
    ['2026-10-06', true, 'National Day holiday, on a Tuesday'],
    ['2026-10-10', false, 'a Saturday worked in exchange for the holiday'],
    ['2026-02-14', false, 'a Saturday worked before the Spring Festival'],
    ['2025-01-29', true, 'Spring Festival 2025'],
    ['2025-10-08', true, 'National Day and Mid-Autumn 2025, eight days'],
    ['2025-10-09', false, 'the Thursday after'],
  ])('%s is a rest day: %s (%s)', (day, rest) => {
    expect(shipped.isRestDay(day)).toBe(rest);
  });

  it('does not guess a year whose notice it does not have', () => {
    expect(shipped.isRestDay('2027-01-02')).toBeNull();
    expect(shipped.isRestDay('2024-10-01')).toBeNull();
  });

  it.each([
    ['2026-02-15', '2026-02-24'],
    ['2026-10-01', '2026-10-08'],
    ['2026-11-28', '2026-11-30'],
    ['2026-10-10', '2026-10-10'],
    ['2026-11-23', '2026-11-23'],
  ])('the first working day from %s is %s', (day, working) => {
    expect(shipped.firstWorkingDayFrom(day)).toBe(working);
  });
});

describe('Art 203 in the limitation period', () => {
  it('moves a last day on a holiday to the first working day after it, and says so', () => {
    const result = limitationLastDay({ regime: 'labourArbitration', start: '2025-10-01', asOf: '2026-09-30', restDays: shipped });
    expect(result).toMatchObject({ status: 'running', lastDay: '2026-10-08', rolledFrom: '2026-10-01', daysLeft: 8, notApplied: [] });
    expect(result.articles).toContain('《民法典》第二百零三条');
  });

  it('is said in words on the report, in both languages', () => {
    const dated = (input: LimitationInput) => {
      const result = limitationLastDay(input);
      if (!('lastDay' in result)) throw new Error('expected a dated period');
      return { period: input.regime, ...result };
    };
    const rolled = dated({ regime: 'labourArbitration', start: '2025-10-01', asOf: '2026-09-30', restDays: shipped });
    const unknown = dated({ regime: 'civil', start: '2024-01-02', asOf: '2026-11-01', restDays: shipped });
    const zh = createTranslator(join(REPO_ROOT, 'resources', 'locales'), 'zh-CN');
    const en = createTranslator(join(REPO_ROOT, 'resources', 'locales'), 'en');
    // Dates in prose as a reader writes them; what the terminal lacks is not the litigant's business.
    expect(limitationText(zh, 'zh-CN', rolled)).toContain('2026年10月1日是休息日或法定节假日，期间顺延到其后的第一个工作日，即2026年10月8日。');
    expect(limitationText(en, 'en', rolled)).toContain('so the period runs on to the next working day, 8 October 2026.');
    expect(limitationText(zh, 'zh-CN', rolled)).not.toContain('帮办人员');
    expect(limitationText(zh, 'zh-CN', unknown)).toContain('请咨询帮办人员');
    expect(limitationText(zh, 'zh-CN', unknown)).not.toContain('本终端');
    expect(limitationText(en, 'en', unknown)).toContain('please ask a helper');
  });

  it('keeps a last day that is a working day, and one in a year it does not know (earlier than the law may say, never later)', () => {
    expect(limitationLastDay({ regime: 'civil', start: '2023-11-23', asOf: '2026-11-01', restDays: shipped })).toMatchObject({
      lastDay: '2026-11-23',
      rolledFrom: null,
      notApplied: [],
    });
    expect(limitationLastDay({ regime: 'civil', start: '2024-01-02', asOf: '2026-11-01', restDays: shipped })).toMatchObject({
      lastDay: '2027-01-02',
      rolledFrom: null,
      notApplied: ['《民法典》第二百零三条'],
    });
  });

  it('does not roll a rest run into an unknown year', () => {
    const calendar = new RestDays(
      RestDaysFile.parse({ about: '', years: { '2030': { source: 'test', holidays: [['2030-12-30', '2030-12-31']], workdays: [] } } }),
    );
    expect(calendar.firstWorkingDayFrom('2030-12-30')).toBeNull();
  });
});

describe('a calendar file', () => {
  let folder: ReturnType<typeof tempDir>;
  beforeEach(() => (folder = tempDir('rest-days-')));
  afterEach(() => folder.remove());
  const year = (over: object) => ({ about: '', years: { '2026': { source: 'notice', holidays: [], workdays: [], ...over } } });

  it.each([
    ['a working day that is not a weekend day', year({ workdays: ['2026-11-24'] }), 'not a Saturday or Sunday'],
    ['a holiday outside its year', year({ holidays: [['2026-12-31', '2027-01-01']] }), 'not a range inside 2026'],
    ['a range backwards', year({ holidays: [['2026-10-07', '2026-10-01']] }), 'not a range inside 2026'],
    ['a day both holiday and working day', year({ holidays: [['2026-10-01', '2026-10-10']], workdays: ['2026-10-10'] }), 'both a holiday and a working day'],
    ['a date that is not a date', year({ workdays: ['2026-02-30'] }), 'Invalid'],
  ])('is refused with %s', (_, file, problem) => {
    expect(RestDaysFile.safeParse(file).error?.message).toContain(problem);
  });

  it('that is broken leaves every year unknown and is logged, and the kiosk carries on', () => {
    const path = join(folder.dir, 'rest-days.json');
    writeFileSync(path, '{ "years": ');
    const logged: string[] = [];
    const calendar = loadRestDays(path, (message) => logged.push(message));
    expect(calendar.isRestDay('2026-10-01')).toBeNull();
    expect(logged).toEqual(['rest-day calendar refused']);
  });
});
