// Dates and amounts in running text (contract/prose.ts): one rule for screens and papers.
import { describe, expect, it } from 'vitest';
import { proseDate, proseYuan } from '../../../contract/prose';

describe('dates and amounts in prose', () => {
  it('writes a date as a reader of each language writes it', () => {
    expect(proseDate('2026-03-01', 'zh-CN')).toBe('2026年3月1日');
    expect(proseDate('2026-03-01', 'en')).toBe('1 March 2026');
    expect(proseDate('2025-12-31', 'en')).toBe('31 December 2025');
    // Not a date: said as it came rather than made up.
    expect(proseDate('soon', 'zh-CN')).toBe('soon');
  });

  it('groups thousands and names the unit once', () => {
    expect(proseYuan('50000', 'zh-CN')).toBe('50,000元');
    expect(proseYuan('50000', 'en')).toBe('¥50,000');
    expect(proseYuan('1234567.5', 'zh-CN')).toBe('1,234,567.5元');
    expect(proseYuan('800', 'en')).toBe('¥800');
  });
});
