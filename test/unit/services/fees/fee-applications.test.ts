// Refund requests and fee relief: the Luhn check, the relief screener as a table of the law's
// grounds (Arts 44–47), and applications queued with a receipt — or refused, changing nothing.
import { join } from 'node:path';
import type { MethodInput } from '../../../../contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screenFeeRelief } from '../../../../main/services/fees/fee-relief';
import { isBankCardNumber } from '../../../../main/services/fees/bank-card';
import { Database } from '../../../../main/services/storage/database';
import { DB_FILE } from '../../../../main/services/storage/open-storage';
import { rawReply, reply } from '../../support/contract-call';
import { manualClock, tempKiosk } from '../../support/temp-kiosk';

describe('bank card numbers (Luhn)', () => {
  it.each([
    ['4111111111111111', true], // the classic test card
    ['6222 0212 3456 7894', true], // spaces as printed on the card
    ['6222021234567895', false], // last digit slipped
    ['4111111111111121', false], // neighbours swapped
    ['41111111111', false], // too short
    ['4111-1111-1111-1111', false], // not digits
  ])('%s → %s', (card, valid) => expect(isBankCardNumber(card)).toBe(valid));
});

describe('fee relief screener', () => {
  it('refuses organisations: relief is for natural persons only (Art 44)', () => {
    expect(screenFeeRelief(false, ['disasterHardship'])).toMatchObject({ eligible: false, reason: 'notNaturalPerson', options: [] });
  });

  it.each([
    [['disabledNoIncome'], ['waive'], '第四十五条第（一）项'],
    [['disasterHardship'], ['reduce'], '第四十六条第（一）项'],
    [['legalAidRecipient'], ['defer'], '第四十七条第（三）项'],
    [['accidentVictim', 'subsistenceAllowance', 'specialCareRecipient'], ['waive', 'reduce', 'defer'], '第四十五条第（三）项'],
  ] as const)('%o may bring %o', (grounds, reliefs, article) => {
    const answer = screenFeeRelief(true, [...grounds]);
    expect(answer.eligible).toBe(true);
    expect(answer.options.map((o) => o.relief)).toEqual(reliefs);
    expect(answer.options.flatMap((o) => o.articles).join()).toContain(article);
  });

  it('says a reduction is at least 30 % and lists each proof once', () => {
    const answer = screenFeeRelief(true, ['disasterHardship', 'accidentVictim']);
    expect(answer.options.find((o) => o.relief === 'reduce')?.minimumPercent).toBe(30);
    expect(answer.proof).toEqual(['disasterProof', 'hardshipProof', 'accidentProof']);
  });
});

describe('fee applications through the contract', () => {
  let kiosk: Awaited<ReturnType<typeof tempKiosk>>;
  beforeEach(async () => (kiosk = await tempKiosk({ clock: manualClock('2026-11-23T02:00:00.000Z') })));
  afterEach(() => kiosk.dispose());
  const outbox = async () => {
    const db = await Database.open(join(kiosk.dataDir, DB_FILE));
    const rows = await db.all<{ kind: string; receipt_no: string }>('SELECT kind, receipt_no FROM outbox');
    await db.close();
    return rows;
  };
  const REFUND = {
    caseNumber: '(2026)粤0703民初1234号',
    reason: 'withdrawn',
    accountHolder: '张建国',
    bankCardNumber: '6222 0212 3456 7894',
    bankName: '中国工商银行',
    phone: '13800138000',
  } satisfies MethodInput<'fees.refund'>;
  const RELIEF = {
    caseNumber: null,
    applicant: { name: '李秀英', idNumber: '440703198506120049', phone: '13900139000' },
    grounds: ['disasterHardship'],
    relief: 'reduce',
  } satisfies MethodInput<'fees.reliefApply'>;

  it('queues a refund request with its receipt number', async () => {
    expect(await reply(kiosk, 'fees.refund', REFUND)).toMatchObject({ ok: true, value: { receiptNo: 'KIOSK-01-TF-20261123-0001' } });
    expect(await reply(kiosk, 'fees.reliefApply', RELIEF)).toMatchObject({ ok: true, value: { receiptNo: 'KIOSK-01-JZ-20261123-0001' } });
    expect(await outbox()).toEqual([
      { kind: 'refund', receipt_no: 'KIOSK-01-TF-20261123-0001' },
      { kind: 'relief', receipt_no: 'KIOSK-01-JZ-20261123-0001' },
    ]);
  });

  it.each([
    ['fees.refund', { ...REFUND, bankCardNumber: '6222021234567895' }, 'INVALID_BANK_CARD'],
    ['fees.refund', { ...REFUND, caseNumber: '粤0703民初1234' }, 'INVALID_CASE_NUMBER'],
    ['fees.refund', { ...REFUND, phone: '110' }, 'INVALID_INPUT'],
    ['fees.reliefApply', { ...RELIEF, relief: 'waive' }, 'RELIEF_NOT_OFFERED'],
    ['fees.reliefApply', { ...RELIEF, applicant: { ...RELIEF.applicant, idNumber: '440703198506120040' } }, 'INVALID_ID_NUMBER'],
  ])('%s refuses bad input (%o → %s) and saves nothing', async (method, input, code) => {
    expect(await rawReply(kiosk, method, input)).toMatchObject({ ok: false, error: { code } });
    expect(await outbox()).toEqual([]);
  });
});
