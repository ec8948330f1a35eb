// The helper of an assisted visit (帮办人) on everything a litigant submits or signs in it, not just
// filings: for mediation requests, fee payments, refunds, relief applications and the risk-notice
// acknowledgement, the payload queued for the court, the audit entries (the record in SQLite that
// nobody can quietly change) and the printed papers name the helper — and nobody when the litigant
// came alone.
import { describe, expect, it, vi } from 'vitest';
import type { MethodInput, PrintJob } from '../../../../contract';
import { MEDIATION_REQUEST } from '../mediation/mediation-samples';
import { pdfText } from '../../support/pdf-tools';
import { HELPER } from '../../support/staff-calls';
import { staffKioskPerTest } from '../../support/staff-kiosk';

// Every sign-in and PIN change runs scrypt on purpose; on a busy 2-core machine a dozen take tens of seconds.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const { staff, kiosk, value, query, printed } = staffKioskPerTest();

async function printedText(jobs: PrintJob[]): Promise<string> {
  const texts: string[] = [];
  for (const job of jobs) texts.push(await pdfText(await printed(job)));
  return texts.join('\n');
}

/** What one submission left behind: its outbox entry, its audit entries, its papers. */
interface Submitted {
  /** The outbox entry, or null for a kind that is not sent to the court. */
  outboxKey: string | null;
  audits: { action: string; match: Record<string, unknown> }[];
  papers: PrintJob[];
}

const NOTICES = [
  { caseNumber: '（2026）粤0703民初1234号', payerIdNumber: '11010519491231002X' },
  { caseNumber: '（2026）粤0703民初2088号', payerIdNumber: '440703198506120049' },
];
const REFUND = {
  caseNumber: '（2026）粤0703民初1234号',
  reason: 'withdrawn',
  accountHolder: '张建国',
  bankCardNumber: '6222 0212 3456 7894',
  bankName: '中国工商银行示范市江海支行',
  phone: '13800138000',
} satisfies MethodInput<'fees.refund'>;
const RELIEF = {
  caseNumber: null,
  applicant: { name: '李秀英', idNumber: '440703198506120049', phone: '13900139000' },
  grounds: ['subsistenceAllowance'],
  relief: 'waive',
} satisfies MethodInput<'fees.reliefApply'>;

/** Each kind, submitted the way its screen does (the litigant's own calls), `n` counting the visits. */
const KINDS: Record<string, (n: number) => Promise<Submitted>> = {
  mediation: async () => {
    const { requestId, receiptNo } = await value('mediation.submit', MEDIATION_REQUEST);
    const { jobs } = await value('print.mediation', { requestId, language: 'zh-CN' });
    return { outboxKey: requestId, audits: [{ action: 'submission', match: { receiptNo } }], papers: jobs };
  },
  payment: async (n) => {
    const notice = NOTICES[n]!;
    const started = await value('fees.pay', { ...notice, method: 'card' });
    await kiosk().payments.idle();
    await kiosk().sync.syncOnce();
    const voucher = await value('print.paymentVoucher', { paymentId: started.id, ...notice, language: 'zh-CN' });
    const audits = [
      { action: 'fees.pay', match: { paymentId: started.id } },
      { action: 'submission', match: { key: started.id } },
    ];
    return { outboxKey: started.id, audits, papers: [voucher] };
  },
  refund: async () => {
    const { receiptNo } = await value('fees.refund', REFUND);
    const [row] = await query<{ key: string }>('SELECT key FROM outbox WHERE receipt_no = ?', [receiptNo]);
    const paper = await value('print.refundReceipt', { receiptNo, secondFactor: REFUND.phone.slice(-4), language: 'zh-CN' });
    return { outboxKey: row!.key, audits: [{ action: 'submission', match: { receiptNo } }], papers: [paper] };
  },
  relief: async () => {
    const { receiptNo } = await value('fees.reliefApply', RELIEF);
    const [row] = await query<{ key: string }>('SELECT key FROM outbox WHERE receipt_no = ?', [receiptNo]);
    const paper = await value('print.reliefApplication', { receiptNo, secondFactor: RELIEF.applicant.idNumber, language: 'zh-CN' });
    return { outboxKey: row!.key, audits: [{ action: 'submission', match: { receiptNo } }], papers: [paper] };
  },
  'risk notice': async () => {
    const kept = await value('risk.record', {
      caseType: 'labour',
      answers: { claimKind: 'wages', employmentStatus: 'employed', arbitrationStage: 'none' },
    });
    await value('risk.acknowledge', { reportId: kept.reportId, litigant: '李晓华', method: 'readAndUnderstood', signaturePng: null });
    const paper = await value('print.riskNotice', { reportId: kept.reportId, language: 'zh-CN' });
    return { outboxKey: null, audits: [{ action: 'risk.acknowledge', match: { reportId: kept.reportId, documentNo: kept.documentNo } }], papers: [paper] };
  },
};

async function auditEntry({ action, match }: Submitted['audits'][number]) {
  const { entries } = await value('audit.recent', { limit: 50 }, staff.admin);
  return entries.find((e) => e.action === action && Object.entries(match).every(([k, v]) => e.details[k] === v));
}

async function queuedPayload(key: string | null): Promise<Record<string, unknown> | null> {
  if (key === null) return null;
  const [row] = await query<{ payload: string }>('SELECT payload FROM outbox WHERE key = ?', [key]);
  return JSON.parse(row!.payload) as Record<string, unknown>;
}

describe.each(Object.keys(KINDS))('%s in an assisted visit', (kind) => {
  it('names the helper in its payload, its audit entries and its papers; a litigant alone names nobody', async () => {
    await value('session.startAssisted', { language: 'zh-CN' }, staff.helper);
    const assisted = await KINDS[kind]!(0);
    if (assisted.outboxKey !== null) expect(await queuedPayload(assisted.outboxKey)).toMatchObject({ assistedBy: HELPER.staffId });
    for (const audit of assisted.audits) expect(await auditEntry(audit)).toMatchObject({ actor: HELPER.staffId, details: { assistedBy: HELPER.staffId } });
    // Every paper of the submission, e.g. both the mediation application and its receipt.
    for (const paper of assisted.papers) expect((await printedText([paper])).replace(/\s+/g, '')).toContain(`帮办人${HELPER.staffId}`);

    // The visit ends; the next litigant comes alone.
    await value('session.reset', {});
    await value('session.start', { language: 'zh-CN' });
    const alone = await KINDS[kind]!(1);
    if (alone.outboxKey !== null) expect(await queuedPayload(alone.outboxKey)).toMatchObject({ assistedBy: null });
    for (const audit of alone.audits) expect(await auditEntry(audit)).toMatchObject({ actor: 'litigant', details: { assistedBy: null } });
    const text = await printedText(alone.papers);
    expect(text).not.toContain('帮办人');
    expect(text).not.toContain(HELPER.staffId);
  });
});

describe('papers in English', () => {
  it('say "Assisted by" with the helper', async () => {
    await value('session.startAssisted', { language: 'en' }, staff.helper);
    const { receiptNo } = await value('fees.refund', REFUND);
    const paper = await value('print.refundReceipt', { receiptNo, secondFactor: REFUND.phone.slice(-4), language: 'en' });
    expect((await printedText([paper])).replace(/\s+/g, ' ')).toContain(`Assisted by ${HELPER.staffId}`);
  });
});
