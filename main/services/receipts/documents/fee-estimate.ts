// 诉讼费用估算单, A4: the fee a case would cost by 《诉讼费用交纳办法》, each step in plain words with
// its article, and what it comes to if the case is mediated or heard under simplified procedure.
import { z } from 'zod';
import type { Translate } from '../../i18n/translator';
import type { Block } from '../blocks';
import { DocumentNo, Text, defineDocument, documentTail } from './document';

const Yuan = z.string().regex(/^\d{1,15}(\.\d{1,2})?$/);
const step = <S extends string, T extends z.ZodRawShape>(name: S, shape: T) => z.object({ step: z.literal(name), fee: Yuan, ...shape }).strict();

/** FeeStep of the fee calculator, as the quote carries it. */
const FeeStep = z.discriminatedUnion('step', [
  step('band', { article: z.string(), from: Yuan, to: Yuan.nullable(), rate: z.string(), amount: Yuan }),
  step('flat', { article: z.string() }),
  step('range', { article: z.string(), min: Yuan, max: Yuan, source: z.enum(['input', 'terminal']) }),
  step('share', { article: z.string(), share: z.string() }),
  step('cap', { article: z.string(), cap: Yuan }),
  step('halved', { article: z.string(), grounds: z.array(z.string()) }),
  step('rounded', { rounding: z.enum(['fen', 'yuan']) }),
]);
type FeeStep = z.infer<typeof FeeStep>;

const grouped = (yuan: string) => {
  const [whole = '0', fraction] = yuan.split('.');
  const digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? digits : `${digits}.${fraction}`;
};
/** Yuan text to whole fen, so adding two amounts never meets binary floating point. */
const fen = (yuan: string) => {
  const [whole = '0', fraction = ''] = yuan.split('.');
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
};
const money = (t: Translate, yuan: string) => t('common.amount', { amount: grouped(yuan) });
/** A band's limit as people say it: whole yuan without ".00". */
const limit = (t: Translate, yuan: string) => money(t, yuan.replace(/\.00$/, ''));

/** A step in the words a litigant uses; rounding changes nothing they can see, so it has no line. */
function explain(t: Translate, steps: FeeStep[]): string[][] {
  const firstBand = steps.find((s) => s.step === 'band');
  return steps.flatMap((s): string[][] => {
    // Every article is of the same Measures, which the column header names once.
    const line = (text: string) => [[text, s.step === 'rounded' ? '' : s.article.replace(/^《诉讼费用交纳办法》/, ''), money(t, s.fee)]];
    switch (s.step) {
      case 'flat':
        return line(firstBand ? t('feeEstimate.steps.base', { upTo: limit(t, firstBand.from) }) : t('feeEstimate.steps.perCase'));
      case 'band': {
        // The claim may end inside the band: name the part actually charged, not the band's top.
        const to = fen(s.from) + fen(s.amount);
        return line(t('feeEstimate.steps.band', { from: limit(t, s.from), to: limit(t, `${to / 100n}.${String(to % 100n).padStart(2, '0')}`), rate: s.rate }));
      }
      case 'range':
        return line(t('feeEstimate.steps.range', { min: limit(t, s.min), max: limit(t, s.max) }));
      case 'share':
        return line(t('feeEstimate.steps.share', { share: s.share }));
      case 'cap':
        return line(t('feeEstimate.steps.cap', { cap: money(t, s.cap) }));
      case 'halved':
        return line(t('feeEstimate.steps.halved'));
      case 'rounded':
        return [];
    }
  });
}

export const feeEstimate = defineDocument({
  sizes: ['a4'],
  input: z
    .object({
      estimateNo: DocumentNo,
      /** The dispute in everyday words, and its legal name, in the document's language. */
      caseType: Text(100).min(1),
      legalName: Text(100).min(1),
      amount: Yuan.nullable(),
      /** Case-acceptance fee (halvable) or an application fee. */
      feeType: z.enum(['acceptance', 'application']),
      fee: Yuan,
      breakdown: z.array(FeeStep).min(1).max(20),
      mediated: Yuan.nullable(),
      simplified: Yuan.nullable(),
      smallClaims: z.enum(['automatic', 'byAgreement', 'tooLarge', 'excluded', 'wageNotSet']).nullable(),
      /** When the fee is paid, where not in advance (办法 Art 20): the note's key and its article. */
      paymentTiming: z
        .object({ noteKey: z.enum(['laborRemunerationNoPrepay', 'enforcementAfter', 'bankruptcyAfter']), article: Text(60).min(1) })
        .strict()
        .nullable()
        .default(null),
    })
    .strict(),
  sample: {
    estimateNo: 'KIOSK-01-GS-20261123-170300',
    caseType: '借钱给别人，到期不还',
    legalName: '民间借贷纠纷',
    amount: '150000',
    feeType: 'acceptance',
    fee: '3300.00',
    breakdown: [
      { step: 'flat', article: '《诉讼费用交纳办法》第十三条第（一）项', fee: '50.00' },
      { step: 'band', article: '《诉讼费用交纳办法》第十三条第（一）项', from: '10000.00', to: '100000.00', rate: '2.5%', amount: '90000.00', fee: '2250.00' },
      { step: 'band', article: '《诉讼费用交纳办法》第十三条第（一）项', from: '100000.00', to: '200000.00', rate: '2%', amount: '50000.00', fee: '1000.00' },
      { step: 'rounded', rounding: 'fen', fee: '3300.00' },
    ],
    mediated: '1650.00',
    simplified: '1650.00',
    smallClaims: 'byAgreement',
  },
  documentNo: (input) => input.estimateNo,
  blocks(input, ctx): Block[] {
    const { t } = ctx;
    const halved = input.mediated !== null && input.simplified !== null;
    const smallClaims = input.smallClaims === 'automatic' || input.smallClaims === 'byAgreement' ? input.smallClaims : null;
    return [
      { kind: 'title', over: ctx.court, text: t('feeEstimate.title') },
      {
        kind: 'fields',
        rows: [
          { label: t('feeEstimate.estimateNo'), value: input.estimateNo },
          { label: t('feeEstimate.caseType'), value: input.caseType },
          { label: t('feeEstimate.legalName'), value: input.legalName },
          { label: t('feeEstimate.amount'), value: input.amount === null ? t('feeEstimate.perCase') : money(t, input.amount) },
          { label: t(`feeEstimate.fee.${input.feeType}`), value: money(t, input.fee) },
        ],
      },
      { kind: 'heading', text: t('feeEstimate.how') },
      {
        kind: 'table',
        columns: [
          { header: t('feeEstimate.columns.part'), share: 5 },
          { header: t('feeEstimate.columns.article'), share: 3 },
          { header: t('feeEstimate.columns.fee'), share: 3, align: 'right' },
        ],
        rows: [...explain(t, input.breakdown), [t('feeEstimate.total'), '', money(t, input.fee)]],
      },
      ...(halved
        ? ([
            { kind: 'heading', text: t('feeEstimate.halvedTitle') },
            {
              kind: 'fields',
              rows: [
                { label: t('feeEstimate.mediated'), value: money(t, input.mediated!) },
                { label: t('feeEstimate.simplified'), value: money(t, input.simplified!) },
              ],
            },
          ] satisfies Block[])
        : []),
      ...(smallClaims ? [{ kind: 'paragraph', text: t(`feeEstimate.smallClaims.${smallClaims}`), indent: true } satisfies Block] : []),
      ...(input.paymentTiming
        ? [
            {
              kind: 'paragraph',
              text: t(`feeEstimate.paymentTiming.${input.paymentTiming.noteKey}`, { article: input.paymentTiming.article }),
              indent: true,
            } satisfies Block,
          ]
        : []),
      { kind: 'paragraph', text: t('feeEstimate.note'), indent: true },
      ...documentTail(ctx),
    ];
  },
});
