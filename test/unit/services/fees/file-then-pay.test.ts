// File, then pay, in one visit: the court registers a filing from this terminal and issues its fee
// notice on the spot, and the fee desk finds that notice from the filing's receipt number and the
// plaintiff's ID number — in the demo court and over HTTP — while a case number still works. Until
// the court has the filing, the litigant is told plainly that the notice comes later.
import { afterEach, describe, expect, it } from 'vitest';
import type { FilingDraft } from '../../../../contract';
import { EVIDENCE_IOU, EVIDENCE_TRANSFER, lendingDraft, lendingSubmission } from '../filing/filing-samples';
import { startFlakyCourt, type FlakyCourt } from '../../support/flaky-court';
import { manualClock, tempKiosk } from '../../support/temp-kiosk';
import { call, reply } from '../../support/contract-call';

const PLAINTIFF_ID = '440703198604120026';
const DEFENDANT_ID = '440703197909300031';
const clock = manualClock('2026-11-23T02:00:00.000Z');
let kiosk: Awaited<ReturnType<typeof tempKiosk>>;
let court: FlakyCourt | null = null;
afterEach(async () => {
  await kiosk.dispose();
  await court?.close();
  court = null;
});

/** The loan case of the filing tests, filed at this terminal with its evidence scanned. */
async function fileLoanCase(courtUrl: string | null = null, draft: FilingDraft = lendingDraft()): Promise<string> {
  kiosk = await tempKiosk({ clock });
  if (courtUrl) await call(kiosk, 'config.set', { patch: { courtEndpoint: { url: courtUrl, timeoutMs: 1000 } } });
  await call(kiosk, 'session.start', { language: 'zh-CN' });
  for (const page of (await call(kiosk, 'devices.scan', { source: 'scanner' })).pages)
    await call(kiosk, 'evidence.addPage', { evidenceId: EVIDENCE_TRANSFER, scanId: page.scanId });
  await call(kiosk, 'evidence.addPage', { evidenceId: EVIDENCE_IOU, scanId: (await call(kiosk, 'devices.scan', { source: 'camera' })).pages[0]!.scanId });
  return (await call(kiosk, 'filing.submit', lendingSubmission(draft))).receiptNo;
}

const byReceipt = (receiptNo: string, payerIdNumber = PLAINTIFF_ID) => ({ caseNumber: receiptNo, payerIdNumber });

describe('file, then pay at the same terminal', () => {
  it('the demo court issues the notice when it registers the filing, and the fee desk pays it by receipt number', async () => {
    const receiptNo = await fileLoanCase();
    // Not yet at the court: said plainly, and nothing is charged.
    expect(await reply(kiosk, 'fees.findNotice', byReceipt(receiptNo))).toMatchObject({
      ok: false,
      error: { code: 'NOTICE_NOT_YET', messageKey: 'fees.payment.errors.filingNoticeLater' },
    });
    await kiosk.sync.syncOnce();
    const notice = await call(kiosk, 'fees.findNotice', byReceipt(receiptNo));
    // 100,000 yuan claimed: 2,300 yuan acceptance fee (诉讼费用交纳办法 Art 13(1)).
    expect(notice).toMatchObject({ payerName: '李晓华', totalFen: 230_000, paid: false, items: [{ kind: 'property', amountFen: 230_000 }] });
    expect(notice.caseNumber).toMatch(/^DEMO-FILING-/);
    // Only a plaintiff finds it; the defendant's ID number finds nothing.
    expect(await reply(kiosk, 'fees.findNotice', byReceipt(receiptNo, DEFENDANT_ID))).toMatchObject({ ok: false, error: { code: 'NOTICE_NOT_FOUND' } });

    const started = await call(kiosk, 'fees.pay', { ...byReceipt(receiptNo), method: 'card' });
    await kiosk.payments.idle();
    await kiosk.sync.syncOnce();
    expect(await call(kiosk, 'fees.payment', { paymentId: started.id })).toMatchObject({ state: 'confirmed', amountFen: 230_000 });
    expect(await call(kiosk, 'fees.findNotice', byReceipt(receiptNo))).toMatchObject({ paid: true });
    // A case number still finds the demo court's sample notices.
    expect(await call(kiosk, 'fees.findNotice', { caseNumber: '（2026）粤0703民初1234号', payerIdNumber: '11010519491231002X' })).toMatchObject({
      totalFen: 330_000,
    });
  });

  it('asks an HTTP court by receipt number, and says the notice comes later while the court cannot be reached', async () => {
    court = await startFlakyCourt();
    const receiptNo = await fileLoanCase(court.url);
    await kiosk.sync.syncOnce();
    expect(court.bookings.size).toBe(1);
    expect(await call(kiosk, 'fees.findNotice', byReceipt(receiptNo))).toMatchObject({ payerName: '李晓华', totalFen: 52_500, paid: false });
    court.faults = () => 'error500';
    expect(await reply(kiosk, 'fees.findNotice', byReceipt(receiptNo))).toMatchObject({ ok: false, error: { code: 'NOTICE_NOT_YET' } });
  });

  it('a passport holder pays right after filing, with the number as the passport prints it', async () => {
    const draft = lendingDraft();
    draft.parties[0]!.party = {
      ...draft.parties[0]!.party,
      kind: 'person',
      idType: 'passport',
      idNumber: 'e12345678',
      nationality: 'CN',
    } as FilingDraft['parties'][0]['party'];
    const receiptNo = await fileLoanCase(null, draft);
    await kiosk.sync.syncOnce();
    expect(await call(kiosk, 'fees.findNotice', byReceipt(receiptNo, 'E 12345678'))).toMatchObject({ payerName: '李晓华', paid: false });
    // A number of no document is refused by name, before the court is asked.
    expect(await reply(kiosk, 'fees.findNotice', byReceipt(receiptNo, 'E-1234'))).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ID_NUMBER', messageKey: 'identity.errors.format.any' },
    });
  });

  it('finds nothing for a receipt number this terminal never issued', async () => {
    await fileLoanCase();
    expect(await reply(kiosk, 'fees.findNotice', byReceipt('KIOSK-01-LA-20261123-0099'))).toMatchObject({
      ok: false,
      error: { code: 'NOTICE_NOT_FOUND', messageKey: 'fees.payment.errors.filingNoticeNotFound' },
    });
  });
});
