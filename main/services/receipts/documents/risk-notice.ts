// 诉讼风险告知书, A4: the court's standard risk notice, acknowledged and signed by the litigant.
import { z } from 'zod';
import type { Block } from '../blocks';
import { DocumentNo, Text, defineDocument, documentTail, formatDate } from './document';
import { SAMPLE_SIGNATURE_PNG } from './sample-signature.data';

/** The risks and their order, as in the locale files' riskNotice.risks. */
const RISKS = ['conditions', 'claims', 'changeLate', 'limitation', 'fees', 'preservation', 'evidence', 'evidenceLate', 'absence', 'address', 'enforcement', 'falseLitigation'] as const;

export const riskNotice = defineDocument({
  sizes: ['a4'],
  input: z
    .object({
      documentNo: DocumentNo,
      litigant: Text(100).min(1),
      caseType: Text(60).min(1),
      signaturePng: z.base64().max(500_000).optional(),
      signedOn: z.iso.date(),
    })
    .strict(),
  sample: { documentNo: 'FX-20261123-0013', litigant: '李晓华', caseType: '民间借贷纠纷', signaturePng: SAMPLE_SIGNATURE_PNG, signedOn: '2026-11-23' },
  documentNo: (input) => input.documentNo,
  blocks(input, ctx): Block[] {
    const { t } = ctx;
    return [
      { kind: 'title', over: ctx.court, text: t('riskNotice.title') },
      { kind: 'fields', rows: [{ label: t('riskNotice.litigant'), value: input.litigant }, { label: t('riskNotice.caseType'), value: input.caseType }] },
      { kind: 'paragraph', text: t('riskNotice.intro'), indent: true },
      { kind: 'list', numbered: true, items: RISKS.map((r) => t(`riskNotice.risks.${r}`)) },
      { kind: 'heading', text: t('riskNotice.acknowledgement') },
      { kind: 'paragraph', text: t('riskNotice.acknowledgementText'), indent: true },
      { kind: 'signature', label: t('riskNotice.signer'), ...(input.signaturePng ? { png: Buffer.from(input.signaturePng, 'base64') } : {}), date: t('common.signDate', { date: formatDate(t, input.signedOn) }) },
      ...documentTail(ctx),
    ];
  },
});
