// The picker fields' rules: dates kept real as year, month and day are picked; the division table
// the build generates, and the code an address yields, which the court directory matches by prefix.
import { describe, expect, it } from 'vitest';
import { courtForArea } from '../../../main/services/court/court-directory';
import { DirectoryCourt } from '../../../contract';
import { areaText, divisionPath, significantPrefix } from '../../../renderer/src/keyboard/divisions';
import { daysInMonth, isoDateOf, partsOf } from '../../../renderer/src/keyboard/DateField';
import { levelOf } from '../../../renderer/src/keyboard/AddressField';
import { paginate } from '../../../renderer/src/keyboard/CandidateBar';
import { buildDivisions } from '../../../renderer/src/keyboard/generate/divisions';

describe('dates picked part by part', () => {
  it.each<[Parameters<typeof isoDateOf>[0], string, string]>([
    [{ year: 2024, month: 2, day: 31 }, '2024-02-29', 'a leap February keeps the 29th'],
    [{ year: 2025, month: 2, day: 31 }, '2025-02-28', 'a common February keeps the 28th'],
    [{ year: 2025, month: 4, day: 31 }, '2025-04-30', 'a 30-day month'],
    [{ year: 1949, month: 10, day: 1 }, '1949-10-01', 'padded to ISO'],
    [{ year: 2025, month: null, day: 1 }, '', 'no value until all three are picked'],
  ])('%o → %s (%s)', (parts, iso) => {
    expect(isoDateOf(parts)).toBe(iso);
  });

  it('reads a value back into its parts, and nothing from a value that is not a date', () => {
    expect(partsOf('2025-03-09')).toEqual({ year: 2025, month: 3, day: 9 });
    expect(partsOf('')).toEqual({ year: null, month: null, day: null });
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
  });
});

describe('the division table and the code an address yields', () => {
  const table = buildDivisions();

  it('has every provincial-level division, each with its finer levels', () => {
    expect(table.length).toBeGreaterThanOrEqual(31);
    expect(table.find((province) => province.name === '广东省')?.children.length).toBeGreaterThanOrEqual(21);
  });

  it.each([
    ['310114', '上海市嘉定区', 'a municipality: districts straight under it'],
    ['440703', '广东省江门市蓬江区', 'a province, a city, a district'],
    ['440700', '广东省江门市', 'a city picked without a district'],
    ['440000', '广东省', 'a province alone'],
  ])('%s reads %s (%s)', (code, text) => {
    expect(areaText(divisionPath(table, code))).toBe(text);
  });

  it.each([
    ['310000', 'province', '31'],
    ['440700', 'city', '4407'],
    ['440703', 'district', '440703'],
  ] as const)('%s is a %s, named by %s', (code, level, prefix) => {
    expect(levelOf(code)).toBe(level);
    expect(significantPrefix(code)).toBe(prefix);
  });

  it('gives the code the court directory matches by prefix', () => {
    const directory = [
      DirectoryCourt.parse({ code: '粤07', name: { 'zh-CN': '江门市中级人民法院' }, areas: ['4407'], address: null }),
      DirectoryCourt.parse({ code: '粤0703', name: { 'zh-CN': '江门市蓬江区人民法院' }, areas: ['440703'], address: null }),
    ];
    const [district] = divisionPath(table, '440703').slice(-1);
    expect(courtForArea(directory, district!.code)?.code).toBe('粤0703');
    expect(courtForArea(directory, divisionPath(table, '440704').at(-1)!.code)?.code).toBe('粤07');
  });
});

describe('candidate pages', () => {
  it('fills each page to the width of the bar, short characters many to a page, and keeps every candidate once', () => {
    const items = ['张', '长', '章', '掌', '张三', '中华人民共和国', '障'];
    // 32 px characters: a one-character button takes 76 px with its gap (four fit 320), 张三 108, the seven-character one 268.
    const pages = paginate(items, 320, 32);
    expect(pages).toEqual([
      [0, 4],
      [4, 5],
      [5, 6],
      [6, 7],
    ]);
    expect(pages.flatMap(([first, end]: [number, number]) => items.slice(first, end))).toEqual(items);
  });

  it('puts a candidate wider than the bar on a page of its own rather than losing it', () => {
    expect(paginate(['中华人民共和国'], 100, 32)).toEqual([[0, 1]]);
    expect(paginate([], 100, 32)).toEqual([]);
  });

  it('counts a short candidate as wide as a touch target', () => {
    // 80 px targets (elder mode): four one-character buttons need 352 px with their gaps.
    expect(paginate(['张', '长', '章', '掌'], 350, 40, 80)).toEqual([
      [0, 3],
      [3, 4],
    ]);
  });
});
