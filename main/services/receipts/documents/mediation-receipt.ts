// 诉前调解申请回执, 80 mm: the appointment the litigant must keep with the mediator.
import { z } from 'zod';
import type { Block } from '../blocks';
import { DocumentNo, Text, defineDocument, receiptTail } from './document';

export const mediationReceipt = defineDocument({
  sizes: ['80mm'],
  input: z
    .object({
      receiptNo: DocumentNo,
      applicant: Text(100).min(1),
      respondent: Text(100).min(1),
      caseType: Text(60).min(1),
      organisation: Text(100).min(1),
      appointment: Text(100).min(1),
      location: Text(200).min(1),
    })
    .strict(),
  sample: {
    receiptNo: 'TJ-20261123-0004',
    applicant: '示范市安居物业管理有限公司',
    respondent: '赵美玲',
    caseType: '物业服务合同纠纷',
    organisation: '示范市江海区人民调解委员会',
    appointment: '2026年12月2日（星期三）上午 9:30',
    location: '示范市人民法院诉讼服务中心二楼 调解室3',
  },
  documentNo: (input) => input.receiptNo,
  blocks(input, ctx): Block[] {
    const { t } = ctx;
    return [
      { kind: 'title', over: ctx.court, text: t('mediationReceipt.title') },
      {
        kind: 'fields',
        rows: [
          { label: t('mediationReceipt.receiptNo'), value: input.receiptNo },
          { label: t('mediationReceipt.applicant'), value: input.applicant },
          { label: t('mediationReceipt.respondent'), value: input.respondent },
          { label: t('mediationReceipt.caseType'), value: input.caseType },
          { label: t('mediationReceipt.organisation'), value: input.organisation },
          { label: t('mediationReceipt.appointment'), value: input.appointment },
          { label: t('mediationReceipt.location'), value: input.location },
        ],
      },
      { kind: 'rule' },
      { kind: 'paragraph', text: t('mediationReceipt.notice') },
      ...receiptTail(ctx),
    ];
  },
});
