// The highest yearly interest rate a court supports on a private loan, for the day it was made
// (民间借贷规定 Arts 25 and 31). Rates are handled in hundredths of a percent, never as floats.
import { INTEREST_CEILING_RULES, LPR_CEILING_FROM, LPR_ONE_YEAR } from './interest-ceiling.data';

export interface InterestCeiling {
  /** The ceiling, percent a year as decimal text, e.g. "12.00". */
  percent: string;
  /** The LPR it is a multiple of, or null under the fixed pre-2020 lines. */
  lprPercent: string | null;
  /** Pre-2020 contracts: above this the agreement is void; between the two, paid interest is not returned. */
  voidAbovePercent: string | null;
  article: string;
}

/** "3.85" → 385; null when the text is not a plain non-negative decimal with at most two places. */
export function percentToHundredths(text: string): number | null {
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

export const hundredthsToPercent = (n: number): string => `${Math.trunc(n / 100)}.${String(n % 100).padStart(2, '0')}`;

/** The one-year LPR in force on a day, or null before the first one listed. */
export function lprOn(date: string): string | null {
  let found: string | null = null;
  for (const row of LPR_ONE_YEAR) if (row.from <= date) found = row.percent;
  return found;
}

/**
 * The ceiling for a loan made on `contractDate` and sued on `filingDate` (both YYYY-MM-DD). For a
 * pre-2020-08-20 loan, the interest still running today is capped at 4 × the LPR at filing (Art 31).
 */
export function interestCeiling(contractDate: string, filingDate: string): InterestCeiling {
  const { lprMultiple, before2020 } = INTEREST_CEILING_RULES;
  const onLpr = (day: string, article: string, voidAbovePercent: string | null): InterestCeiling => {
    const lpr = lprOn(day)!;
    return { percent: hundredthsToPercent(percentToHundredths(lpr)! * lprMultiple.times), lprPercent: lpr, voidAbovePercent, article };
  };
  if (contractDate >= LPR_CEILING_FROM) return onLpr(contractDate, lprMultiple.article, null);
  return onLpr(filingDate, before2020.article, before2020.voidAbovePercent);
}

/** Whether an agreed yearly rate (decimal text) is above the ceiling; null when it cannot be read. */
export function rateAboveCeiling(agreedPercent: string, ceiling: InterestCeiling): boolean | null {
  const agreed = percentToHundredths(agreedPercent);
  return agreed === null ? null : agreed > percentToHundredths(ceiling.percent)!;
}
