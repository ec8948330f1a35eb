// The legal ceiling on interest in private lending, as data: the rules and the words a complaint
// uses for them. The LPR they are a multiple of is in lpr-one-year.data.ts, the kiosk's one copy.

/** The day the 2020 revision of the private-lending rules replaced the 24 % / 36 % lines with 4 × LPR. */
export const LPR_CEILING_FROM = '2020-08-20';

export const INTEREST_CEILING_RULES = {
  /** Contracts made from 2020-08-20: four times the one-year LPR in force when the contract was made. */
  lprMultiple: {
    times: 4,
    article: '《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（2020年第二次修正）第二十五条',
    /** What the ceiling is, in a complaint's reasons; {lpr} is the LPR it is four times. */
    basis: {
      'zh-CN': '合同成立时一年期贷款市场报价利率{lpr}%的四倍，《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十五条',
      en: 'four times the one-year loan prime rate of {lpr}% when the contract was made, Private Lending Rules, Art 25',
    },
  },
  /**
   * Contracts made before: up to 24 % a year is supported and over 36 % is void (2015 rules, Art 26);
   * interest from 2020-08-20 on is held to 4 × the LPR in force when the suit is filed (2020 rules, Art 31).
   */
  before2020: {
    supportedPercent: '24',
    voidAbovePercent: '36',
    article: '《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（法释〔2015〕18号）第二十六条；（2020年第二次修正）第三十一条',
    basis: {
      'zh-CN':
        '自2020年8月20日起为起诉时一年期贷款市场报价利率{lpr}%的四倍，此前为年利率24%，《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第三十一条',
      en: 'from 20 August 2020 four times the one-year loan prime rate of {lpr}% when the suit is filed, before that 24% a year, Private Lending Rules, Art 31',
    },
  },
} as const;
