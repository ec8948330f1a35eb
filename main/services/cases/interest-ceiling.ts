// The highest yearly interest rate a court supports on a private loan, for the day it was made
// (民间借贷规定 Arts 25 and 31), on the LPR series passed in. Rates are handled in hundredths of a
// percent, never as floats.
import { INTEREST_CEILING_RULES, LPR_CEILING_FROM } from './interest-ceiling.data';
import type { LprSeries } from './lpr-series';

export interface InterestCeiling {
  /** The ceiling, percent a year as decimal text, e.g. "12.00". */
  percent: string;
  /** The LPR it is a multiple of, or null under the fixed pre-2020 lines. */
  lprPercent: string | null;
  /** Pre-2020 contracts: above this the agreement is void; between the two, paid interest is not returned. */
  voidAbovePercent: string | null;
  /** Pre-2020 contracts: the yearly rate supported for interest up to 2020-08-19 (2015 rules, Art 26); null otherwise. */
  before2020Percent: string | null;
  article: string;
  /** What the ceiling is and the article, in words for a complaint, by language. */
  basis: { 'zh-CN': string; en: string };
}

/** "3.85" → 385; null when the text is not a plain non-negative decimal with at most two places. */
export function percentToHundredths(text: string): number | null {
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

export const hundredthsToPercent = (n: number): string => `${Math.trunc(n / 100)}.${String(n % 100).padStart(2, '0')}`;

/** The one-year LPR in force on a day, or null before the first one listed. */
export function lprOn(lpr: LprSeries, date: string): string | null {
  let found: string | null = null;
  for (const row of lpr.rows) if (row.from <= date) found = row.percent;
  return found;
}

/**
 * The ceiling for a loan made on `contractDate` and sued on `filingDate` (both YYYY-MM-DD). For a
 * pre-2020-08-20 loan, the interest still running today is capped at 4 × the LPR at filing (Art 31).
 */
export function interestCeiling(series: LprSeries, contractDate: string, filingDate: string): InterestCeiling {
  const { lprMultiple, before2020 } = INTEREST_CEILING_RULES;
  const rule = contractDate >= LPR_CEILING_FROM ? lprMultiple : before2020;
  const lpr = lprOn(series, rule === lprMultiple ? contractDate : filingDate)!;
  // A package writes "3.00" where the shipped rows write "3.0": the words say 3 either way.
  const lprText = hundredthsToPercent(percentToHundredths(lpr)!).replace(/\.?0+$/, '');
  const basis = { 'zh-CN': rule.basis['zh-CN'].replace('{lpr}', lprText), en: rule.basis.en.replace('{lpr}', lprText) };
  const percent = hundredthsToPercent(percentToHundredths(lpr)! * lprMultiple.times);
  if (rule === lprMultiple) return { percent, lprPercent: lpr, voidAbovePercent: null, before2020Percent: null, article: rule.article, basis };
  return {
    percent,
    lprPercent: lpr,
    voidAbovePercent: before2020.voidAbovePercent,
    before2020Percent: before2020.supportedPercent,
    article: rule.article,
    basis,
  };
}

/** Whether an agreed yearly rate (decimal text) is above the ceiling; null when it cannot be read. */
export function rateAboveCeiling(agreedPercent: string, ceiling: InterestCeiling): boolean | null {
  const agreed = percentToHundredths(agreedPercent);
  return agreed === null ? null : agreed > percentToHundredths(ceiling.percent)!;
}
