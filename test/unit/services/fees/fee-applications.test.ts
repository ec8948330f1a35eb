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
  // Art 44 keeps only waiver (免交) for natural persons: organisations may defer or reduce.
  it.each([
    [['otherHardship'], ['defer'], '第四十七条第（四）项', 'an organisation in real hardship may defer (Art 47(4))'],
    [['welfareInstitution'], ['reduce'], '第四十六条第（三）项', 'a social welfare institution or relief station may reduce (Art 46(3))'],
    [
      ['welfareInstitution', 'otherHardship', 'subsistenceAllowance'],
      ['reduce', 'defer'],
      '第四十六条第（三）项',
      'never a waiver, whatever is ticked (Art 44)',
    ],
  ] as const)('organisation: %o may bring %o (%s) — %s', (grounds, reliefs, article, _why) => {
    const answer = screenFeeRelief(false, [...grounds]);
    expect(answer).toMatchObject({ eligible: true, reason: null });
    expect(answer.options.map((o) => o.relief)).toEqual(reliefs);
    expect(answer.options.flatMap((o) => o.articles).join()).toContain(article);
  });

  it.each([
    [['disasterHardship'], 'a family’s livelihood (Art 46(1)) is not an organisation’s'],
    [['disabledNoIncome', 'braveAct'], 'waiver grounds are natural persons’ only (Arts 44, 45)'],
  ] as const)('organisation: %o alone brings nothing — %s', (grounds, _why) => {
    expect(screenFeeRelief(false, [...grounds])).toMatchObject({ eligible: false, reason: 'notNaturalPerson', options: [] });
  });

  it('a natural person is not a welfare institution (Art 46(3)): that ground alone brings nothing', () => {
    expect(screenFeeRelief(true, ['welfareInstitution'])).toMatchObject({ eligible: false, reason: 'noGround' });
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
    ['fees.reliefApply', { ...RELIEF, applicant: { ...RELIEF.applicant, idType: 'passport', idNumber: 'E12-345' } }, 'INVALID_ID_NUMBER'],
    ['fees.reliefApply', { ...RELIEF, applicant: { ...RELIEF.applicant, idType: 'creditCode', idNumber: '91350100M000100Y4' } }, 'INVALID_ID_NUMBER'],
    [
      'fees.reliefApply',
      {
        ...RELIEF,
        applicant: { ...RELIEF.applicant, idType: 'creditCode', idNumber: '91350100M000100Y43' },
        grounds: ['otherHardship', 'subsistenceAllowance'],
        relief: 'waive',
      },
      'RELIEF_NOT_OFFERED',
    ],
  ])('%s refuses bad input (%o → %s) and saves nothing', async (method, input, code) => {
    expect(await rawReply(kiosk, method, input)).toMatchObject({ ok: false, error: { code } });
    expect(await outbox()).toEqual([]);
  });

  it('queues an organisation’s deferral and a Hong Kong resident’s application, each with its document, and prints them with their labels', async () => {
    const organisation = {
      caseNumber: null,
      applicant: { name: '示范市阳光养老院', idType: 'creditCode', idNumber: '91350100m000100y43', phone: '13900139000' },
      grounds: ['welfareInstitution'],
      relief: 'reduce',
    };
    const visitor = {
      caseNumber: null,
      applicant: { name: '陈家明', idType: 'hkMacaoPermit', idNumber: 'H60123456', phone: '13900139001' },
      grounds: ['accidentVictim'],
      relief: 'defer',
    };
    expect(await rawReply(kiosk, 'fees.reliefApply', organisation)).toMatchObject({ ok: true });
    expect(await rawReply(kiosk, 'fees.reliefApply', visitor)).toMatchObject({ ok: true });
    const db = await Database.open(join(kiosk.dataDir, DB_FILE));
    const payloads = (await db.all<{ payload: string }>("SELECT payload FROM outbox WHERE kind = 'relief' ORDER BY receipt_no")).map(
      (r) => JSON.parse(r.payload) as { applicant: unknown },
    );
    await db.close();
    expect(payloads.map((p) => p.applicant)).toEqual([{ ...organisation.applicant, idNumber: '91350100M000100Y43' }, visitor.applicant]);
    const printed = await rawReply(kiosk, 'print.reliefApplication', { receiptNo: 'KIOSK-01-JZ-20261123-0002', idNumber: 'h60123456', language: 'zh-CN' });
    expect(printed).toMatchObject({ ok: true });
    expect(
      await rawReply(kiosk, 'print.reliefApplication', { receiptNo: 'KIOSK-01-JZ-20261123-0002', idNumber: 'H60123457', language: 'zh-CN' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'RECEIPT_NOT_FOUND' },
    });
  });
});
