// 诉讼风险评估报告, A4: a kept risk assessment in words (risk/report-paper.ts makes the input): the
// recommended path, each finding with the answers behind it, its article and what to do next, the
// limitation, the court, evidence, costs — and, plainly, that it is information, not legal advice.
import { z } from 'zod';
import type { Block } from '../blocks';
import { DocumentNo, Text, defineDocument, documentTail, formatDate, formatFen, issuedRows } from './document';

const Severity = z.enum(['high', 'medium', 'low', 'info']);
const Section = z.object({ text: Text(1000).min(1), articles: Text(500) }).strict();

export const riskReport = defineDocument({
  sizes: ['a4'],
  input: z
    .object({
      documentNo: DocumentNo,
      caseType: Text(60).min(1),
      assessedOn: z.iso.date(),
      ruleSetVersion: Text(40).min(1),
      path: z.object({ name: Text(60).min(1), reasons: z.array(Text(500).min(1)).max(10) }).strict(),
      findings: z
        .array(z.object({ severity: Severity, message: Text(1000).min(1), why: Text(1500), article: Text(300).min(1), action: Text(500).min(1) }).strict())
        .max(40),
      limitation: Section.extend({ title: Text(60).min(1) }).strict(),
      jurisdiction: Section.nullable(),
      evidence: z.array(z.object({ name: Text(100).min(1), status: z.enum(['have', 'missing', 'unknown']) }).strict()).max(20),
      enforcement: Text(500).min(1),
      preservation: Text(500).min(1),
      costs: z.array(z.object({ label: Text(100).min(1), amountFen: z.number().int().nonnegative() }).strict()).max(10),
      durations: z.array(Text(300).min(1)).max(6),
      headings: z.array(Text(200).min(1)).max(17),
      disclaimer: Text(500).min(1),
    })
    .strict(),
  sample: {
    documentNo: 'K-0001-FX-20261123-0012',
    caseType: '民间借贷纠纷',
    assessedOn: '2026-11-23',
    ruleSetVersion: '1.1.0',
    path: { name: '先调解', reasons: ['先调解：金额不大，先调解又快又省钱；调解不成，可以适用小额诉讼程序，一审终审。（《民事诉讼法》第一百六十五条）'] },
    findings: [
      {
        severity: 'medium',
        message: '约定的利率超过了合同成立时一年期贷款市场报价利率（LPR）的四倍，超过部分法院不支持。',
        why: '“约定的年利率是多少（%）？” 您答：15.5%；“您是哪一天把钱借给对方的？” 您答：2023-01-05',
        article: '《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十五条',
        action: '按不超过上限的利率计算利息后再提出请求。',
      },
    ],
    limitation: {
      title: '诉讼时效',
      text: '从 2025-06-01 起算。最后一天是 2028-06-01，还剩 556 天。',
      articles: '《民法典》第一百八十八条第一款、《民法典》第二百零一条',
    },
    jurisdiction: { text: '本院可以管辖，可以在这台终端直接办理。', articles: '《民事诉讼法》第二十二条、《民事诉讼法》第二十四条' },
    evidence: [
      { name: '借条、欠条或借款合同', status: 'missing' },
      { name: '银行转账记录', status: 'have' },
    ],
    enforcement: '您知道对方的财产线索，执行风险较低。',
    preservation: '对方有财产，可以考虑申请财产保全，防止转移。',
    costs: [
      { label: '案件受理费', amountFen: 230_000 },
      { label: '简易程序减半后', amountFen: 115_000 },
    ],
    durations: ['简易程序：90 天（《民事诉讼法》第一百六十四条）'],
    headings: ['诉讼请求不适当'],
    disclaimer: '本评估根据您的回答自动生成，是一般信息，不是法律意见，也不代表法院将如何判决。',
  },
  documentNo: (input) => input.documentNo,
  blocks(input, ctx): Block[] {
    const { t } = ctx;
    const section = (heading: string, s: { text: string; articles: string }): Block[] => [
      { kind: 'heading', text: heading },
      { kind: 'paragraph', text: s.text },
      ...(s.articles ? ([{ kind: 'paragraph', small: true, text: t('riskReport.basis', { articles: s.articles }) }] satisfies Block[]) : []),
    ];
    return [
      { kind: 'title', over: ctx.court, text: t('riskReport.title') },
      { kind: 'paragraph', text: input.disclaimer },
      {
        kind: 'fields',
        rows: [
          { label: t('riskReport.caseType'), value: input.caseType },
          { label: t('riskReport.assessedOn'), value: formatDate(t, input.assessedOn) },
          { label: t('riskReport.ruleSet'), value: input.ruleSetVersion },
          ...issuedRows(ctx),
        ],
      },
      { kind: 'heading', text: t('riskReport.path') },
      { kind: 'paragraph', text: input.path.name },
      ...(input.path.reasons.length ? ([{ kind: 'list', numbered: false, items: input.path.reasons }] satisfies Block[]) : []),
      { kind: 'heading', text: t('riskReport.results') },
      input.findings.length
        ? {
            kind: 'table',
            columns: [
              { header: t('riskReport.level'), share: 1.6, align: 'center' },
              { header: t('riskReport.finding'), share: 7 },
              { header: t('riskReport.action'), share: 3.4 },
            ],
            rows: input.findings.map((f) => [
              t(`riskReport.levels.${f.severity}`),
              [f.message, ...(f.why ? [t('riskReport.why', { why: f.why })] : []), t('riskReport.basis', { articles: f.article })].join('\n'),
              f.action,
            ]),
          }
        : { kind: 'paragraph', text: t('riskReport.noFindings') },
      ...section(input.limitation.title, input.limitation),
      ...(input.jurisdiction ? section(t('riskReport.jurisdiction'), input.jurisdiction) : []),
      ...(input.evidence.length
        ? ([
            { kind: 'heading', text: t('riskReport.evidence') },
            {
              kind: 'table',
              columns: [
                { header: t('riskReport.evidenceItem'), share: 8 },
                { header: t('riskReport.evidenceStatus'), share: 3, align: 'center' },
              ],
              rows: input.evidence.map((e) => [e.name, t(`riskReport.evidenceStatuses.${e.status}`)]),
            },
          ] satisfies Block[])
        : []),
      { kind: 'heading', text: t('riskReport.enforcement') },
      { kind: 'paragraph', text: input.enforcement },
      { kind: 'paragraph', text: input.preservation },
      { kind: 'heading', text: t('riskReport.costs') },
      ...(input.costs.length
        ? ([
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
      { kind: 'list', numbered: false, items: input.durations },
      ...(input.headings.length
        ? ([
            { kind: 'heading', text: t('riskReport.headings') },
            { kind: 'list', numbered: false, items: input.headings },
          ] satisfies Block[])
        : []),
      { kind: 'paragraph', small: true, text: t('riskReport.disclaimer') },
      ...documentTail(ctx),
    ];
  },
});
