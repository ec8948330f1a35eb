// 民事起诉状 (element-style complaint), A4: parties, claims, facts, evidence, signature.
import { z } from 'zod';
import type { Block } from '../blocks';
import type { Translate } from '../../i18n/translator';
import { DocumentNo, Party, Text, defineDocument, documentTail, formatDate, partyRows } from './document';
import { SAMPLE_SIGNATURE_PNG } from './sample-signature.data';

/** 委托诉讼代理人 (CPL Art 61) and the authority given (Art 62). */
const ComplaintAgent = z
  .object({
    /** The name of the party the agent acts for. */
    party: Text(100).min(1),
    kind: z.enum(['lawyer', 'relative']),
    name: Text(100).min(1),
    lawFirm: Text(100).optional(),
    licenceNo: Text(20).optional(),
    relationship: Text(20).optional(),
    specialPowers: z.array(z.enum(['admitClaims', 'waiveClaims', 'modifyClaims', 'settle', 'counterclaim', 'appeal'])).max(6),
  })
  .strict();
type ComplaintAgent = z.infer<typeof ComplaintAgent>;

function agentRows(t: Translate, a: ComplaintAgent): { label: string; value: string }[] {
  const who =
    a.kind === 'lawyer'
      ? t('complaint.agentLawyer', { name: a.name, firm: a.lawFirm ?? '', licence: a.licenceNo ?? '' })
      : t('complaint.agentRelative', { name: a.name, party: a.party, relationship: a.relationship ?? '' });
  const authority =
    a.specialPowers.length === 0
      ? t('complaint.authorityGeneral')
      : t('complaint.authoritySpecial', { powers: a.specialPowers.map((p) => t(`complaint.powers.${p}`)).join(t('complaint.powerSeparator')) });
  return [
    { label: t('party.agent'), value: who },
    { label: t('party.authority'), value: authority },
  ];
}

export const complaint = defineDocument({
  sizes: ['a4'],
  input: z
    .object({
      documentNo: DocumentNo,
      caseType: Text(60).min(1),
      plaintiffs: z.array(Party).min(1).max(10),
      defendants: z.array(Party).min(1).max(10),
      thirdParties: z.array(Party).max(10).default([]),
      agents: z.array(ComplaintAgent).max(30).default([]),
      /** The court the complaint is addressed to, when it is not the terminal's own (跨域立案). */
      crossRegionCourt: Text(100).min(1).optional(),
      /** The staff id of the helper who filled it in with the plaintiff (帮办人). */
      assistedBy: Text(60).optional(),
      claims: z.array(Text(500).min(1)).min(1).max(20),
      facts: Text(20_000).min(1),
      evidence: z.array(z.object({ name: Text(200).min(1), source: Text(200), purpose: Text(500) }).strict()).max(100),
      /** The signature captured on the touch screen, PNG in base64; absent when signed on paper. */
      signaturePng: z.base64().max(500_000).optional(),
      signedOn: z.iso.date(),
    })
    .strict(),
  sample: {
    documentNo: 'QS-20261123-0007',
    caseType: '民间借贷纠纷',
    plaintiffs: [
      {
        type: 'person',
        name: '李晓华',
        gender: 'female',
        birthDate: '1986-04-12',
        ethnicity: '汉族',
        idNumber: '440703198604******',
        address: '广东省示范市江海区滨江路88号3栋1201房',
        phone: '138****5210',
      },
    ],
    defendants: [
      {
        type: 'organisation',
        name: '示范市恒达商贸有限公司',
        idNumber: '91440703MA5XXXXXXX',
        representative: '王建国',
        address: '广东省示范市蓬江区建设路16号二楼',
        phone: '0750-3******',
      },
      {
        type: 'person',
        name: '王建国',
        gender: 'male',
        birthDate: '1979-09-30',
        ethnicity: '汉族',
        idNumber: '440703197909******',
        address: '广东省示范市蓬江区迎宾大道202号',
        phone: '139****8876',
      },
    ],
    claims: [
      '判令被告示范市恒达商贸有限公司偿还借款本金人民币120,000元；',
      '判令被告示范市恒达商贸有限公司支付自2025年3月1日起至实际清偿之日止的逾期利息，以120,000元为基数，按全国银行间同业拆借中心公布的一年期贷款市场报价利率（LPR）计算，暂计至起诉之日为8,500元；',
      '判令被告王建国对上述债务承担连带清偿责任；',
      '本案诉讼费用由二被告承担。',
    ],
    facts:
      '2024年9月1日，被告示范市恒达商贸有限公司因经营周转需要，向原告借款人民币120,000元，双方签订《借款合同》，约定借款期限为六个月，自2024年9月1日至2025年2月28日，借款期内不计利息，逾期还款的，按全国银行间同业拆借中心公布的一年期贷款市场报价利率（LPR）支付逾期利息。被告王建国作为保证人在合同上签字，承诺对全部借款承担连带保证责任，保证期间为主债务履行期届满之日起六个月。\n' +
      '合同签订当日，原告通过中国工商银行转账方式向被告示范市恒达商贸有限公司账户支付借款120,000元，被告出具了收条。借款到期后，原告多次通过电话、微信及上门方式催收，被告均以资金紧张为由拖延，至今分文未还。2025年8月20日，原告向二被告发出书面催款函，要求被告公司还款并要求被告王建国承担保证责任，二被告签收后仍未履行。\n' +
      '原告认为，原告与被告示范市恒达商贸有限公司之间的借款合同关系合法有效，被告逾期不还款的行为已构成违约，应当承担偿还本金及支付逾期利息的责任（《中华人民共和国民法典》第六百七十五条、第六百七十六条）。被告王建国在保证期间内收到原告要求其承担保证责任的书面通知，依法应当承担连带清偿责任（《中华人民共和国民法典》第六百八十八条、第六百九十三条）。为维护原告的合法权益，特依据《中华人民共和国民事诉讼法》第一百二十二条的规定，向贵院提起诉讼，请求依法判如所请。',
    evidence: [
      { name: '《借款合同》', source: '原告提供', purpose: '证明原告与被告公司之间存在借款合同关系，以及借款金额、期限、逾期利息的约定' },
      { name: '中国工商银行转账凭证', source: '原告提供', purpose: '证明原告已实际交付借款120,000元' },
      { name: '收条', source: '被告公司出具', purpose: '证明被告公司收到借款' },
      { name: '微信聊天记录截图（共12页）', source: '原告提供', purpose: '证明原告多次催收，被告承认欠款' },
      { name: '催款函及邮寄签收记录', source: '原告提供', purpose: '证明原告在保证期间内要求被告王建国承担保证责任' },
    ],
    signaturePng: SAMPLE_SIGNATURE_PNG,
    signedOn: '2026-11-23',
  },
  documentNo: (input) => input.documentNo,
  blocks(input, ctx): Block[] {
    const { t } = ctx;
    // A defendant may be known only by name and address (CPL Art 124(2)): what is unknown is left out, not printed blank.
    const withAgents = (role: string, p: Party): Block => ({
      kind: 'fields',
      rows: [
        ...partyRows(t, role, p).filter((row) => role === 'plaintiff' || row.value !== t('common.notGiven')),
        ...input.agents.filter((a) => a.party === p.name).flatMap((a) => agentRows(t, a)),
      ],
    });
    const parties: Block[] = [
      ...input.plaintiffs.map((p) => withAgents('plaintiff', p)),
      ...input.defendants.map((p) => withAgents('defendant', p)),
      ...input.thirdParties.map((p) => withAgents('thirdParty', p)),
    ];
    // A cross-region complaint is addressed to the court that will hear it, and says where it was handed in.
    const notes: Block[] = [
      ...(input.crossRegionCourt ? [{ kind: 'paragraph', small: true, text: t('complaint.crossRegion', { terminalCourt: ctx.court }) } as const] : []),
      ...(input.assistedBy ? [{ kind: 'paragraph', small: true, text: t('complaint.assistedBy', { staffId: input.assistedBy }) } as const] : []),
    ];
    return [
      { kind: 'title', text: t('complaint.title') },
      { kind: 'heading', text: t('complaint.parties') },
      ...parties,
      { kind: 'heading', text: t('complaint.claims') },
      { kind: 'list', numbered: true, items: input.claims },
      { kind: 'heading', text: t('complaint.facts') },
      { kind: 'paragraph', text: input.facts, indent: true },
      { kind: 'heading', text: t('complaint.evidence') },
      {
        kind: 'table',
        columns: [
          { header: t('complaint.evidenceNo'), share: 1.1, align: 'center' },
          { header: t('complaint.evidenceName'), share: 4 },
          { header: t('complaint.evidenceSource'), share: 2.2 },
          { header: t('complaint.evidencePurpose'), share: 6 },
        ],
        rows: input.evidence.map((e, i) => [String(i + 1), e.name, e.source, e.purpose]),
      },
      { kind: 'paragraph', text: t('common.to'), indent: true },
      { kind: 'paragraph', text: input.crossRegionCourt ?? ctx.court },
      {
        kind: 'signature',
        label: t('complaint.signer'),
        ...(input.signaturePng ? { png: Buffer.from(input.signaturePng, 'base64') } : {}),
        date: t('common.signDate', { date: formatDate(t, input.signedOn) }),
      },
      { kind: 'paragraph', text: t('complaint.attachments', { copies: input.defendants.length + input.thirdParties.length, evidence: input.evidence.length }) },
      ...notes,
      ...documentTail(ctx),
    ];
  },
});
