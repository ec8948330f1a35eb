// The private-lending interest ceiling as a table: the day the loan was made, the day it is sued on,
// and the ceiling with the rule it comes from (民间借贷规定 2020 Arts 25 and 31; 2015 Art 26).
import { describe, expect, it } from 'vitest';
import { interestCeiling, lprOn, percentToHundredths, rateAboveCeiling } from '../../../../main/services/cases/interest-ceiling';
import { SHIPPED_LPR } from '../../../../main/services/cases/lpr-series';

const ROWS: { made: string; sued: string; ceiling: string; lpr: string; voidAbove: string | null; why: string }[] = [
  { made: '2020-08-20', sued: '2026-11-23', ceiling: '15.40', lpr: '3.85', voidAbove: null, why: 'first day of 4 × LPR: the LPR of 2020-04-20' },
  { made: '2021-12-20', sued: '2026-11-23', ceiling: '15.20', lpr: '3.8', voidAbove: null, why: 'an LPR applies from the day it takes effect' },
  { made: '2024-09-01', sued: '2026-11-23', ceiling: '13.40', lpr: '3.35', voidAbove: null, why: 'the LPR in force when the contract was made' },
  { made: '2025-05-20', sued: '2026-11-23', ceiling: '12.00', lpr: '3.0', voidAbove: null, why: 'the latest LPR' },
  {
    made: '2019-06-01',
    sued: '2026-11-23',
    ceiling: '12.00',
    lpr: '3.0',
    voidAbove: '36',
    why: 'before 2020-08-20: 4 × the LPR when sued for interest from 2020-08-20 (Art 31), 36 % void line of 2015',
  },
  {
    made: '2020-03-01',
    sued: '2026-11-23',
    ceiling: '12.00',
    lpr: '3.0',
    voidAbove: '36',
    why: 'a loan under the 4.05 % LPR of 2020-02-20 is still a pre-2020-08-20 loan: the LPR at filing (Art 31)',
  },
  { made: '2019-12-01', sued: '2020-02-21', ceiling: '16.20', lpr: '4.05', voidAbove: '36', why: 'sued the day after the 2020-02-20 quotation: 4 × 4.05 %' },
];

// The one-year LPR from its first quotation under the 2019 reform (人民银行公告〔2019〕第15号), each row the day it took effect.
const LPR_ROWS: [day: string, percent: string | null][] = [
  ['2019-08-19', null],
  ['2019-08-20', '4.25'],
  ['2019-09-19', '4.25'],
  ['2019-09-20', '4.2'],
  ['2019-11-20', '4.15'],
  ['2020-02-19', '4.15'],
  ['2020-02-20', '4.05'],
  ['2020-04-19', '4.05'],
  ['2020-04-20', '3.85'],
];

describe('interest ceiling', () => {
  it.each(ROWS)('$made, sued $sued: $ceiling % — $why', ({ made, sued, ceiling, lpr, voidAbove }) => {
    expect(interestCeiling(SHIPPED_LPR, made, sued)).toMatchObject({ percent: ceiling, lprPercent: lpr, voidAbovePercent: voidAbove });
  });

  it.each(LPR_ROWS)('the one-year LPR in force on %s is %s %', (day, percent) => {
    expect(lprOn(SHIPPED_LPR, day)).toBe(percent);
  });

  it('compares rates in hundredths of a percent, never as floats', () => {
    const ceiling = interestCeiling(SHIPPED_LPR, '2024-09-01', '2026-11-23');
    expect(rateAboveCeiling('13.4', ceiling)).toBe(false);
    expect(rateAboveCeiling('13.41', ceiling)).toBe(true);
    expect(rateAboveCeiling('about 13', ceiling)).toBeNull();
    expect(percentToHundredths('0.1')).toBe(10);
    expect(percentToHundredths('1.005')).toBeNull();
    expect(lprOn(SHIPPED_LPR, '2019-01-01')).toBeNull();
  });
});
