// 《诉讼费用交纳办法》(State Council Order 481, 2007), Arts 13–18, as data. Amounts are yuan;
// rates are percent. Sources and readings: docs/RULES.md §1.
import type { FeeKind, HalvingGround } from '../../../contract';

/** One band of a cumulative table: the part of the amount up to `upTo` (null: no top). */
export type Band = { upTo: number | null } & ({ rate: string } | { flat: number });

export type Part =
  | { part: 'flat'; yuan: number; article: string }
  /** The province fixes the figure inside the range (Art 13, last paragraph). */
  | { part: 'range'; min: number; max: number; article: string }
  | { part: 'bands'; bands: Band[]; article: string };

export interface Variant {
  parts: Part[];
  /** A share of the sum, e.g. a payment order pays ⅓ of the property fee (Art 14(3)). */
  factor?: { num: number; den: number; article: string };
  cap?: { yuan: number; article: string };
}

export interface KindRule {
  /** Only the case-acceptance fee (案件受理费, Art 13) can be halved (Arts 15, 16, 18). */
  fee: 'acceptance' | 'application';
  withAmount?: Variant;
  withoutAmount?: Variant;
  /** The amount only adds to a base fee, so leaving it out is not a mistake. */
  amountOptional?: boolean;
}

const A = '《诉讼费用交纳办法》';

const PROPERTY_BANDS: Band[] = [
  { upTo: 10_000, flat: 50 },
  { upTo: 100_000, rate: '2.5' },
  { upTo: 200_000, rate: '2' },
  { upTo: 500_000, rate: '1.5' },
  { upTo: 1_000_000, rate: '1' },
  { upTo: 2_000_000, rate: '0.9' },
  { upTo: 5_000_000, rate: '0.8' },
  { upTo: 10_000_000, rate: '0.7' },
  { upTo: 20_000_000, rate: '0.6' },
  { upTo: null, rate: '0.5' },
];

const property = (article: string): Part => ({ part: 'bands', bands: PROPERTY_BANDS, article });

export const FEE_SCHEDULE: Record<FeeKind, KindRule> = {
  property: { fee: 'acceptance', withAmount: { parts: [property(`${A}第十三条第（一）项`)] } },
  divorce: {
    fee: 'acceptance',
    amountOptional: true,
    withoutAmount: { parts: [{ part: 'range', min: 50, max: 300, article: `${A}第十三条第（二）项第1目` }] },
    withAmount: {
      parts: [
        { part: 'range', min: 50, max: 300, article: `${A}第十三条第（二）项第1目` },
        {
          part: 'bands',
          bands: [
            { upTo: 200_000, rate: '0' },
            { upTo: null, rate: '0.5' },
          ],
          article: `${A}第十三条第（二）项第1目`,
        },
      ],
    },
  },
  personality: {
    fee: 'acceptance',
    amountOptional: true,
    withoutAmount: { parts: [{ part: 'range', min: 100, max: 500, article: `${A}第十三条第（二）项第2目` }] },
    withAmount: {
      parts: [
        { part: 'range', min: 100, max: 500, article: `${A}第十三条第（二）项第2目` },
        {
          part: 'bands',
          bands: [
            { upTo: 50_000, rate: '0' },
            { upTo: 100_000, rate: '1' },
            { upTo: null, rate: '0.5' },
          ],
          article: `${A}第十三条第（二）项第2目`,
        },
      ],
    },
  },
  other_nonproperty: { fee: 'acceptance', withoutAmount: { parts: [{ part: 'range', min: 50, max: 100, article: `${A}第十三条第（二）项第3目` }] } },
  ip: {
    fee: 'acceptance',
    withoutAmount: { parts: [{ part: 'range', min: 500, max: 1000, article: `${A}第十三条第（三）项` }] },
    withAmount: { parts: [property(`${A}第十三条第（三）项`)] },
  },
  labor: { fee: 'acceptance', withoutAmount: { parts: [{ part: 'flat', yuan: 10, article: `${A}第十三条第（四）项` }] } },
  admin_special: { fee: 'acceptance', withoutAmount: { parts: [{ part: 'flat', yuan: 100, article: `${A}第十三条第（五）项第1目` }] } },
  admin_other: { fee: 'acceptance', withoutAmount: { parts: [{ part: 'flat', yuan: 50, article: `${A}第十三条第（五）项第2目` }] } },
  jurisdiction_objection: { fee: 'acceptance', withoutAmount: { parts: [{ part: 'range', min: 50, max: 100, article: `${A}第十三条第（六）项` }] } },
  enforcement: {
    fee: 'application',
    withoutAmount: { parts: [{ part: 'range', min: 50, max: 500, article: `${A}第十四条第（一）项` }] },
    withAmount: {
      parts: [
        {
          part: 'bands',
          bands: [
            { upTo: 10_000, flat: 50 },
            { upTo: 500_000, rate: '1.5' },
            { upTo: 5_000_000, rate: '1' },
            { upTo: 10_000_000, rate: '0.5' },
            { upTo: null, rate: '0.1' },
          ],
          article: `${A}第十四条第（一）项`,
        },
      ],
    },
  },
  preservation: {
    fee: 'application',
    withoutAmount: { parts: [{ part: 'flat', yuan: 30, article: `${A}第十四条第（二）项` }] },
    withAmount: {
      parts: [
        {
          part: 'bands',
          bands: [
            { upTo: 1_000, flat: 30 },
            { upTo: 100_000, rate: '1' },
            { upTo: null, rate: '0.5' },
          ],
          article: `${A}第十四条第（二）项`,
        },
      ],
      cap: { yuan: 5_000, article: `${A}第十四条第（二）项` },
    },
  },
  payment_order: {
    fee: 'application',
    withAmount: { parts: [property(`${A}第十四条第（三）项`)], factor: { num: 1, den: 3, article: `${A}第十四条第（三）项` } },
  },
  public_notice: { fee: 'application', withoutAmount: { parts: [{ part: 'flat', yuan: 100, article: `${A}第十四条第（四）项` }] } },
  arbitration_review: { fee: 'application', withoutAmount: { parts: [{ part: 'flat', yuan: 400, article: `${A}第十四条第（五）项` }] } },
  bankruptcy: {
    fee: 'application',
    withAmount: {
      parts: [property(`${A}第十四条第（六）项`)],
      factor: { num: 1, den: 2, article: `${A}第十四条第（六）项` },
      cap: { yuan: 300_000, article: `${A}第十四条第（六）项` },
    },
  },
};

/** Each ground halves the case-acceptance fee; several grounds still halve it once (docs/RULES.md §1, ~). */
export const HALVING_ARTICLES: Record<HalvingGround, string> = {
  mediation: `${A}第十五条`,
  withdrawal: `${A}第十五条`,
  simplified: `${A}第十六条`,
  // No national rule names small claims; it is a simplified procedure, so Art 16 is applied (docs/RULES.md §2, ~).
  smallClaims: `${A}第十六条`,
  counterclaim: `${A}第十八条`,
};
