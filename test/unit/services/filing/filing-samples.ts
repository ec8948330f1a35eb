// A complete, wholly fictional 民间借贷 filing for the filing tests and the crash victim: the names,
// ID numbers (valid checksums) and addresses belong to nobody.
import type { FilingDraft, FilingSubmission } from '../../../../contract';
import { SAMPLE_SIGNATURE_PNG } from '../../../../main/services/receipts/documents/sample-signature.data';

export const EVIDENCE_IOU = '6f1c2a52-2f0e-4d7b-9a51-0c1e7b0d2a11';
export const EVIDENCE_TRANSFER = '9b8e4c1d-7a6f-4e2b-8c3d-1f0a9e8d7c66';

export const lendingDraft = (): FilingDraft => ({
  caseType: 'private_lending',
  courtCode: '粤0703',
  parties: [
    {
      id: 'p1',
      role: 'plaintiff',
      party: {
        kind: 'person',
        name: '李晓华',
        sex: 'female',
        birthDate: '1986-04-12',
        ethnicity: '汉',
        address: '广东省示范市江海区滨江路88号3栋1201房',
        idNumber: '440703198604120026',
        phone: '13800005210',
      },
      agent: null,
    },
    {
      id: 'd1',
      role: 'defendant',
      party: {
        kind: 'person',
        name: '王建国',
        sex: 'male',
        birthDate: '1979-09-30',
        ethnicity: '汉族',
        address: '广东省示范市蓬江区迎宾大道202号',
        idNumber: '440703197909300031',
        phone: '13900008876',
      },
      agent: null,
    },
    {
      id: 'd2',
      role: 'defendant',
      party: {
        kind: 'person',
        name: '陈立新',
        sex: null,
        birthDate: null,
        ethnicity: null,
        address: '广东省示范市新会区会城大道5号',
        idNumber: null,
        phone: null,
      },
      agent: null,
    },
  ],
  answers: {
    loanDate: '2024-09-01',
    principal: '120000',
    deliveryMethod: 'bankTransfer',
    dueDate: '2025-02-28',
    interestAgreed: true,
    agreedRate: '18',
    interestFrom: '2024-09-01',
    repaidPrincipal: '20000',
    principalOutstanding: '100000',
    hasGuarantee: true,
    guarantor: '陈立新',
    guaranteeKind: 'joint',
    demandDate: '2025-08-20',
    demandMethod: 'letter',
  },
  claims: null,
  facts: null,
  evidence: [
    { id: EVIDENCE_IOU, name: '借条', source: '原告提供', purpose: '证明被告向原告借款120,000元' },
    { id: EVIDENCE_TRANSFER, name: '中国工商银行转账凭证', source: '原告提供', purpose: '证明原告已交付借款' },
  ],
  consents: {
    serviceAddress: { recipient: '李晓华', address: '广东省示范市江海区滨江路88号3栋1201房', phone: '13800005210', confirmed: true },
    electronicService: true,
    mediation: false,
  },
});

export const lendingSubmission = (draft: FilingDraft = lendingDraft()): FilingSubmission => ({
  ...draft,
  signaturePng: SAMPLE_SIGNATURE_PNG,
  language: 'zh-CN',
});
