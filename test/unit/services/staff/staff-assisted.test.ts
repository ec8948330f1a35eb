// Assisted filing (肩并肩帮办) through the contract: a helper starts the visit, every draft field
// records whether the helper or the litigant typed it, only the assisting helper may claim a field,
// and the filing, its outbox entry, its audit entry and its printed receipt carry the helper's id.
import { describe, expect, it, vi } from 'vitest';
import { lendingSubmission } from '../filing/filing-samples';
import { pdfText } from '../../support/pdf-tools';
import { HELPER } from '../../support/staff-calls';
import { staffKioskPerTest } from '../../support/staff-kiosk';

// Every sign-in and PIN change runs scrypt on purpose; on a busy 2-core machine a dozen take tens of seconds.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const { staff, clock, call, signIn, value, query } = staffKioskPerTest();

describe('an assisted visit', () => {
  it('is started by a helper only, and its drafts say who typed each field', async () => {
    expect(await call('session.startAssisted', { language: 'zh-CN' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await value('session.startAssisted', { language: 'zh-CN' }, staff.helper)).toMatchObject({ assistedBy: HELPER.staffId });

    const helperAt = clock().now().toISOString();
    await value('draft.save', { flow: 'filing', data: { values: { caseType: 'private_lending', plaintiff: { name: '李晓华', phone: '' } } } }, staff.helper);
    clock().advance(60_000);
    const litigantAt = clock().now().toISOString();
    // The helper hands the screen over: the litigant types the phone number, the helper's fields stay theirs.
    await value(
      'draft.save',
      { flow: 'filing', data: { values: { caseType: 'private_lending', plaintiff: { name: '李晓华', phone: '13800005210' } } }, enteredBy: 'litigant' },
      staff.helper,
    );
    clock().advance(60_000);
    // A call without the helper's token is the litigant's too, and a field can be cleared.
    await value('draft.save', { flow: 'filing', data: { values: { plaintiff: { name: '李晓华', phone: '13800005210' }, claim: '100000' } } });

    const loaded = await value('draft.load', { flow: 'filing' });
    expect(loaded.assistedBy).toBe(HELPER.staffId);
    expect(loaded.provenance).toEqual({
      'values.plaintiff.name': { by: 'helper', staffId: HELPER.staffId, at: helperAt },
      'values.plaintiff.phone': { by: 'litigant', staffId: null, at: litigantAt },
      'values.claim': { by: 'litigant', staffId: null, at: clock().now().toISOString() },
    });
  });

  it('lets no one but the assisting helper claim a field as the helper', async () => {
    const other = await signIn('730155', 'admin');
    await value('session.startAssisted', { language: 'zh-CN' }, staff.helper);
    for (const token of [undefined, other]) {
      expect(await call('draft.save', { flow: 'filing', data: { name: 'x' }, enteredBy: 'helper' }, token)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', details: { reason: 'notAssisting' } },
      });
    }
    // Outside an assisted visit, even a helper's typing is the litigant's own.
    await value('session.start', { language: 'zh-CN' });
    await value('draft.save', { flow: 'filing', data: { name: '张三' } }, staff.helper);
    expect(await value('draft.load', { flow: 'filing' })).toMatchObject({ provenance: { name: { by: 'litigant', staffId: null } }, assistedBy: null });
    expect(await call('draft.save', { flow: 'filing', data: { name: 'x' }, enteredBy: 'helper' }, staff.helper)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('files with the helper on the filing, its outbox entry, its audit entry and its printed receipt (帮办人)', async () => {
    await value('session.startAssisted', { language: 'zh-CN' }, staff.helper);
    const receipt = await value('filing.submit', lendingSubmission(), staff.helper);
    expect(await query('SELECT receipt_no, assisted_by FROM filings')).toEqual([{ receipt_no: receipt.receiptNo, assisted_by: HELPER.staffId }]);
    const [outbox] = await query<{ payload: string }>('SELECT payload FROM outbox');
    expect(JSON.parse(outbox!.payload)).toMatchObject({ assistedBy: HELPER.staffId });
    const { entries } = await value('audit.recent', { limit: 5 }, staff.admin);
    expect(entries.find((e) => e.action === 'submission')).toMatchObject({
      actor: HELPER.staffId,
      details: { kind: 'filing', receiptNo: receipt.receiptNo, assistedBy: HELPER.staffId },
    });

    await value('print.filing', { filingId: receipt.filingId, language: 'zh-CN' });
    const [printed] = await query<{ pdf: Buffer }>("SELECT pdf FROM print_jobs WHERE kind = 'filing-receipt'");
    const text = await pdfText(new Uint8Array(printed!.pdf));
    expect(text).toMatch(/帮办人\s*h01/);

    // The visit ends: the next one is nobody's assisted visit.
    await value('session.reset', {});
    await value('session.start', { language: 'zh-CN' });
    expect(await value('draft.load', { flow: 'filing' })).toMatchObject({ assistedBy: null });
  });
});
