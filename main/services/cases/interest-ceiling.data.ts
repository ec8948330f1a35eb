// The legal ceiling on interest in private lending, as dated data. Append a row to LPR_ONE_YEAR
// each time the National Interbank Funding Center publishes a new one-year LPR.

/** One-year loan prime rate (一年期LPR), percent a year, from the day it took effect. */
export const LPR_ONE_YEAR: readonly { from: string; percent: string }[] = [
  { from: '2020-04-20', percent: '3.85' },
  { from: '2021-12-20', percent: '3.8' },
  { from: '2022-01-20', percent: '3.7' },
  { from: '2022-08-22', percent: '3.65' },
  { from: '2023-06-20', percent: '3.55' },
  { from: '2023-08-21', percent: '3.45' },
  { from: '2024-07-22', percent: '3.35' },
  { from: '2024-10-21', percent: '3.1' },
  { from: '2025-05-20', percent: '3.0' },
];

/** The day the 2020 revision of the private-lending rules replaced the 24 % / 36 % lines with 4 × LPR. */
export const LPR_CEILING_FROM = '2020-08-20';

export const INTEREST_CEILING_RULES = {
  /** Contracts made from 2020-08-20: four times the one-year LPR in force when the contract was made. */
  lprMultiple: {
    times: 4,
    article: '《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（2020年第二次修正）第二十五条',
  },
  /**
   * Contracts made before: up to 24 % a year is supported and over 36 % is void (2015 rules, Art 26);
   * interest from 2020-08-20 on is held to 4 × the LPR in force when the suit is filed (2020 rules, Art 31).
   */
  before2020: {
    supportedPercent: '24',
    voidAbovePercent: '36',
    article: '《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（法释〔2015〕18号）第二十六条；（2020年第二次修正）第三十一条',
  },
} as const;
