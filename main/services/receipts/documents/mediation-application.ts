// 调解申请书, A4: a request for pre-litigation mediation (诉前调解) with the chosen organisation.
import { z } from 'zod';
import type { Block } from '../blocks';
import { DocumentNo, Party, Text, addressedTo, defineDocument, documentTail, formatDate, partyRows } from './document';
import { SAMPLE_SIGNATURE_PNG } from './sample-signature.data';

export const mediationApplication = defineDocument({
  sizes: ['a4'],
  input: z
    .object({
      documentNo: DocumentNo,
      caseType: Text(60).min(1),
      applicant: Party,
      respondent: Party,
      requests: z.array(Text(500).min(1)).min(1).max(10),
      facts: Text(10_000).min(1),
      organisation: Text(100).min(1),
      preferredTime: Text(100),
      signaturePng: z.base64().max(500_000).optional(),
      signedOn: z.iso.date(),
    })
    .strict(),
  sample: {
    documentNo: 'TJ-20261123-0004',
    caseType: '物业服务合同纠纷',
    applicant: { type: 'organisation', name: '示范市安居物业管理有限公司', idNumber: '91440703MA4XXXXXXX', representative: '陈志远', address: '广东省示范市江海区五邑路33号', phone: '0750-3******' },
    respondent: { type: 'person', name: '赵美玲', gender: 'female', birthDate: '1990-01-15', ethnicity: '汉族', idNumber: '440704199001******', address: '广东省示范市江海区五邑路35号6栋702房', phone: '137****2046' },
    requests: ['被申请人支付2025年1月至2026年6月物业服务费共计人民币4,320元；', '被申请人支付逾期付款违约金人民币216元。'],
    facts:
      '申请人为被申请人所居住小区的物业服务企业，双方于2023年签订《物业服务合同》，约定物业服务费每月240元，按季度缴纳。自2025年1月起，被申请人以电梯维修不及时为由拒绝缴纳物业服务费。申请人已于2025年10月完成电梯更换，并多次书面催缴，被申请人至今未缴。为节约双方时间和费用，申请人愿意通过调解方式解决本纠纷。',
    organisation: '示范市江海区人民调解委员会',
    preferredTime: '2026年12月1日至12月5日工作日上午',
    signaturePng: SAMPLE_SIGNATURE_PNG,
    signedOn: '2026-11-23',
  },
  documentNo: (input) => input.documentNo,
  blocks(input, ctx): Block[] {
    const { t } = ctx;
    return [
      { kind: 'title', text: t('mediationApplication.title') },
      { kind: 'heading', text: t('mediationApplication.parties') },
      { kind: 'fields', rows: partyRows(t, 'applicant', input.applicant) },
      { kind: 'fields', rows: partyRows(t, 'respondent', input.respondent) },
      { kind: 'heading', text: t('mediationApplication.requests') },
      { kind: 'list', numbered: true, items: input.requests },
      { kind: 'heading', text: t('mediationApplication.facts') },
      { kind: 'paragraph', text: input.facts, indent: true },
      { kind: 'heading', text: t('mediationApplication.arrangement') },
      {
        kind: 'fields',
        rows: [
          { label: t('mediationApplication.organisation'), value: input.organisation },
          { label: t('mediationApplication.preferredTime'), value: input.preferredTime || t('common.notGiven') },
        ],
      },
      { kind: 'paragraph', text: t('mediationApplication.consent'), indent: true },
      ...addressedTo(ctx),
      { kind: 'signature', label: t('mediationApplication.signer'), ...(input.signaturePng ? { png: Buffer.from(input.signaturePng, 'base64') } : {}), date: t('common.signDate', { date: formatDate(t, input.signedOn) }) },
      ...documentTail(ctx),
    ];
  },
});
