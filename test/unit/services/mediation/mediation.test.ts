// Mediation requests through the contract: organisations filtered to the dispute, a receipt number
// committed with its outbox entry, delivery to the court, and every refusal changing nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MEDIATION_REQUEST } from './mediation-samples';
import { rowsIn } from '../../support/data-folder';
import { manualClock, tempKiosk } from '../../support/temp-kiosk';
import { rawReply, reply } from '../../support/contract-call';

let kiosk: Awaited<ReturnType<typeof tempKiosk>>;
const clock = manualClock('2026-11-23T02:00:00.000Z');
beforeEach(async () => (kiosk = await tempKiosk({ clock })));
afterEach(() => kiosk.dispose());

const outbox = () => rowsIn<{ kind: string; receipt_no: string; state: string }>(kiosk.dataDir, 'SELECT kind, receipt_no, state FROM outbox');

describe('mediation requests', () => {
  it('offers the catalogue and the organisations that take the dispute', async () => {
    const types = await reply(kiosk, 'catalogue.caseTypes', {});
    expect(types.ok && (types.value as { types: { id: string }[] }).types.map((t) => t.id)).toHaveLength(10);
    const result = await reply(kiosk, 'mediation.organisations', { caseType: 'property_service' });
    const ids = result.ok ? (result.value as { organisations: { id: string }[] }).organisations.map((o) => o.id) : [];
    expect(ids).toEqual(['people-jiangbei', 'property-mediation', 'court-invited']);
    expect(await reply(kiosk, 'mediation.organisations', { caseType: 'poetry' })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CASE_TYPE' } });
  });

  it('saves the request with its receipt number and outbox entry, and delivers it', async () => {
    const receipt = await reply(kiosk, 'mediation.submit', MEDIATION_REQUEST);
    expect(receipt).toMatchObject({ ok: true, value: { receiptNo: expect.stringMatching(/^KIOSK-01-TJ-20261123-0001-\d{5}$/) } });
    const receiptNo = receipt.ok ? receipt.value.receiptNo : '';
    expect(await outbox()).toEqual([{ kind: 'mediation', receipt_no: receiptNo, state: 'pending' }]);
    await kiosk.sync.syncOnce();
    expect(await outbox()).toEqual([{ kind: 'mediation', receipt_no: receiptNo, state: 'acknowledged' }]);
    // The applicant gave no ID number: the phone's last four digits open the receipt.
    expect(await reply(kiosk, 'cases.receipt', { receiptNo, secondFactor: MEDIATION_REQUEST.applicant.phone.slice(-4) })).toMatchObject({ ok: true });
    expect(await reply(kiosk, 'mediation.submit', MEDIATION_REQUEST)).toMatchObject({
      ok: true,
      value: { receiptNo: expect.stringMatching(/^KIOSK-01-TJ-20261123-0002-\d{5}$/) },
    });
  });

  it.each([
    ['an organisation that does not take the dispute', { organisationId: 'traffic-mediation' }, 'UNKNOWN_ORGANISATION'],
    ['a way the organisation does not offer', { caseType: 'online_shopping', organisationId: 'consumer-mediation', mode: 'inPerson' }, 'MODE_NOT_OFFERED'],
    ['a time already past', { preferredTimes: [{ date: '2026-11-22', part: 'afternoon' }] }, 'TIME_IN_PAST'],
    ['a phone number that is not one', { applicant: { name: '张建国', phone: '12345' } }, 'INVALID_INPUT'],
    ['an empty description', { description: '   ' }, 'INVALID_INPUT'],
    ['four preferred times', { preferredTimes: Array(4).fill({ date: '2026-11-25', part: 'morning' }) }, 'INVALID_INPUT'],
  ])('refuses %s and saves nothing', async (_, change, code) => {
    expect(await rawReply(kiosk, 'mediation.submit', { ...MEDIATION_REQUEST, ...change })).toMatchObject({ ok: false, error: { code } });
    expect(await outbox()).toEqual([]);
  });
});
