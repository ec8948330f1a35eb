// Turns a fee quote's breakdown (FeeStep in main's fee calculator) into lines in plain
// words: what part of the claim, at what rate, what it costs, and the article it comes from.
import type { TFunction } from 'i18next';
import { readAmount } from '../../components/numeric-entry';
import type { FeeQuote } from './fee-estimate';
import { addYuan, groupYuan } from './money';

type Breakdown = FeeQuote['breakdown'];

export interface ExplainedStep {
  text: string;
  /** "2,250.00 元": the fee after this step. */
  fee: string;
  article: string | null;
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** An amount read the way people say it: "1 万元", "10,000 yuan". */
export const readYuan = (t: TFunction, yuan: string): string => {
  const reading = readAmount(yuan, { yi: t('keypad.amount.yi'), wan: t('keypad.amount.wan'), yuan: t('keypad.amount.yuan') });
  return reading ? t('keypad.amount.reading', { ...reading }) : '';
};

export const formatMoney = (t: TFunction, yuan: string): string => t('fees.desk.money', { amount: groupYuan(yuan) });

/** One line per step that a litigant needs; rounding to the fen changes nothing they can see. */
export function explainBreakdown(t: TFunction, breakdown: Breakdown): ExplainedStep[] {
  // The schedule's first band is a flat fee up to where the first rated band begins (Art 13(1)).
  const firstBand = breakdown.find((step) => step.step === 'band');
  const lines: ExplainedStep[] = [];
  for (const step of breakdown) {
    const article = str(step.article) || null;
    const fee = formatMoney(t, step.fee);
    switch (step.step) {
      case 'flat':
        lines.push({
          text: firstBand ? t('fees.estimate.breakdown.base', { upTo: readYuan(t, str(firstBand.from)) }) : t('fees.estimate.breakdown.basePerCase'),
          fee,
          article,
        });
        break;
      case 'band': {
        // The claim may end inside the band: name the part actually charged, not the band's top.
        const to = addYuan(str(step.from), str(step.amount));
        lines.push({
          text: t('fees.estimate.breakdown.band', { from: readYuan(t, str(step.from)), to: readYuan(t, to), rate: str(step.rate) }),
          fee,
          article,
        });
        break;
      }
      case 'range':
        lines.push({ text: t('fees.estimate.breakdown.range', { min: groupYuan(str(step.min)), max: groupYuan(str(step.max)) }), fee, article });
        break;
      case 'share':
        lines.push({ text: t('fees.estimate.breakdown.share', { share: str(step.share) }), fee, article });
        break;
      case 'cap':
        lines.push({ text: t('fees.estimate.breakdown.cap', { cap: groupYuan(str(step.cap)) }), fee, article });
        break;
      case 'halved':
        lines.push({ text: t('fees.estimate.breakdown.halved'), fee, article });
        break;
    }
  }
  return lines;
}
