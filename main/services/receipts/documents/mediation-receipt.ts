// 诉前调解申请回执, 80 mm: what was asked for and of whom, and what happens next. The kiosk books no
// appointment: the mediation organisation rings the applicant to fix one.
import { z } from 'zod';
import type { Translate } from '../../i18n/translator';
import type { Block } from '../blocks';
import { AssistedBy, DocumentNo, Text, assistedByBlocks, defineDocument, formatDate, receiptTail } from './document';

export const MediationMode = z.enum(['online', 'inPerson']);
/** The half-days the applicant said they can attend. */
export const PreferredTimes = z
  .array(z.object({ date: z.iso.date(), part: z.enum(['morning', 'afternoon']) }).strict())
  .min(1)
  .max(3);

export const formatPreferredTimes = (t: Translate, times: z.infer<typeof PreferredTimes>) =>
  times
    .map((slot) => t('mediationReceipt.slot', { date: formatDate(t, slot.date), part: t(`mediationReceipt.parts.${slot.part}`) }))
    .join(t('mediationReceipt.slotSeparator'));

export const mediationReceipt = defineDocument({
  sizes: ['80mm'],
  input: z
    .object({
      receiptNo: DocumentNo,
      applicant: Text(100).min(1),
      respondent: Text(100).min(1),
      caseType: Text(60).min(1),
      organisation: Text(100).min(1),
      mode: MediationMode,
      preferredTimes: PreferredTimes,
      assistedBy: AssistedBy,
    })
    .strict(),
  sample: {
    receiptNo: 'KIOSK-01-TJ-20261123-0004-52907',
    applicant: '示范市安居物业管理有限公司',
    respondent: '赵美玲',
    caseType: '物业服务合同纠纷',
    organisation: '市物业纠纷人民调解委员会',
    mode: 'inPerson',
    preferredTimes: [
      { date: '2026-12-01', part: 'morning' },
      { date: '2026-12-02', part: 'afternoon' },
    ],
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
          { label: t('mediationReceipt.mode'), value: t(`mediationReceipt.modes.${input.mode}`) },
          { label: t('mediationReceipt.preferredTimes'), value: formatPreferredTimes(t, input.preferredTimes) },
        ],
      },
      { kind: 'rule' },
      { kind: 'paragraph', text: t('mediationReceipt.notice') },
      ...assistedByBlocks(t, input.assistedBy),
      ...receiptTail(ctx),
    ];
  },
});
