// The fee desk's printouts through the contract: an estimate, a refund receipt and a relief
// application, each read back from the kiosk's print folder with pdftotext; and fees.kinds, which
// tells the screen what the fee schedule needs without the screen keeping its own list.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FEE_SCHEDULE } from '../../../../main/services/fees/fee-schedule.data';
import type { MethodInput, PrintJob } from '../../../../contract';
import { inReadingOrder, pdfText } from '../../support/pdf-tools';
import { manualClock, tempKiosk } from '../../support/temp-kiosk';
import { call, rawReply, reply } from '../../support/contract-call';

let kiosk: Awaited<ReturnType<typeof tempKiosk>>;
beforeEach(async () => (kiosk = await tempKiosk({ clock: manualClock('2026-11-23T02:00:00.000Z') })));
afterEach(() => kiosk.dispose());

/** The text of the one printed PDF whose file name carries the document number. */
/** The value of a call given loosely typed input (this file's rows), or an Error naming the refusal. */
async function valueOf<T = unknown>(method: string, input: unknown): Promise<T> {
  const answer = await rawReply(kiosk, method, input);
  if (!answer.ok) throw new Error(`${method}: ${answer.error.code} ${JSON.stringify(answer.error.details)}`);
  return answer.value as T;
}

async function printedText(job: PrintJob): Promise<string> {
  await kiosk.printing.idle();
  const folder = join(kiosk.dataDir, 'printed');
  const file = readdirSync(folder).find((f) => f.includes(job.documentNo));
  if (!file) throw new Error(`${job.documentNo} not in ${readdirSync(folder).join(', ')}`);
  return pdfText(readFileSync(join(folder, file)));
}

describe('fees.kinds', () => {
  it('reads from the schedule which kinds need an amount and which can be halved', async () => {
    const { kinds } = await call(kiosk, 'fees.kinds', {});
    expect(kinds.map((k) => k.kind)).toEqual(Object.keys(FEE_SCHEDULE));
    const byKind = Object.fromEntries(kinds.map((k) => [k.kind, [k.amount, k.halvable]]));
    expect(byKind).toMatchObject({
      property: ['required', true],
      divorce: ['optional', true],
      personality: ['optional', true],
      labor: ['none', true],
      ip: ['orNoAmount', true],
      enforcement: ['orNoAmount', false],
      preservation: ['orNoAmount', false],
      payment_order: ['required', false],
      bankruptcy: ['required', false],
      arbitration_review: ['none', false],
    });
  });

  it('gives the ranges inside which the province fixes a figure (Art 13, last paragraph), and only those', async () => {
    const { kinds } = await call(kiosk, 'fees.kinds', {});
    const ranged = Object.fromEntries(kinds.filter((k) => k.provinceRange !== null).map((k) => [k.kind, [k.provinceRange!.min, k.provinceRange!.max]]));
    expect(ranged).toEqual({
      divorce: [50, 300],
      personality: [100, 500],
      other_nonproperty: [50, 100],
      ip: [500, 1000],
      jurisdiction_objection: [50, 100],
      enforcement: [50, 500],
    });
    expect(kinds.find((k) => k.kind === 'enforcement')!.provinceRange!.article).toContain('第十四条第（一）项');
  });

  it('every kind the screen is told needs no amount really prices without one', async () => {
    const { kinds } = await call(kiosk, 'fees.kinds', {});
    await reply(kiosk, 'config.set', {
      patch: {
        fees: {
          province: '示范省',
          bases: { divorce: 200, personality: 300, other_nonproperty: 80, ip: 800, jurisdiction_objection: 80, enforcement: 100 },
          averageWage: 120_000,
        },
      },
    });
    for (const { kind, amount } of kinds) {
      const withoutAmount = await reply(kiosk, 'fees.quote', { kind, ...(amount === 'orNoAmount' ? { options: { noAmount: true } } : {}) });
      expect(withoutAmount.ok, kind).toBe(amount !== 'required');
    }
  });
});

describe('print.feeEstimate', () => {
  it('prints the breakdown in plain words, the halved alternatives and small claims, in Chinese', async () => {
    await reply(kiosk, 'config.set', { patch: { fees: { province: '示范省', bases: {}, averageWage: 120_000 } } });
    const job = await call(kiosk, 'print.feeEstimate', { caseType: 'private_lending', amount: '150000', language: 'zh-CN' });
    expect(job).toMatchObject({ kind: 'fee-estimate', documentNo: 'KIOSK-01-GS-20261123-100000' });
    const text = await printedText(job);
    expect(
      inReadingOrder(text, [
        '诉讼费用估算单',
        '借钱给别人，到期不还',
        '民间借贷纠纷',
        '150,000 元',
        '预计案件受理费',
        '3,300.00 元',
        '10,000 元以内的部分，每件收取',
        '第十三条第（一）项',
        '50.00 元',
        '10,000 元至100,000 元的部分，按',
        '2,250.00 元',
        '2.5% 收取',
        '100,000 元至150,000 元的部分，按',
        '1,000.00 元',
        '2% 收取',
        '合计',
        '3,300.00 元',
        '在法院调解结案',
        '1,650.00 元',
        '按简易程序或小额诉讼审理',
        '1,650.00 元',
        '双方都同意，可以适用小额诉讼程序',
      ]),
      text,
    ).toBeNull();
  });

  it('prints a per-case fee in English without a small-claims line', async () => {
    const job = await call(kiosk, 'print.feeEstimate', { caseType: 'labour', amount: null, language: 'en' });
    const text = await printedText(job);
    expect(
      inReadingOrder(text, ['Court Fee Estimate', 'Charged per case', 'Estimated case fee', 'CNY 10.00', 'Per case', '第十三条第（四）项', 'CNY 5.00']),
      text,
    ).toBeNull();
    expect(text).not.toMatch(/usually go to the small-claims|if both sides agree/);
  });

  // 办法 Art 20: who need not pay in advance is told so on the estimate, with the article.
  it.each([
    ['labour', null, 'zh-CN', '追索劳动报酬（工资、加班费等）的案件，可以不预交案件受理费（《诉讼费用交纳办法》第二十条第一款）'],
    ['labour', null, 'en', 'need not prepay the case acceptance fee (《诉讼费用交纳办法》第二十条第一款)'],
  ])('says when the fee is paid: %s, amount %s, in %s', async (caseType, amount, language, words) => {
    const text = await printedText(await valueOf<PrintJob>('print.feeEstimate', { caseType, amount, language }));
    expect(text.replace(/\s+/g, '')).toContain(words.replace(/\s+/g, ''));
  });

  it('tells the estimator when an enforcement or bankruptcy fee is paid, and says nothing for an ordinary claim', async () => {
    await rawReply(kiosk, 'config.set', { patch: { fees: { province: '示范省', bases: { enforcement: 100 }, averageWage: 120_000 } } });
    expect(await valueOf('fees.estimate', { kind: 'enforcement', amount: '50000' })).toMatchObject({
      paymentTiming: { noteKey: 'enforcementAfter', article: '《诉讼费用交纳办法》第二十条第二款' },
    });
    expect(await valueOf('fees.estimate', { kind: 'bankruptcy', amount: '500000' })).toMatchObject({ paymentTiming: { noteKey: 'bankruptcyAfter' } });
    expect(await valueOf('fees.estimate', { kind: 'property', amount: '50000' })).toMatchObject({ paymentTiming: null });
  });

  it('refuses a dispute type the catalogue does not have', async () => {
    expect(await reply(kiosk, 'print.feeEstimate', { caseType: 'dragons', amount: null, language: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CASE_TYPE' },
    });
  });
});

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
  grounds: ['subsistenceAllowance', 'accidentVictim'],
  relief: 'waive',
} satisfies MethodInput<'fees.reliefApply'>;

describe('print.refundReceipt', () => {
  it('prints what was queued, with only the card’s last four digits', async () => {
    const { receiptNo } = await call(kiosk, 'fees.refund', REFUND);
    const job = await call(kiosk, 'print.refundReceipt', { receiptNo, caseNumber: REFUND.caseNumber, language: 'zh-CN' });
    expect(job).toMatchObject({ kind: 'refund-receipt', documentNo: receiptNo });
    const text = await printedText(job);
    expect(
      inReadingOrder(text, ['退费申请回执', receiptNo, '（2026）粤0703民初1234号', '撤诉', '张建国', '中国工商银行示范市江海支行', '尾号 7894']),
      text,
    ).toBeNull();
    expect(text).not.toContain('6222');
  });

  it('answers a wrong case number as it answers a wrong receipt number', async () => {
    const { receiptNo } = await call(kiosk, 'fees.refund', REFUND);
    const wrongCase = await reply(kiosk, 'print.refundReceipt', { receiptNo, caseNumber: '（2026）粤0703民初9999号', language: 'zh-CN' });
    const wrongNo = await reply(kiosk, 'print.refundReceipt', { receiptNo: `${receiptNo}9`, caseNumber: REFUND.caseNumber, language: 'zh-CN' });
    expect(wrongCase).toMatchObject({ ok: false, error: { code: 'RECEIPT_NOT_FOUND', messageKey: 'fees.desk.errors.receiptNotFound' } });
    expect(wrongNo).toMatchObject({ ok: false, error: { code: 'RECEIPT_NOT_FOUND' } });
  });
});

describe('print.reliefApplication', () => {
  it('prints the form argued on the grounds for the relief asked, with their proof, for signing', async () => {
    const { receiptNo } = await call(kiosk, 'fees.reliefApply', RELIEF);
    const job = await call(kiosk, 'print.reliefApplication', { receiptNo, idNumber: RELIEF.applicant.idNumber, language: 'zh-CN' });
    expect(job).toMatchObject({ kind: 'relief-application', documentNo: receiptNo });
    const text = await printedText(job);
    expect(
      inReadingOrder(text, [
        '诉讼费用司法救助申请书',
        '李秀英',
        '440703198506120049',
        '尚未立案',
        '第四十五条第（三）项',
        '申请免交本案诉讼费用',
        '最低生活保障对象',
        '最低生活保障证',
        '无其他收入的证明',
        '申请人（签名）',
        '2026年11月23日',
      ]),
      text,
    ).toBeNull();
    // The accident ground brings deferral, not waiver: it is not argued on a waiver form.
    expect(text).not.toContain('交通事故');
  });

  it('prints an organisation’s application with its credit code and no claim to be a natural person (办法 Art 44)', async () => {
    const { receiptNo } = await valueOf<{ receiptNo: string }>('fees.reliefApply', {
      caseNumber: null,
      applicant: { name: '示范市阳光养老院', idType: 'creditCode', idNumber: '91350100M000100Y43', phone: '13900139000' },
      grounds: ['welfareInstitution'],
      relief: 'reduce',
    });
    const text = await printedText(await valueOf<PrintJob>('print.reliefApplication', { receiptNo, idNumber: '91350100M000100Y43', language: 'zh-CN' }));
    expect(
      inReadingOrder(text, ['示范市阳光养老院', '统一社会信用代码', '91350100M000100Y43', '第四十六条第（三）项', '申请减交', '申请人系法人或者非法人组织']),
      text,
    ).toBeNull();
    expect(text).not.toContain('自然人');
  });

  it('prints a Hong Kong resident’s permit under its own name', async () => {
    const { receiptNo } = await valueOf<{ receiptNo: string }>('fees.reliefApply', {
      ...RELIEF,
      applicant: { ...RELIEF.applicant, idType: 'hkMacaoPermit', idNumber: 'H60123456' },
    });
    const text = await printedText(await valueOf<PrintJob>('print.reliefApplication', { receiptNo, idNumber: 'H60123456', language: 'zh-CN' }));
    expect(inReadingOrder(text, ['李秀英', '港澳居民来往内地通行证号码', 'H60123456']), text).toBeNull();
    expect(text).not.toContain('公民身份号码');
  });

  it('prints in English, and refuses another person’s ID number', async () => {
    const { receiptNo } = await call(kiosk, 'fees.reliefApply', { ...RELIEF, relief: 'defer' });
    const text = await printedText(await call(kiosk, 'print.reliefApplication', { receiptNo, idNumber: RELIEF.applicant.idNumber, language: 'en' }));
    expect(
      inReadingOrder(text, [
        'Application for Relief from Court Fees',
        'defer the court fees',
        'Victim of a maritime, traffic',
        'Proof of the accident or injury',
      ]),
      text,
    ).toBeNull();
    expect(await reply(kiosk, 'print.reliefApplication', { receiptNo, idNumber: '11010519491231002X', language: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'RECEIPT_NOT_FOUND' },
    });
  });
});

// Court practice where the law is silent (docs/RULES.md §1–2, ~): settings with today's defaults.
describe('fee practice settings (terminal config fees.practice)', () => {
  const quote = (input: unknown) => rawReply(kiosk, 'fees.quote', input);
  it('today: several grounds halve once, small claims halve as simplified procedure, a jurisdiction objection’s fee halves', async () => {
    expect(await valueOf('config.get', {})).toMatchObject({
      fees: { smallClaimsLimit: null, practice: { halveOnce: true, smallClaimsHalved: true, jurisdictionObjectionHalvable: true } },
    });
    await rawReply(kiosk, 'config.set', { patch: { fees: { province: '示范省', bases: { jurisdiction_objection: 100 }, averageWage: 120_000 } } });
    expect(await quote({ kind: 'property', amount: 100_000, options: { mediation: true, simplified: true } })).toMatchObject({
      ok: true,
      value: { fee: '1150.00' },
    });
    expect(await quote({ kind: 'property', amount: 50_000, options: { smallClaims: true } })).toMatchObject({ ok: true, value: { fee: '525.00' } });
    expect(await quote({ kind: 'jurisdiction_objection', options: { simplified: true } })).toMatchObject({ ok: true, value: { fee: '50.00' } });
  });

  it('a court may halve for each ground, not halve small claims, and not halve a jurisdiction objection’s fee', async () => {
    await rawReply(kiosk, 'config.set', {
      patch: {
        fees: {
          province: '示范省',
          bases: { jurisdiction_objection: 100 },
          averageWage: 120_000,
          practice: { halveOnce: false, smallClaimsHalved: false, jurisdictionObjectionHalvable: false },
        },
      },
    });
    expect(await quote({ kind: 'property', amount: 100_000, options: { mediation: true, simplified: true } })).toMatchObject({
      ok: true,
      value: { fee: '575.00' },
    });
    expect(await quote({ kind: 'property', amount: 50_000, options: { smallClaims: true } })).toMatchObject({ ok: true, value: { fee: '1050.00' } });
    expect(await quote({ kind: 'jurisdiction_objection', options: { simplified: true } })).toMatchObject({
      ok: false,
      error: { code: 'HALVING_NOT_APPLICABLE' },
    });
    expect(await valueOf('fees.estimate', { kind: 'jurisdiction_objection', amount: null })).toMatchObject({
      quote: { fee: '100.00' },
      mediated: null,
      simplified: null,
    });
  });

  it('takes the province’s published small-claims limit instead of the wage, and refuses a bad one changing nothing', async () => {
    await rawReply(kiosk, 'config.set', { patch: { fees: { province: '示范省', bases: {}, averageWage: null, smallClaimsLimit: 60_862 } } });
    expect(await valueOf('fees.smallClaims', { amount: '60862', exclusions: [] })).toMatchObject({
      eligibility: 'automatic',
      threshold: '60862',
      ceiling: '243448',
    });
    expect(await rawReply(kiosk, 'config.set', { patch: { fees: { province: '示范省', bases: {}, averageWage: null, smallClaimsLimit: -5 } } })).toMatchObject({
      ok: false,
      error: { code: 'CONFIG_INVALID', details: { field: 'fees.smallClaimsLimit' } },
    });
    expect(await valueOf('config.get', {})).toMatchObject({ fees: { smallClaimsLimit: 60_862 } });
  });
});
