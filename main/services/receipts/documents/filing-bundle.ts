// The paper part of a filing beside the complaint, A4: the confirmed address for service (送达地址确认书)
// with the consents, then the list of evidence saying which scanned pages belong to which item.
// The scanned pages themselves are appended after this list (main/services/filing/filing-papers.ts).
import { z } from 'zod';
import type { Block } from '../blocks';
import { DocumentNo, Text, defineDocument, documentTail, formatDate } from './document';
import { SAMPLE_SIGNATURE_PNG } from './sample-signature.data';

export const filingBundle = defineDocument({
  sizes: ['a4'],
  input: z
    .object({
      receiptNo: DocumentNo,
      caseType: Text(60).min(1),
      court: Text(100).min(1),
      service: z
        .object({ recipient: Text(100).min(1), address: Text(200).min(1), phone: Text(30).min(1), electronic: z.boolean(), mediation: z.boolean() })
        .strict(),
      /** The evidence list in order; pages: how many scanned pages follow for the item. */
      evidence: z.array(z.object({ name: Text(200).min(1), source: Text(200), purpose: Text(500), pages: z.number().int().min(0).max(100) }).strict()).max(100),
      signaturePng: z.base64().max(500_000).optional(),
      signedOn: z.iso.date(),
    })
    .strict(),
  sample: {
    receiptNo: 'KIOSK-01-LA-20261123-0007-31648',
    caseType: '民间借贷纠纷',
    court: '示范市江海区人民法院',
    service: { recipient: '李晓华', address: '广东省示范市江海区滨江路88号3栋1201房', phone: '13800005210', electronic: true, mediation: true },
    evidence: [
      { name: '借条', source: '原告提供', purpose: '证明被告向原告借款120,000元及约定的还款日期', pages: 1 },
      { name: '中国工商银行转账凭证', source: '原告提供', purpose: '证明原告已实际交付借款', pages: 2 },
      { name: '微信聊天记录', source: '原告提供', purpose: '证明原告多次催收', pages: 0 },
    ],
    signaturePng: SAMPLE_SIGNATURE_PNG,
    signedOn: '2026-11-23',
  },
  documentNo: (input) => input.receiptNo,
  blocks(input, ctx): Block[] {
    const { t } = ctx;
    const yesNo = (v: boolean) => t(v ? 'filingBundle.yes' : 'filingBundle.no');
    return [
      { kind: 'title', text: t('filingBundle.title') },
      {
        kind: 'fields',
        rows: [
          { label: t('filingBundle.receiptNo'), value: input.receiptNo },
          { label: t('filingBundle.caseType'), value: input.caseType },
          { label: t('filingBundle.court'), value: input.court },
        ],
      },
      { kind: 'heading', text: t('filingBundle.service') },
      {
        kind: 'fields',
        rows: [
          { label: t('filingBundle.recipient'), value: input.service.recipient },
          { label: t('filingBundle.address'), value: input.service.address },
          { label: t('filingBundle.phone'), value: input.service.phone },
          { label: t('filingBundle.electronic'), value: yesNo(input.service.electronic) },
          { label: t('filingBundle.mediation'), value: yesNo(input.service.mediation) },
        ],
      },
      { kind: 'paragraph', text: t('filingBundle.serviceNotice'), indent: true },
      {
        kind: 'signature',
        label: t('filingBundle.signer'),
        ...(input.signaturePng ? { png: Buffer.from(input.signaturePng, 'base64') } : {}),
        date: t('common.signDate', { date: formatDate(t, input.signedOn) }),
      },
      { kind: 'heading', text: t('filingBundle.evidence') },
      {
        kind: 'table',
        columns: [
          { header: t('complaint.evidenceNo'), share: 1.1, align: 'center' },
          { header: t('complaint.evidenceName'), share: 4.2 },
          { header: t('complaint.evidenceSource'), share: 2 },
          { header: t('complaint.evidencePurpose'), share: 4.4 },
          { header: t('filingBundle.pages'), share: 2.4, align: 'center' },
        ],
        rows: input.evidence.map((e, i) => [
          String(i + 1),
          e.name,
          e.source,
          e.purpose,
          e.pages === 0
            ? t('filingBundle.paperOnly')
            : e.pages === 1
              ? `${i + 1}-1`
              : t('filingBundle.pagesValue', { from: `${i + 1}-1`, to: `${i + 1}-${e.pages}` }),
        ]),
      },
      ...(input.evidence.some((e) => e.pages > 0) ? [{ kind: 'paragraph', small: true, text: t('filingBundle.pagesNote') } as const] : []),
      ...documentTail(ctx),
    ];
  },
});
