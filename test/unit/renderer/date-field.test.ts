// The date picker's lists: the years a field offers, and the decades a long range is first cut into,
// so a birth year such as 1950 is two taps away instead of pages of years (issue #14, item 1).
import { describe, expect, it } from 'vitest';
import { decadesOf, isoDateOf, yearsOffered, YEARS_ON_ONE_PAGE } from '../../../renderer/src/keyboard/DateField';

describe('the years a date field offers', () => {
  it('by default, the last hundred years and the next five, latest first', () => {
    const years = yearsOffered(2026);
    expect(years[0]).toBe(2031);
    expect(years.at(-1)).toBe(1926);
  });

  it('a birth date offers no future year', () => {
    expect(yearsOffered(2026, undefined, 2026)[0]).toBe(2026);
  });

  it('a long range is cut into decades, latest first, each holding at most one page of years', () => {
    const years = yearsOffered(2026, undefined, 2026);
    expect(years.length).toBeGreaterThan(YEARS_ON_ONE_PAGE);
    const decades = decadesOf(years);
    expect(decades[0]).toBe(2020);
    expect(decades.at(-1)).toBe(1920);
    expect(decades).toContain(1950);
    // Every decade fits on one page, so the year list never needs paging (which once emptied the month list).
    for (const decade of decades) expect(years.filter((year) => year - (year % 10) === decade).length).toBeLessThanOrEqual(YEARS_ON_ONE_PAGE);
  });
});

describe('a picked date', () => {
  it.each([
    [{ year: 1955, month: 2, day: 10 }, '1955-02-10'],
    [{ year: 2024, month: 2, day: 31 }, '2024-02-29'],
    [{ year: 1950, month: null, day: 1 }, ''],
  ])('%o reads as %s', (parts, iso) => expect(isoDateOf(parts)).toBe(iso));
});
