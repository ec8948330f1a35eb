// 交费凭证, 80 mm: proof of a court fee paid at the terminal, until the court's own fee receipt.
import { z } from 'zod';
import type { Block } from '../blocks';
import { AssistedBy, Text, assistedByBlocks, defineDocument, formatDateTime, formatFen, receiptTail } from './document';

export const paymentVoucher = defineDocument({
  sizes: ['80mm'],
  input: z
    .object({
      voucherNo: z.string().regex(/^[A-Za-z0-9-]{4,40}$/),
      caseNumber: Text(40).min(1),
      noticeNo: Text(40).min(1),
      payerName: Text(100).min(1),
      items: z
        .array(z.object({ label: Text(60).min(1), amountFen: z.number().int().positive() }).strict())
        .min(1)
        .max(10),
      totalFen: z.number().int().positive(),
      method: z.enum(['card', 'qr']),
      transactionRef: Text(60).min(1),
      paidAt: z.iso.datetime(),
      assistedBy: AssistedBy,
    })
    .strict()
    .refine((v) => v.items.reduce((s, i) => s + i.amountFen, 0) === v.totalFen, { message: 'items must add up to the total', path: ['totalFen'] }),
  sample: {
    voucherNo: 'JF-20261123-0031',
    caseNumber: '（2026）粤0703民初1234号',
    noticeNo: 'JT2026070300456',
    payerName: '李晓华',
    items: [
      { label: '案件受理费', amountFen: 143_250 },
      { label: '财产保全申请费', amountFen: 134_250 },
    ],
    totalFen: 277_500,
    method: 'card',
    transactionRef: '6228********3105 / 000417',
    paidAt: '2026-11-23T02:05:00.000Z',
  },
  documentNo: (input) => input.voucherNo,
  blocks(input, ctx): Block[] {
    const { t } = ctx;
    return [
      { kind: 'title', over: ctx.court, text: t('paymentVoucher.title') },
      {
        kind: 'fields',
        rows: [
          { label: t('paymentVoucher.voucherNo'), value: input.voucherNo },
          { label: t('paymentVoucher.caseNumber'), value: input.caseNumber },
          { label: t('paymentVoucher.noticeNo'), value: input.noticeNo },
          { label: t('paymentVoucher.payer'), value: input.payerName },
        ],
      },
      { kind: 'rule' },
      { kind: 'fields', rows: input.items.map((i) => ({ label: i.label, value: formatFen(t, i.amountFen) })) },
      { kind: 'rule' },
      {
        kind: 'fields',
        rows: [
          { label: t('paymentVoucher.total'), value: formatFen(t, input.totalFen) },
          { label: t('paymentVoucher.method'), value: t(`paymentVoucher.methods.${input.method}`) },
          { label: t('paymentVoucher.transactionRef'), value: input.transactionRef },
          { label: t('paymentVoucher.paidAt'), value: formatDateTime(t, new Date(input.paidAt), ctx.timeZone) },
        ],
      },
      { kind: 'paragraph', small: true, text: t('paymentVoucher.notice') },
      ...assistedByBlocks(t, input.assistedBy),
      ...receiptTail(ctx),
    ];
  },
});
