// Small-claims procedure, Civil Procedure Law (2021, numbering kept in 2023) Arts 165–166, as data.
// Sources and readings: docs/RULES.md §2.

/** Art 165: automatic up to this share of the province's previous-year average annual wage. */
export const AUTOMATIC_SHARE = { num: 1n, den: 2n, article: '《民事诉讼法》第一百六十五条第一款' } as const;
/** Art 165: with the parties' agreement up to twice the wage itself (not twice the threshold). */
export const AGREED_MULTIPLE = { num: 2n, den: 1n, article: '《民事诉讼法》第一百六十五条第二款' } as const;

/**
 * Art 166 (its list is the contract's SmallClaimsExclusion): 人身关系、财产确权; 涉外; 需要评估、
 * 鉴定或对诉前评估、鉴定结果有异议; 一方当事人下落不明; 反诉; 其他不宜适用.
 */
export const EXCLUSIONS_ARTICLE = '《民事诉讼法》第一百六十六条';
