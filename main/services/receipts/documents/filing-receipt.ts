// 立案回执: what the litigant takes home after handing in a complaint, on the roll or on A4.
import { z } from 'zod';
import type { Block } from '../blocks';
import { DocumentNo, Text, defineDocument, formatDateTime, formatFen, orNotGiven, receiptTail, documentTail, issuedRows } from './document';

export const filingReceipt = defineDocument({
  sizes: ['80mm', 'a4'],
  input: z
    .object({
      receiptNo: DocumentNo,
      caseType: Text(60).min(1),
      plaintiffs: z.array(Text(100).min(1)).min(1).max(20),
      defendants: z.array(Text(100).min(1)).min(1).max(20),
      claimAmountFen: z.number().int().nonnegative().nullable(),
      /** The court filed with; crossRegion when it is not the terminal's own (跨域立案). */
      court: z
        .object({ name: Text(100).min(1), crossRegion: z.boolean() })
        .strict()
        .optional(),
      submittedBy: Text(100).min(1),
      /** The staff id of the helper who assisted (帮办人). */
      assistedBy: Text(60).optional(),
      submittedAt: z.iso.datetime(),
      materials: z.array(z.object({ name: Text(100).min(1), copies: z.number().int().min(1).max(99) }).strict()).max(40),
    })
    .strict(),
  sample: {
    receiptNo: 'KIOSK-01-LA-20261123-0007-31648',
    caseType: '民间借贷纠纷',
    plaintiffs: ['李晓华'],
    defendants: ['示范市恒达商贸有限公司', '王建国'],
    claimAmountFen: 12_850_000,
    submittedBy: '李晓华',
    submittedAt: '2026-11-23T01:42:00.000Z',
    materials: [
      { name: '民事起诉状', copies: 3 },
      { name: '原告身份证复印件', copies: 1 },
      { name: '被告营业执照信息', copies: 1 },
      { name: '借款合同', copies: 1 },
      { name: '银行转账凭证', copies: 4 },
    ],
  },
  documentNo: (input) => input.receiptNo,
  blocks(input, ctx): Block[] {
    const { t } = ctx;
    const facts = [
      { label: t('filingReceipt.receiptNo'), value: input.receiptNo },
      { label: t('filingReceipt.caseType'), value: input.caseType },
      { label: t('filingReceipt.plaintiffs'), value: input.plaintiffs.join('、') },
      { label: t('filingReceipt.defendants'), value: input.defendants.join('、') },
      { label: t('filingReceipt.claimAmount'), value: input.claimAmountFen === null ? orNotGiven(t, '') : formatFen(t, input.claimAmountFen) },
      ...(input.court
        ? [{ label: t('filingReceipt.court'), value: input.court.crossRegion ? t('filingReceipt.crossRegion', { court: input.court.name }) : input.court.name }]
        : []),
      { label: t('filingReceipt.submittedBy'), value: input.submittedBy },
      ...(input.assistedBy ? [{ label: t('filingReceipt.assistedBy'), value: input.assistedBy }] : []),
      { label: t('filingReceipt.submittedAt'), value: formatDateTime(t, new Date(input.submittedAt), ctx.timeZone) },
    ];
    const title: Block = { kind: 'title', over: ctx.court, text: t('filingReceipt.title') };
    const notice: Block = { kind: 'paragraph', text: t('filingReceipt.notice'), indent: ctx.size === 'a4' };
    if (ctx.size === '80mm') {
      return [
        title,
        { kind: 'fields', rows: facts },
        { kind: 'rule' },
        { kind: 'heading', text: t('filingReceipt.materials') },
        { kind: 'list', numbered: true, items: input.materials.map((m) => `${m.name} × ${m.copies}`) },
        { kind: 'rule' },
        notice,
        ...receiptTail(ctx),
      ];
    }
    return [
      title,
      { kind: 'fields', rows: facts },
      { kind: 'heading', text: t('filingReceipt.materials') },
      {
        kind: 'table',
        columns: [
          { header: t('complaint.evidenceNo'), share: 1, align: 'center' },
          { header: t('filingReceipt.materialName'), share: 8 },
          { header: t('filingReceipt.copies'), share: 2, align: 'center' },
        ],
        rows: input.materials.map((m, i) => [String(i + 1), m.name, t('filingReceipt.copiesValue', { count: m.copies })]),
      },
      notice,
      { kind: 'fields', rows: issuedRows(ctx) },
      ...documentTail(ctx).slice(1),
    ];
  },
});
