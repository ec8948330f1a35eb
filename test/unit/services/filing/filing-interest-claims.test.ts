// The interest claim (诉讼请求) of a private-lending complaint on every branch of the interest rules,
// as a table: what was agreed → the claim and the reason the complaint must say, in Chinese and
// English, read back from the generated claims and from the complaint PDF through pdftotext.
import { describe, expect, it } from 'vitest';
import type { FilingAnswers } from '../../../../contract';
import { CaseTypeCatalogue } from '../../../../main/services/cases/catalogue';
import { loadDefaultConfig } from '../../../../main/services/config/config-store';
import { complaintText, type ComplaintLanguage } from '../../../../main/services/filing/complaint-text';
import { ElementSets } from '../../../../main/services/filing/element-sets';
import { resourcePaths } from '../../../../main/services/resource-paths';
import { ReceiptService } from '../../../../main/services/receipts/receipt-service';
import { lendingDraft } from './filing-samples';
import { inReadingOrder, pdfText } from '../../support/pdf-tools';
import { REPO_ROOT, manualClock } from '../../support/temp-kiosk';
import { SHIPPED_LPR } from '../../../../main/services/cases/lpr-series';

const paths = resourcePaths(REPO_ROOT);
const catalogue = new CaseTypeCatalogue(paths.caseTypes);
const lending = new ElementSets(paths.filingElements, catalogue).get('private_lending');
const receipts = new ReceiptService({
  fonts: paths.receiptFonts,
  localesDir: paths.locales,
  clock: manualClock('2026-11-23T02:00:00.000Z'),
  config: async () => loadDefaultConfig(paths.defaultConfig),
});
const SUED = '2026-11-23';

interface Row {
  why: string;
  /** Answers changed from the sample 民间借贷 draft (loan 2024-09-01, LPR then 3.35 %, ceiling 13.4 %); undefined removes one. */
  answers: Record<string, string | boolean | undefined>;
  /** The interest claim, in each language. */
  claim: Record<ComplaintLanguage, string>;
  /** A sentence the reasons must give, or null when none is owed; `absent` must not be said. */
  reason: Record<ComplaintLanguage, string> | null;
  absent?: Record<ComplaintLanguage, string>;
}

const CAPPED_REASON = { 'zh-CN': '超过法律保护的上限', en: 'above the legal ceiling' };

const ROWS: Row[] = [
  {
    why: 'no interest agreed, a due date: late interest at the LPR from the day after it (民间借贷规定 Art 28(2)(1))',
    answers: { interestAgreed: false },
    claim: {
      'zh-CN': '支付逾期利息（以100,000元为基数，自2025年2月28日次日起按全国银行间同业拆借中心公布的一年期贷款市场报价利率计算',
      en: 'late interest on CNY 100,000 at the one-year loan prime rate from the day after 28 February 2025 until paid',
    },
    reason: {
      'zh-CN': '双方未约定利息，原告仅主张被告逾期还款期间的利息',
      en: 'No interest was agreed, so the plaintiff claims interest only for the time the repayment is late',
    },
  },
  {
    why: 'no interest and no due date agreed: late interest from the day of filing (Civil Code Art 675)',
    answers: { interestAgreed: false, dueDate: undefined },
    claim: {
      'zh-CN': '支付逾期利息（以100,000元为基数，自起诉之日起按全国银行间同业拆借中心公布的一年期贷款市场报价利率计算',
      en: 'late interest on CNY 100,000 at the one-year loan prime rate from the day of filing until paid',
    },
    reason: { 'zh-CN': '双方未约定利息', en: 'No interest was agreed' },
  },
  {
    why: "6 % a year, below the ceiling, no start date given: the agreed rate from the loan date (the reviewer's case)",
    answers: { agreedRate: '6', interestFrom: undefined },
    claim: {
      'zh-CN': '支付利息（以100,000元为基数，自2024年9月1日起按年利率6%计算至实际清偿之日止）',
      en: 'pay interest on CNY 100,000 at 6% a year from 1 September 2024 until paid',
    },
    reason: null,
    absent: CAPPED_REASON,
  },
  {
    why: 'at the ceiling exactly (4 × 3.35 %): claimed as agreed, nothing to explain (Art 25)',
    answers: { agreedRate: '13.4' },
    claim: { 'zh-CN': '按年利率13.4%计算至实际清偿之日止', en: 'at 13.4% a year from 1 September 2024 until paid' },
    reason: null,
    absent: CAPPED_REASON,
  },
  {
    why: 'above the ceiling: claimed at the ceiling, and the reasons say why (Art 25)',
    answers: { agreedRate: '18' },
    claim: { 'zh-CN': '自2024年9月1日起按年利率13.4%计算至实际清偿之日止', en: 'at 13.4% a year from 1 September 2024 until paid' },
    reason: {
      'zh-CN':
        '双方约定的年利率18%超过法律保护的上限（合同成立时一年期贷款市场报价利率3.35%的四倍，《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十五条），原告仅按年利率13.4%主张利息。',
      en: 'The agreed rate of 18% a year is above the legal ceiling (four times the one-year loan prime rate of 3.35% when the contract was made, Private Lending Rules, Art 25), so the plaintiff claims interest at 13.4% a year only.',
    },
  },
  {
    why: 'late interest only: the agreed rate from the day after the due date the litigant entered',
    answers: { agreedRate: '6', interestFrom: '2025-03-01', interestToDate: '3500' },
    claim: {
      'zh-CN': '自2025年3月1日起按年利率6%计算至实际清偿之日止），暂计至起诉之日为人民币3,500元',
      en: 'at 6% a year from 1 March 2025 until paid, CNY 3,500 up to the day of filing',
    },
    reason: null,
    absent: CAPPED_REASON,
  },
  {
    why: 'a loan of 2019 at 20 %: as agreed up to 2020-08-19, then 4 × the LPR when sued (3 % → 12 %) (Art 31)',
    answers: { loanDate: '2019-03-01', interestFrom: '2019-03-01', agreedRate: '20' },
    claim: {
      'zh-CN': '自2019年3月1日起至2020年8月19日止按年利率20%计算，自2020年8月20日起按年利率12%计算至实际清偿之日止',
      en: 'at 20% a year from 1 March 2019 to 19 August 2020 and at 12% a year from 20 August 2020 until paid',
    },
    reason: { 'zh-CN': '起诉时一年期贷款市场报价利率3%的四倍', en: 'four times the one-year loan prime rate of 3% when the suit is filed' },
    absent: { 'zh-CN': '按年利率24%主张', en: 'claimed at 24% a year' },
  },
  {
    why: 'a loan of 2019 at 30 %: 24 % up to 2020-08-19 (2015 rules Art 26), 12 % after (Art 31)',
    answers: { loanDate: '2019-03-01', interestFrom: '2019-03-01', agreedRate: '30' },
    claim: {
      'zh-CN': '自2019年3月1日起至2020年8月19日止按年利率24%计算，自2020年8月20日起按年利率12%计算至实际清偿之日止',
      en: 'at 24% a year from 1 March 2019 to 19 August 2020 and at 12% a year from 20 August 2020 until paid',
    },
    reason: { 'zh-CN': '截至2020年8月19日的利息按年利率24%主张', en: 'interest up to 19 August 2020 is claimed at 24% a year' },
  },
  {
    why: 'a loan of 2019 whose interest is claimed only from 2021: one period, 4 × the LPR when sued (Art 31)',
    answers: { loanDate: '2019-03-01', interestFrom: '2021-01-01', agreedRate: '15' },
    claim: { 'zh-CN': '自2021年1月1日起按年利率12%计算至实际清偿之日止', en: 'at 12% a year from 1 January 2021 until paid' },
    reason: CAPPED_REASON,
    absent: { 'zh-CN': '2020年8月19日止', en: '19 August 2020' },
  },
];

function answersOf(row: Row): FilingAnswers {
  const merged: Record<string, string | boolean | undefined> = { ...lendingDraft().answers, ...row.answers };
  return Object.fromEntries(Object.entries(merged).filter((entry): entry is [string, string | boolean] => entry[1] !== undefined));
}

async function complaintPdf(claims: string[], facts: string, language: ComplaintLanguage): Promise<string> {
  const doc = await receipts.render(
    'complaint',
    {
      documentNo: 'KIOSK-01-LA-20261123-0007',
      caseType: catalogue.get('private_lending').name[language],
      plaintiffs: [
        {
          type: 'person',
          name: '李晓华',
          gender: 'female',
          birthDate: '1986-04-12',
          ethnicity: '汉',
          address: '广东省示范市江海区滨江路88号3栋1201房',
          phone: '13800005210',
        },
      ],
      defendants: [
        {
          type: 'person',
          name: '王建国',
          gender: 'male',
          birthDate: '1979-09-30',
          ethnicity: '汉族',
          address: '广东省示范市蓬江区迎宾大道202号',
          phone: '13900008876',
        },
      ],
      claims,
      facts,
      evidence: [{ name: '借条', source: '原告提供', purpose: '证明借款事实' }],
      signedOn: SUED,
    },
    { language },
  );
  return pdfText(doc.pdf);
}

describe('the interest claim of a private-lending complaint', () => {
  const cases = ROWS.flatMap((row) => (['zh-CN', 'en'] as const).map((language) => ({ ...row, language })));

  it.each(cases)('$language: $why', async ({ language, ...row }) => {
    const text = complaintText(lending, answersOf(row), lendingDraft().parties, SUED, language, SHIPPED_LPR);
    const interest = text.claims.filter((c) => c.includes(language === 'zh-CN' ? '利息' : 'interest'));
    expect(interest, text.claims.join('\n')).toHaveLength(1);
    expect(interest[0]).toContain(row.claim[language]);
    if (row.reason) expect(text.facts).toContain(row.reason[language]);
    if (row.absent) expect(text.facts).not.toContain(row.absent[language]);

    const pdf = await complaintPdf(text.claims, text.facts, language);
    expect(inReadingOrder(pdf, [row.claim[language], ...(row.reason ? [row.reason[language]] : [])]), pdf).toBeNull();
    if (row.absent) expect(inReadingOrder(pdf, [row.absent[language]])).toBe(row.absent[language]);
  });

  it('says in the facts the rate that was agreed, whatever is claimed', () => {
    for (const agreedRate of ['6', '18']) {
      const answers = answersOf({ why: '', answers: { agreedRate }, claim: { 'zh-CN': '', en: '' }, reason: null });
      expect(complaintText(lending, answers, lendingDraft().parties, SUED, 'zh-CN', SHIPPED_LPR).facts).toContain(`约定年利率为${agreedRate}%`);
      expect(complaintText(lending, answers, lendingDraft().parties, SUED, 'en', SHIPPED_LPR).facts).toContain(
        `at an agreed interest rate of ${agreedRate}% a year`,
      );
    }
  });
});
