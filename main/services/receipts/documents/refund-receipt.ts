// 退费申请回执, 80 mm: proof that a refund request (退费申请) was handed in, with the account the
// court is asked to pay into. Only the card's last four digits are printed: a slip left at the
// kiosk must not give a stranger the account number.
import { z } from 'zod';
import type { Block } from '../blocks';
import { AssistedBy, DocumentNo, Text, assistedByBlocks, defineDocument, formatDateTime, receiptTail } from './document';

export const refundReceipt = defineDocument({
  sizes: ['80mm'],
  input: z
    .object({
      receiptNo: DocumentNo,
      caseNumber: Text(40).min(1),
      reason: z.enum(['overpaid', 'withdrawn', 'mediated', 'other']),
      accountHolder: Text(60).min(1),
      bankName: Text(60).min(1),
      bankCardEnding: z.string().regex(/^\d{4}$/),
      submittedAt: z.iso.datetime(),
      assistedBy: AssistedBy,
    })
    .strict(),
  sample: {
    receiptNo: 'KIOSK-01-TF-20261123-0002-47163',
    caseNumber: '（2026）粤0703民初1234号',
    reason: 'withdrawn',
    accountHolder: '李晓华',
    bankName: '中国工商银行示范市江海支行',
    bankCardEnding: '3105',
    submittedAt: '2026-11-23T02:05:00.000Z',
  },
  documentNo: (input) => input.receiptNo,
  blocks(input, ctx): Block[] {
    const { t } = ctx;
    return [
      { kind: 'title', over: ctx.court, text: t('refundReceipt.title') },
      {
        kind: 'fields',
        rows: [
          { label: t('refundReceipt.receiptNo'), value: input.receiptNo },
          { label: t('refundReceipt.caseNumber'), value: input.caseNumber },
          { label: t('refundReceipt.reason'), value: t(`refundReceipt.reasons.${input.reason}`) },
        ],
      },
      { kind: 'rule' },
      {
        kind: 'fields',
        rows: [
          { label: t('refundReceipt.accountHolder'), value: input.accountHolder },
          { label: t('refundReceipt.bankName'), value: input.bankName },
          { label: t('refundReceipt.bankCard'), value: t('refundReceipt.cardEnding', { digits: input.bankCardEnding }) },
          { label: t('refundReceipt.submittedAt'), value: formatDateTime(t, new Date(input.submittedAt), ctx.timeZone) },
        ],
      },
      { kind: 'paragraph', small: true, text: t('refundReceipt.notice') },
      ...assistedByBlocks(t, input.assistedBy),
      ...receiptTail(ctx),
    ];
  },
});
