// Keeping and printing a risk assessment through the contract: the report is stored with its
// answers and rule-set version, the notice needs an acknowledgement first, and both PDFs say what
// the screen said — the QR on paper opens the same address the screen showed.
import { afterEach, describe, expect, it } from 'vitest';
import { openStorage } from '../../../../main/services/storage/open-storage';
import type { PrintJob } from '../../../../contract';
import { pdfQrCodes, pdfText } from '../../support/pdf-tools';
import { manualClock, REPO_ROOT, tempKiosk } from '../../support/temp-kiosk';
import { join } from 'node:path';
import { call } from '../../support/contract-call';

let kiosk: Awaited<ReturnType<typeof tempKiosk>>;
afterEach(() => kiosk.dispose());

const LOAN = {
  claimAmount: '100000',
  loanDate: '2023-01-05',
  hasIou: false,
  paidByTransfer: true,
  interestAgreed: true,
  interestRate: '15.5',
  dueDateAgreed: true,
  dueDate: '2024-06-01',
  placeLender: '440704',
};

async function printedPdf(job: PrintJob): Promise<Uint8Array> {
  await kiosk.printing.idle();
  const db = await openStorage(kiosk.dataDir, join(REPO_ROOT, 'main', 'services', 'storage', 'migrations'), manualClock());
  const row = await db.get<{ pdf: Buffer }>('SELECT pdf FROM print_jobs WHERE id = ?', [job.id]);
  await db.close();
  return new Uint8Array(row!.pdf);
}

describe('risk.record and printing', () => {
  it('keeps the report with its rule-set version and prints it with the findings, reasons and articles', async () => {
    kiosk = await tempKiosk({ clock: manualClock('2026-11-23T02:00:00.000Z') });
    const kept = await call(kiosk, 'risk.record', { caseType: 'private_lending', answers: LOAN });
    expect(kept.documentNo).toMatch(/^[A-Za-z0-9-]+-FX-20261123-0001$/);
    expect(kept.report.jurisdiction).toMatchObject({ status: 'crossRegion', court: { code: '粤0704' } });
    const again = await call(kiosk, 'risk.record', { caseType: 'private_lending', answers: LOAN });
    expect(again.documentNo).toMatch(/-0002$/);

    const job = await call(kiosk, 'print.riskReport', { reportId: kept.reportId, language: 'zh-CN' });
    expect(job).toMatchObject({ kind: 'risk-report', documentNo: kept.documentNo });
    const pdf = await printedPdf(job);
    const text = (await pdfText(pdf)).replace(/\s+/g, '');
    for (const expected of [
      '诉讼风险评估报告',
      '民间借贷纠纷',
      '约定的利率超过了',
      '您答：15.5%',
      '第二十五条',
      '示范市江海区人民法院',
      '跨域立案',
      '不是法律意见',
      '2,300.00',
    ])
      expect(text).toContain(expected);
    expect(await pdfQrCodes(pdf)).toContain(kept.verifyUrl);
  });

  it('prints the notice only once acknowledged, signed or "read and understood", in English too', async () => {
    kiosk = await tempKiosk({ clock: manualClock('2026-11-23T02:00:00.000Z') });
    const kept = await call(kiosk, 'risk.record', {
      caseType: 'labour',
      answers: { claimKind: 'wages', employmentStatus: 'employed', arbitrationStage: 'none' },
    });
    await expect(call(kiosk, 'print.riskNotice', { reportId: kept.reportId, language: 'en' })).rejects.toMatchObject({
      code: 'RISK_NOT_ACKNOWLEDGED',
      messageKey: 'risk.errors.notAcknowledged',
    });
    await expect(call(kiosk, 'risk.acknowledge', { reportId: kept.reportId, litigant: '', method: 'signature', signaturePng: null })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });

    await call(kiosk, 'risk.acknowledge', { reportId: kept.reportId, litigant: 'Li Xiaohua', method: 'readAndUnderstood', signaturePng: null });
    const job = await call(kiosk, 'print.riskNotice', { reportId: kept.reportId, language: 'en' });
    expect(job.documentNo).toBe(kept.documentNo.replace('-FX-', '-GZ-'));
    const text = (await pdfText(await printedPdf(job))).replace(/\s+/g, ' ');
    for (const expected of ['Notice of Litigation Risks', 'Li Xiaohua', 'Employment dispute', 'I have read and understood the above', kept.documentNo])
      expect(text).toContain(expected);

    const report = await call(kiosk, 'print.riskReport', { reportId: kept.reportId, language: 'en' });
    const english = (await pdfText(await printedPdf(report))).replace(/\s+/g, ' ');
    for (const expected of ['Litigation Risk Assessment', 'Apply for labour arbitration first', 'not legal advice', 'not time-barred'])
      expect(english).toContain(expected);
  });

  it('refuses a report it never kept', async () => {
    kiosk = await tempKiosk();
    await expect(call(kiosk, 'print.riskReport', { reportId: '00000000-0000-4000-8000-000000000000', language: 'zh-CN' })).rejects.toMatchObject({
      code: 'RISK_REPORT_NOT_FOUND',
    });
  });
});
