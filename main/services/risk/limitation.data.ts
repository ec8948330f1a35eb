// Limitation periods as data, with the article each comes from (docs/RULES.md §3).
// The arithmetic that reads them is limitation.ts.

import type { PeriodLaw, RiskLimitationPeriod } from '../../../contract';

export type LimitationRegime = RiskLimitationPeriod;

const CC = '《民法典》';

/** The length of each period in years or days, the article that sets it, and the law it is counted under (PERIOD_COUNTING). */
export const PERIODS: Record<LimitationRegime, { years?: number; days?: number; article: string; law: PeriodLaw }> = {
  civil: { years: 3, article: `${CC}第一百八十八条第一款`, law: 'civilCode' },
  labourArbitration: { years: 1, article: '《劳动争议调解仲裁法》第二十七条第一款', law: 'civilCode' },
  /** Applying for enforcement is a step in 民事诉讼: its two years are counted under CPL Art 85. */
  enforcement: { years: 2, article: '《民事诉讼法》第二百五十条', law: 'civilProcedure' },
  /**
   * Suing on a labour award: 15 days from receiving it (仲裁法 Art 50), counted like any period
   * (Arts 201, 203). It is a fixed period (不变期间): neither interrupted nor suspended.
   */
  awardSuit: { days: 15, article: '《劳动争议调解仲裁法》第五十条', law: 'civilCode' },
};

/** No protection more than 20 years after the harm, whatever the interruptions (Art 188(2)). */
export const LONG_STOP = { years: 20, article: `${CC}第一百八十八条第二款` } as const;

/** An obstacle in the last six months suspends the period; it ends six months after the obstacle passed (Art 194). */
export const SUSPENSION = { months: 6, article: `${CC}第一百九十四条` } as const;

export const ARTICLES = {
  /** The start day is not counted; counting begins the next day. */
  startDayExcluded: `${CC}第二百零一条`,
  /** The last day is the corresponding date, or the month's last day when there is none. */
  correspondingDay: `${CC}第二百零二条`,
  /** A last day on a rest day rolls to the next working day (calendar: resources/calendar/rest-days.json). */
  holidayRollover: `${CC}第二百零三条`,
  instalments: `${CC}第一百八十九条`,
  interruption: `${CC}第一百九十五条`,
  /** Stopping an infringement, recovering registered property, support payments. */
  noLimitation: `${CC}第一百九十六条`,
  /** Wage arrears: not barred while employed, then one year from the end of employment. */
  wageArrears: '《劳动争议调解仲裁法》第二十七条第四款',
  labourInterruption: '《劳动争议调解仲裁法》第二十七条第二款',
} as const;

/**
 * How a period is counted, by the law it belongs to: the article that leaves the start day out, the
 * one that ends a period of months or years on the corresponding date, and the one that moves a last
 * day off a rest day (cited when it did).
 * Civil Code (limitation, a guarantee period of Art 692): Arts 201, 202, 203.
 * CPL (the six-month bar of Art 127(7), applying for enforcement): Art 85 says it for every 民事诉讼
 * period (期间开始的时和日，不计算在期间内; 期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期).
 */
const CPL_PERIODS = '《民事诉讼法》第八十五条';
export const PERIOD_COUNTING: Record<PeriodLaw, { startDayExcluded: string; correspondingDay: string; rollover: string }> = {
  civilCode: { startDayExcluded: ARTICLES.startDayExcluded, correspondingDay: ARTICLES.correspondingDay, rollover: ARTICLES.holidayRollover },
  civilProcedure: { startDayExcluded: CPL_PERIODS, correspondingDay: CPL_PERIODS, rollover: CPL_PERIODS },
};
