// 诉讼风险评估报告, A4: the findings of the guided risk interview, with a cost estimate and advice.
import { z } from 'zod';
import type { Block } from '../blocks';
import { DocumentNo, Text, defineDocument, documentTail, formatFen, issuedRows } from './document';

const RiskArea = z.enum(['limitation', 'evidence', 'jurisdiction', 'enforcement', 'cost', 'smallClaims', 'mediation']);

export const riskReport = defineDocument({
  sizes: ['a4'],
  input: z
    .object({
      documentNo: DocumentNo,
      assessedFor: Text(100).min(1),
      caseType: Text(60).min(1),
      findings: z.array(z.object({ area: RiskArea, level: z.enum(['low', 'medium', 'high']), finding: Text(1000).min(1) }).strict()).min(1).max(20),
      costs: z.array(z.object({ label: Text(100).min(1), amountFen: z.number().int().nonnegative() }).strict()).max(10),
      advice: z.array(Text(500).min(1)).max(10),
    })
    .strict(),
  sample: {
    documentNo: 'FX-20261123-0012',
    assessedFor: '李晓华',
    caseType: '民间借贷纠纷',
    findings: [
      { area: 'limitation', level: 'low', finding: '借款于2025年2月28日到期，您于2025年8月20日书面催收，诉讼时效自催收之日起重新计算，目前未超过三年诉讼时效期间。' },
      { area: 'evidence', level: 'medium', finding: '已有借款合同和银行转账凭证，能够证明借贷关系和款项交付；催收记录为微信截图，建议保存原始载体以备核对。' },
      { area: 'jurisdiction', level: 'low', finding: '被告住所地在本院辖区，本院有管辖权。' },
      { area: 'enforcement', level: 'high', finding: '被告公司近期经营困难，可能存在无财产可供执行的风险，可考虑申请财产保全。' },
      { area: 'smallClaims', level: 'low', finding: '标的额超过本省小额诉讼标准，不适用小额诉讼程序，一般适用简易程序审理。' },
    ],
    costs: [
      { label: '案件受理费（按简易程序减半）', amountFen: 143_250 },
      { label: '财产保全申请费（如申请）', amountFen: 134_250 },
    ],
    advice: ['起诉前可先申请诉前调解，调解不收费，调解成功的协议可申请司法确认。', '申请财产保全需提供担保，可咨询诉讼服务中心了解保险公司保函等担保方式。'],
  },
  documentNo: (input) => input.documentNo,
  blocks(input, ctx): Block[] {
    const { t } = ctx;
    return [
      { kind: 'title', over: ctx.court, text: t('riskReport.title') },
      {
        kind: 'fields',
        rows: [{ label: t('riskReport.assessedFor'), value: input.assessedFor }, { label: t('riskReport.caseType'), value: input.caseType }, ...issuedRows(ctx)],
      },
      { kind: 'heading', text: t('riskReport.results') },
      {
        kind: 'table',
        columns: [
          { header: t('riskReport.area'), share: 2.2 },
          { header: t('riskReport.level'), share: 1.4, align: 'center' },
          { header: t('riskReport.finding'), share: 8 },
        ],
        rows: input.findings.map((f) => [t(`riskReport.areas.${f.area}`), t(`riskReport.levels.${f.level}`), f.finding]),
      },
      ...(input.costs.length
        ? ([
            { kind: 'heading', text: t('riskReport.costs') },
            {
              kind: 'table',
              columns: [
                { header: t('riskReport.costItem'), share: 8 },
                { header: t('riskReport.costAmount'), share: 3, align: 'right' },
              ],
              rows: input.costs.map((c) => [c.label, formatFen(t, c.amountFen)]),
            },
          ] satisfies Block[])
        : []),
      ...(input.advice.length ? ([{ kind: 'heading', text: t('riskReport.advice') }, { kind: 'list', numbered: true, items: input.advice }] satisfies Block[]) : []),
      { kind: 'paragraph', small: true, text: t('riskReport.disclaimer') },
      ...documentTail(ctx).slice(1),
    ];
  },
});
