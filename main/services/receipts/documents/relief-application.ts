// 司法救助申请书 (诉讼费用), A4: the written application for deferring, reducing or waiving court
// fees that Art 48 of 《诉讼费用交纳办法》 asks for, with the situations claimed and the proof to attach.
// The situations and proof arrive in the document's language, as the screener showed them.
import { z } from 'zod';
import { IdDocumentType } from '../../../../contract';
import type { Block } from '../blocks';
import { AssistedBy, DocumentNo, Text, addressedTo, assistedByBlocks, defineDocument, documentTail, formatDate } from './document';

export const reliefApplication = defineDocument({
  sizes: ['a4'],
  input: z
    .object({
      receiptNo: DocumentNo,
      caseNumber: Text(40).min(1).nullable(),
      /** idType: the document the number is of; absent on applications queued before other documents were accepted (a resident ID). */
      applicant: z
        .object({
          name: Text(60).min(1),
          idType: z.enum([...IdDocumentType.options, 'creditCode']).optional(),
          idNumber: Text(18).min(1),
          phone: Text(20).min(1),
        })
        .strict(),
      relief: z.enum(['waive', 'reduce', 'defer']),
      /** A reduction is at least this share of the fee (Art 46). */
      minimumPercent: z.number().int().positive().max(100).nullable(),
      situations: z.array(Text(200).min(1)).min(1).max(11),
      articles: z.array(Text(80).min(1)).min(1).max(11),
      proof: z.array(Text(200).min(1)).min(1).max(20),
      signedOn: z.iso.date(),
      assistedBy: AssistedBy,
    })
    .strict(),
  sample: {
    receiptNo: 'KIOSK-01-JZ-20261123-0001',
    caseNumber: null,
    applicant: { name: '王秀英', idNumber: '11010519491231002X', phone: '13800138000' },
    relief: 'waive',
    minimumPercent: null,
    situations: ['领取最低生活保障金，没有其他收入'],
    articles: ['《诉讼费用交纳办法》第四十五条第（三）项'],
    proof: ['最低生活保障证、特困供养证或失业保险金领取证明', '无其他收入的证明'],
    signedOn: '2026-11-23',
  },
  documentNo: (input) => input.receiptNo,
  blocks(input, ctx): Block[] {
    const { t } = ctx;
    return [
      { kind: 'title', text: t('reliefApplication.title') },
      {
        kind: 'fields',
        rows: [
          { label: t('reliefApplication.applicant'), value: input.applicant.name },
          { label: t(`reliefApplication.idTypes.${input.applicant.idType ?? 'residentId'}`), value: input.applicant.idNumber },
          { label: t('reliefApplication.phone'), value: input.applicant.phone },
          { label: t('reliefApplication.caseNumber'), value: input.caseNumber ?? t('reliefApplication.notFiledYet') },
          { label: t('reliefApplication.receiptNo'), value: input.receiptNo },
        ],
      },
      { kind: 'heading', text: t('reliefApplication.request') },
      {
        kind: 'paragraph',
        text: t(`reliefApplication.requests.${input.relief}`, { percent: input.minimumPercent ?? '', articles: input.articles.join('、') }),
        indent: true,
      },
      { kind: 'heading', text: t('reliefApplication.reasons') },
      {
        kind: 'paragraph',
        text: t(input.applicant.idType === 'creditCode' ? 'reliefApplication.reasonsIntroOrganisation' : 'reliefApplication.reasonsIntro'),
        indent: true,
      },
      { kind: 'list', numbered: true, items: input.situations },
      { kind: 'heading', text: t('reliefApplication.proof') },
      { kind: 'list', numbered: true, items: input.proof },
      { kind: 'paragraph', text: t('reliefApplication.promise'), indent: true },
      ...addressedTo(ctx),
      ...assistedByBlocks(t, input.assistedBy),
      { kind: 'signature', label: t('reliefApplication.signer'), date: t('common.signDate', { date: formatDate(t, input.signedOn) }) },
      ...documentTail(ctx),
    ];
  },
});
