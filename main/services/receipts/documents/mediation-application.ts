// 调解申请书, A4: a request for pre-litigation mediation (诉前调解) with the chosen organisation, as
// the kiosk's mediation flow gathers it; signed by hand on the printed page.
import { z } from 'zod';
import type { Block } from '../blocks';
import { AssistedBy, DocumentNo, Text, addressedTo, assistedByBlocks, defineDocument, documentTail, formatDate, orNotGiven } from './document';
import { MediationMode, PreferredTimes, formatPreferredTimes } from './mediation-receipt';

const Contact = z.object({ name: Text(60).min(1), phone: Text(30).nullable() }).strict();

export const mediationApplication = defineDocument({
  sizes: ['a4'],
  input: z
    .object({
      documentNo: DocumentNo,
      caseType: Text(60).min(1),
      applicant: Contact,
      respondent: Contact,
      description: Text(2000).min(1),
      organisation: Text(100).min(1),
      mode: MediationMode,
      preferredTimes: PreferredTimes,
      signedOn: z.iso.date(),
      assistedBy: AssistedBy,
    })
    .strict(),
  sample: {
    documentNo: 'KIOSK-01-TJ-20261123-0004-52907',
    caseType: '物业服务合同纠纷',
    applicant: { name: '示范市安居物业管理有限公司', phone: '0750-3316688' },
    respondent: { name: '赵美玲', phone: null },
    description:
      '申请人为被申请人所居住小区的物业服务企业，双方于2023年签订《物业服务合同》，约定物业服务费每月240元，按季度缴纳。自2025年1月起，被申请人以电梯维修不及时为由拒绝缴纳物业服务费，至今共欠4,320元。申请人已于2025年10月完成电梯更换，并多次书面催缴，被申请人至今未缴。',
    organisation: '市物业纠纷人民调解委员会',
    mode: 'inPerson',
    preferredTimes: [{ date: '2026-12-01', part: 'morning' }],
    signedOn: '2026-11-23',
  },
  documentNo: (input) => input.documentNo,
  blocks(input, ctx): Block[] {
    const { t } = ctx;
    return [
      { kind: 'title', text: t('mediationApplication.title') },
      { kind: 'heading', text: t('mediationApplication.parties') },
      {
        kind: 'fields',
        rows: [
          { label: t('party.applicant'), value: input.applicant.name },
          { label: t('party.phone'), value: orNotGiven(t, input.applicant.phone ?? undefined) },
          { label: t('party.respondent'), value: input.respondent.name },
          { label: t('party.phone'), value: orNotGiven(t, input.respondent.phone ?? undefined) },
        ],
      },
      { kind: 'heading', text: t('mediationApplication.requests') },
      { kind: 'paragraph', text: t('mediationApplication.request', { caseType: input.caseType }), indent: true },
      { kind: 'heading', text: t('mediationApplication.facts') },
      { kind: 'paragraph', text: input.description, indent: true },
      { kind: 'heading', text: t('mediationApplication.arrangement') },
      {
        kind: 'fields',
        rows: [
          { label: t('mediationApplication.organisation'), value: input.organisation },
          { label: t('mediationReceipt.mode'), value: t(`mediationReceipt.modes.${input.mode}`) },
          { label: t('mediationApplication.preferredTime'), value: formatPreferredTimes(t, input.preferredTimes) },
        ],
      },
      { kind: 'paragraph', text: t('mediationApplication.consent'), indent: true },
      ...addressedTo(ctx),
      ...assistedByBlocks(t, input.assistedBy),
      { kind: 'signature', label: t('mediationApplication.signer'), date: t('common.signDate', { date: formatDate(t, input.signedOn) }) },
      ...documentTail(ctx),
    ];
  },
});
