// 诉讼风险告知书, A4: the court's standard risk notice, given with a risk report and acknowledged by
// the litigant — signed, or "I have read and understood" — as recorded at the terminal.
import { z } from 'zod';
import type { Block } from '../blocks';
import { AssistedBy, DocumentNo, Text, assistedByBlocks, defineDocument, documentTail, formatDate, orNotGiven } from './document';
import { SAMPLE_SIGNATURE_PNG } from './sample-signature.data';

/** The risks and their order, as in the locale files' riskNotice.risks. */
const RISKS = [
  'conditions',
  'claims',
  'changeLate',
  'limitation',
  'fees',
  'preservation',
  'evidence',
  'evidenceLate',
  'absence',
  'address',
  'enforcement',
  'falseLitigation',
] as const;

export const riskNotice = defineDocument({
  sizes: ['a4'],
  input: z
    .object({
      documentNo: DocumentNo,
      /** The report the notice went with. */
      reportNo: DocumentNo,
      litigant: Text(100),
      caseType: Text(60).min(1),
      method: z.enum(['signature', 'readAndUnderstood']),
      signaturePng: z.base64().max(500_000).optional(),
      signedOn: z.iso.date(),
      assistedBy: AssistedBy,
    })
    .strict()
    .refine((n) => (n.method === 'signature') === (n.signaturePng !== undefined), {
      message: 'a signature, and only a signature, comes with its picture',
      path: ['signaturePng'],
    }),
  sample: {
    documentNo: 'K-0001-GZ-20261123-0013',
    reportNo: 'K-0001-FX-20261123-0013',
    litigant: '李晓华',
    caseType: '民间借贷纠纷',
    method: 'signature',
    signaturePng: SAMPLE_SIGNATURE_PNG,
    signedOn: '2026-11-23',
  },
  documentNo: (input) => input.documentNo,
  blocks(input, ctx): Block[] {
    const { t } = ctx;
    const date = t('common.signDate', { date: formatDate(t, input.signedOn) });
    return [
      { kind: 'title', over: ctx.court, text: t('riskNotice.title') },
      {
        kind: 'fields',
        rows: [
          { label: t('riskNotice.litigant'), value: orNotGiven(t, input.litigant) },
          { label: t('riskNotice.caseType'), value: input.caseType },
          { label: t('riskNotice.reportNo'), value: input.reportNo },
        ],
      },
      { kind: 'paragraph', text: t('riskNotice.intro'), indent: true },
      { kind: 'list', numbered: true, items: RISKS.map((r) => t(`riskNotice.risks.${r}`)) },
      { kind: 'heading', text: t('riskNotice.acknowledgement') },
      { kind: 'paragraph', text: t('riskNotice.acknowledgementText'), indent: true },
      ...assistedByBlocks(t, input.assistedBy),
      input.method === 'signature'
        ? { kind: 'signature', label: t('riskNotice.signer'), png: Buffer.from(input.signaturePng!, 'base64'), date }
        : { kind: 'paragraph', text: t('riskNotice.readAndUnderstood', { date }) },
      ...documentTail(ctx),
    ];
  },
});
