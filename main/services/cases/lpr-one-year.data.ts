// The one-year loan prime rate (一年期贷款市场报价利率，LPR) the kiosk ships with: the default series
// (lpr-series.ts) until a law-data package from the hub brings newer rows. Read through the series
// passed in, by the private-lending interest ceiling of filing and by the risk rules (their
// `lprOneYearPercent` constant names it as `published`). Append a row on the day a new figure takes
// effect; an unchanged month needs no row.

export const LPR_ONE_YEAR_SOURCE = {
  publisher: '中国人民银行授权全国银行间同业拆借中心公布（《中国人民银行公告〔2019〕第15号》起按新机制每月20日报价）',
  where: 'https://www.chinamoney.com.cn/chinese/bklpr/ ；http://www.pbc.gov.cn/',
  /** The last month whose announcement was checked against this table. */
  checkedTo: '2025-11-20',
} as const;

/** Percent a year as decimal text, in force from `from` (the announcement's date) until the next row. */
export const LPR_ONE_YEAR: readonly { from: string; percent: string; announcement: string }[] = [
  // The reformed LPR from its first quotation (中国人民银行公告〔2019〕第15号): a 2020 loan is checked
  // against these by filing, and the 2015/2020 transition (民间借贷规定 Art 31) needs the year before 2020-08-20.
  { from: '2019-08-20', percent: '4.25', announcement: '2019年8月20日全国银行间同业拆借中心受权公布贷款市场报价利率（LPR）公告' },
  { from: '2019-09-20', percent: '4.2', announcement: '2019年9月20日全国银行间同业拆借中心受权公布贷款市场报价利率（LPR）公告' },
  { from: '2019-11-20', percent: '4.15', announcement: '2019年11月20日全国银行间同业拆借中心受权公布贷款市场报价利率（LPR）公告' },
  { from: '2020-02-20', percent: '4.05', announcement: '2020年2月20日全国银行间同业拆借中心受权公布贷款市场报价利率（LPR）公告' },
  { from: '2020-04-20', percent: '3.85', announcement: '2020年4月20日全国银行间同业拆借中心受权公布贷款市场报价利率（LPR）公告' },
  { from: '2021-12-20', percent: '3.8', announcement: '2021年12月20日全国银行间同业拆借中心受权公布贷款市场报价利率（LPR）公告' },
  { from: '2022-01-20', percent: '3.7', announcement: '2022年1月20日全国银行间同业拆借中心受权公布贷款市场报价利率（LPR）公告' },
  { from: '2022-08-22', percent: '3.65', announcement: '2022年8月22日全国银行间同业拆借中心受权公布贷款市场报价利率（LPR）公告' },
  { from: '2023-06-20', percent: '3.55', announcement: '2023年6月20日全国银行间同业拆借中心受权公布贷款市场报价利率（LPR）公告' },
  { from: '2023-08-21', percent: '3.45', announcement: '2023年8月21日全国银行间同业拆借中心受权公布贷款市场报价利率（LPR）公告' },
  { from: '2024-07-22', percent: '3.35', announcement: '2024年7月22日全国银行间同业拆借中心受权公布贷款市场报价利率（LPR）公告' },
  { from: '2024-10-21', percent: '3.1', announcement: '2024年10月21日全国银行间同业拆借中心受权公布贷款市场报价利率（LPR）公告' },
  { from: '2025-05-20', percent: '3.0', announcement: '2025年5月20日全国银行间同业拆借中心受权公布贷款市场报价利率（LPR）公告' },
];
