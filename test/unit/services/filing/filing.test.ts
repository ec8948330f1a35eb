// Filing through the contract, on a real kiosk and SQLite file: the elements of every type, a draft
// checked field by field, claims and facts generated, one submit writing filing, outbox and receipt,
// the papers read back through pdftotext, resuming after a crash, and the wipe at the end of a visit.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FilingDraft, FilingPreview, FilingProblem } from '../../../../contract';
import { EVIDENCE_IOU, EVIDENCE_TRANSFER, lendingDraft, lendingSubmission } from './filing-samples';
import { DB_FILE } from '../../../../main/services/storage/open-storage';
import { rowsIn } from '../../support/data-folder';
import { inReadingOrder, pdfInfo, pdfText } from '../../support/pdf-tools';
import { manualClock, tempKiosk } from '../../support/temp-kiosk';
import { call, reply } from '../../support/contract-call';

let kiosk: Awaited<ReturnType<typeof tempKiosk>>;
const clock = manualClock('2026-11-23T02:00:00.000Z');
beforeEach(async () => {
  kiosk = await tempKiosk({ clock });
  await call(kiosk, 'session.start', { language: 'zh-CN' });
});
/** Data folders of kiosks a test restarts: tempKiosk leaves a folder it was given, so they go here. */
const restartedDirs: string[] = [];
afterEach(async () => {
  await kiosk.dispose();
  for (const dir of restartedDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const query = <T>(sql: string, params: unknown[] = []) => rowsIn<T>(kiosk.dataDir, sql, params);
/** The text of the paper of this kind that was handed to the printer. */
const printed = async (kind: string) => {
  const [job] = await query<{ pdf: Buffer }>('SELECT pdf FROM print_jobs WHERE kind = ?', [kind]);
  return pdfText(new Uint8Array(job!.pdf));
};

type Agent = NonNullable<FilingDraft['parties'][number]['agent']>;
/** A relative acting for the first plaintiff under general authority; a row changes what it is about. */
const relativeAgent = (changes: Partial<Agent>): Agent => ({
  kind: 'relative',
  name: '李明',
  idNumber: null,
  phone: '13800001111',
  licenceNo: null,
  lawFirm: null,
  relationship: '父女',
  authority: 'general',
  specialPowers: [],
  ...changes,
});

const problemsAt = (preview: FilingPreview, path: string) => preview.problems.filter((p) => p.path === path).map((p) => `${p.severity}:${p.code}`);

describe('the element-style complaint of every case type', () => {
  it('gives each type of the catalogue its elements, labelled in both languages', async () => {
    const { types } = await call(kiosk, 'catalogue.caseTypes', {});
    expect(types).toHaveLength(10);
    for (const { id } of types) {
      const { elements } = await call(kiosk, 'filing.elements', {
        caseType: id,
      });
      expect(elements.filter((e) => e.required).length, id).toBeGreaterThan(1);
      for (const e of elements)
        expect(
          [e.label['zh-CN'], e.label.en, e.help['zh-CN'], e.help.en].every((t) => t && t.length > 0),
          id,
        ).toBe(true);
    }
    expect(await reply(kiosk, 'filing.elements', { caseType: 'poetry' })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CASE_TYPE' } });
  });
});

describe('preview', () => {
  it('generates the claims and the facts and reasons in Chinese and English, holding interest to the legal ceiling', async () => {
    const preview = await call(kiosk, 'filing.preview', lendingDraft());
    expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([]);
    // 2024-09-01: one-year LPR 3.35 %, so 4 × LPR = 13.4 % (民间借贷规定 Art 25); the 18 % agreed is above it.
    expect(problemsAt(preview, 'answers.agreedRate')).toEqual(['warning:rateAboveCeiling']);
    expect(preview.claims).toEqual([
      '判令被告王建国偿还借款本金人民币100,000元；',
      '判令被告王建国支付利息（以100,000元为基数，自2024年9月1日起按年利率13.4%计算至实际清偿之日止）；',
      '判令被告陈立新对上述债务承担连带清偿责任；',
      '本案诉讼费用由被告承担。',
    ]);
    expect(preview.facts).toContain(
      '2024年9月1日，被告王建国向原告李晓华借款人民币120,000元，约定于2025年2月28日前归还，约定年利率为18%。原告以银行转账方式向被告交付了借款。陈立新作为保证人',
    );
    expect(preview.facts).toContain('原告于2025年8月20日通过书面催款函向被告催要，被告至今未还。');
    expect(preview.facts).toContain('《中华人民共和国民法典》第六百八十八条');
    expect(preview.facts).not.toMatch(/[{}]/);
    const en = preview.generated.en!;
    expect(en.claims[0]).toBe('Order the defendant 王建国 to repay the outstanding principal of CNY 100,000;');
    expect(en.facts).toContain(
      'On 1 September 2024 the defendant 王建国 borrowed CNY 120,000 from the plaintiff 李晓华, to be repaid by 28 February 2025, at an agreed interest rate of 18% a year.',
    );
    expect(preview.claimAmountFen).toBe(10_000_000);
    expect(preview.court).toMatchObject({ code: '粤0703', crossRegion: false });
  });

  it('follows the branches: no interest agreed gives late interest from the due date; no guarantee, no guarantor', async () => {
    const draft = lendingDraft();
    draft.answers = { ...draft.answers, interestAgreed: false, hasGuarantee: false };
    const preview = await call(kiosk, 'filing.preview', draft);
    expect(preview.claims[1]).toBe(
      '判令被告王建国支付逾期利息（以100,000元为基数，自2025年2月28日次日起按全国银行间同业拆借中心公布的一年期贷款市场报价利率计算至实际清偿之日止）；',
    );
    expect(preview.claims.join('')).not.toContain('陈立新');
    expect(preview.problems.map((p) => p.path)).not.toContain('answers.agreedRate');
  });

  it('keeps the claims and facts the litigant edited', async () => {
    const draft = { ...lendingDraft(), claims: ['判令被告王建国偿还借款本金人民币100,000元。'], facts: '被告借款不还。' };
    const preview = await call(kiosk, 'filing.preview', draft);
    expect(preview.claims).toEqual(['判令被告王建国偿还借款本金人民币100,000元。']);
    expect(preview.facts).toBe('被告借款不还。');
    expect(preview.generated['zh-CN']!.claims).toHaveLength(4);
  });

  // Each row: what is wrong, where, and what the litigant is told. A credit code's checksum only warns.
  const BAD: [string, (d: FilingDraft) => void, string, string][] = [
    [
      'ID checksum',
      (d) => (d.parties[0]!.party = { ...d.parties[0]!.party, idNumber: '440703198604120027' } as never),
      'parties.0.party.idNumber',
      'error:idNumber.checksum',
    ],
    [
      'ID too short',
      (d) => (d.parties[0]!.party = { ...d.parties[0]!.party, idNumber: '44070319860412' } as never),
      'parties.0.party.idNumber',
      'error:idNumber.length',
    ],
    [
      'ID birth date impossible',
      (d) => (d.parties[0]!.party = { ...d.parties[0]!.party, idNumber: '440703198602300021' } as never),
      'parties.0.party.idNumber',
      'error:idNumber.birthDate',
    ],
    [
      'ID not matching the sex',
      (d) => (d.parties[0]!.party = { ...d.parties[0]!.party, sex: 'male' } as never),
      'parties.0.party.idNumber',
      'error:idNumberMismatch',
    ],
    ['plaintiff without ID', (d) => (d.parties[0]!.party = { ...d.parties[0]!.party, idNumber: null } as never), 'parties.0.party.idNumber', 'error:required'],
    // Other identity documents a court accepts (登记立案规定 Art 6(1)), each by its own format.
    [
      'HK/Macao permit of the wrong shape',
      (d) => (d.parties[0]!.party = { ...d.parties[0]!.party, idType: 'hkMacaoPermit', idNumber: 'X60123456' } as never),
      'parties.0.party.idNumber',
      'error:idNumber.format.hkMacaoPermit',
    ],
    [
      'Taiwan permit of 7 digits',
      (d) => (d.parties[0]!.party = { ...d.parties[0]!.party, idType: 'taiwanPermit', idNumber: '0123456' } as never),
      'parties.0.party.idNumber',
      'error:idNumber.format.taiwanPermit',
    ],
    [
      'passport without a digit',
      (d) => (d.parties[0]!.party = { ...d.parties[0]!.party, idType: 'passport', idNumber: 'ABCDEFG' } as never),
      'parties.0.party.idNumber',
      'error:idNumber.format.passport',
    ],
    [
      '2023 permanent-residence card with a wrong check digit',
      (d) => (d.parties[0]!.party = { ...d.parties[0]!.party, idType: 'foreignPermanentResident', idNumber: '911840198503150017' } as never),
      'parties.0.party.idNumber',
      // Named as the card the litigant holds, not as a 公民身份号码.
      'error:idNumber.foreignPermanentResident.checksum',
    ],
    [
      '2023 permanent-residence card of another birth date',
      (d) => (d.parties[0]!.party = { ...d.parties[0]!.party, idType: 'foreignPermanentResident', idNumber: '911840198503150016' } as never),
      'parties.0.party.idNumber',
      'error:idNumber.foreignPermanentResident.mismatch',
    ],
    ['phone of 10 digits', (d) => (d.parties[0]!.party = { ...d.parties[0]!.party, phone: '1380000521' } as never), 'parties.0.party.phone', 'error:phone'],
    [
      'landline without area code',
      (d) => (d.parties[1]!.party = { ...d.parties[1]!.party, phone: '3316688' } as never),
      'parties.1.party.phone',
      'error:phone',
    ],
    ['amount with three decimals', (d) => (d.answers.principal = '120000.005'), 'answers.principal', 'error:amount'],
    ['amount in words', (d) => (d.answers.principal = '十二万'), 'answers.principal', 'error:amount'],
    ['negative amount', (d) => (d.answers.repaidPrincipal = '-5'), 'answers.repaidPrincipal', 'error:amount'],
    ['date that does not exist', (d) => (d.answers.loanDate = '2024-02-30'), 'answers.loanDate', 'error:date'],
    ['date in the future', (d) => (d.answers.dueDate = '2027-01-01'), 'answers.dueDate', 'error:dateInFuture'],
    ['rate above 100 %', (d) => (d.answers.agreedRate = '240'), 'answers.agreedRate', 'error:percent'],
    ['option not offered', (d) => (d.answers.deliveryMethod = 'gold'), 'answers.deliveryMethod', 'error:choice'],
    ['required element missing', (d) => delete d.answers.principalOutstanding, 'answers.principalOutstanding', 'error:required'],
    ['no defendant', (d) => (d.parties = d.parties.filter((p) => p.role !== 'defendant')), 'parties', 'error:defendantMissing'],
    [
      'service address not confirmed',
      (d) => (d.consents!.serviceAddress.confirmed = false),
      'consents.serviceAddress.confirmed',
      'error:serviceAddressUnconfirmed',
    ],
    ['consents not given', (d) => (d.consents = null), 'consents', 'error:consentsMissing'],
    ['court not in the directory', (d) => (d.courtCode = '京0105'), 'courtCode', 'error:unknownCourt'],
    [
      'organisation credit code failing its checksum',
      (d) =>
        (d.parties[1]!.party = {
          kind: 'organisation',
          form: 'legalPerson',
          name: '示范市恒达商贸有限公司',
          creditCode: '91440703MA4W9XXB4B',
          representative: '王建国',
          representativeTitle: '执行董事',
          address: '示范市蓬江区建设路16号',
          phone: '0750-3316688',
        }),
      'parties.1.party.creditCode',
      'warning:creditCode.checksum',
    ],
    [
      'lawyer licence of 16 digits',
      (d) =>
        (d.parties[0]!.agent = {
          kind: 'lawyer',
          name: '周律',
          idNumber: null,
          phone: '13700001111',
          licenceNo: '1440120191234567',
          lawFirm: '广东示范律师事务所',
          relationship: null,
          authority: 'general',
          specialPowers: [],
        }),
      'parties.0.agent.licenceNo',
      'error:lawyerLicence',
    ],
    [
      'special powers under general authority',
      (d) => (d.parties[0]!.agent = relativeAgent({ name: '李大明', phone: '13700001111', specialPowers: ['settle'] })),
      'parties.0.agent.specialPowers',
      'error:specialPowersNeedSpecial',
    ],
    // 国籍 (nationality) where the document does not settle it; 民族 of a Chinese national only.
    [
      'passport holder without a nationality',
      (d) => (d.parties[0]!.party = { ...d.parties[0]!.party, idType: 'passport', idNumber: 'E12345678' } as never),
      'parties.0.party.nationality',
      'error:required',
    ],
    [
      'Chinese passport holder without 民族',
      (d) => (d.parties[0]!.party = { ...d.parties[0]!.party, idType: 'passport', idNumber: 'E12345678', nationality: 'CN', ethnicity: null } as never),
      'parties.0.party.ethnicity',
      'error:required',
    ],
    [
      'permanent-residence card held by a Chinese national',
      (d) => (d.parties[0]!.party = { ...d.parties[0]!.party, idType: 'foreignPermanentResident', idNumber: 'USA110078051201', nationality: 'CN' } as never),
      'parties.0.party.nationality',
      'error:nationality.foreignDocument',
    ],
    [
      'resident ID held by a foreigner',
      (d) => (d.parties[0]!.party = { ...d.parties[0]!.party, nationality: 'US' } as never),
      'parties.0.party.nationality',
      'error:nationality.chineseDocument',
    ],
    [
      'relative agent with a passport of the wrong shape',
      (d) => (d.parties[0]!.agent = relativeAgent({ idType: 'passport', idNumber: 'E12-345' })),
      'parties.0.agent.idNumber',
      'error:idNumber.format.passport',
    ],
    [
      'relative agent with a resident ID too short',
      (d) => (d.parties[0]!.agent = relativeAgent({ idNumber: '4407031960' })),
      'parties.0.agent.idNumber',
      'error:idNumber.length',
    ],
  ];
  it.each(BAD)('names the problem: %s', async (_name, spoil, path, problem) => {
    const draft = lendingDraft();
    spoil(draft);
    const preview = await call(kiosk, 'filing.preview', draft);
    expect(problemsAt(preview, path)).toContain(problem);
  });

  it.each([
    [
      'a foreigner with a permanent-residence card gives 国籍, not 民族',
      { idType: 'foreignPermanentResident', idNumber: 'USA110078051201', nationality: 'US', ethnicity: null },
    ],
    ['a foreigner with a passport gives 国籍, not 民族', { idType: 'passport', idNumber: '533380006', nationality: 'US', ethnicity: null }],
    ['a Chinese passport holder gives 民族', { idType: 'passport', idNumber: 'E12345678', nationality: 'CN', ethnicity: '汉族' }],
    ['a Hong Kong resident is a Chinese national without saying so', { idType: 'hkMacaoPermit', idNumber: 'H60123456', ethnicity: '汉族' }],
  ])('takes the person as they are: %s', async (_name, person) => {
    const draft = lendingDraft();
    draft.parties[0]!.party = { ...draft.parties[0]!.party, ...person } as never;
    const preview = await call(kiosk, 'filing.preview', draft);
    expect(preview.problems.filter((p) => p.path.startsWith('parties.0.'))).toEqual([]);
  });

  it('warns when a labour award was received more than 15 days ago (劳动争议调解仲裁法 Art 50)', async () => {
    const labour = (received: string): FilingDraft => ({
      ...lendingDraft(),
      caseType: 'labour',
      answers: {
        hireDate: '2023-03-01',
        monthlyWage: '6000',
        signedContract: true,
        employmentEnded: false,
        arbitrationCommittee: '示范市劳动人事争议仲裁委员会',
        awardDate: '2026-10-20',
        awardReceivedDate: received,
      },
    });
    // Today at the court is 2026-11-23: the 8th is 15 days back, the 7th 16.
    expect(problemsAt(await call(kiosk, 'filing.preview', labour('2026-11-08')), 'answers.awardReceivedDate')).toEqual([]);
    const late = await call(kiosk, 'filing.preview', labour('2026-11-07'));
    expect(late.problems.find((p) => p.path === 'answers.awardReceivedDate')).toMatchObject({
      severity: 'warning',
      code: 'deadlinePassed',
      details: { days: 15 },
    });
    expect(late.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('passes a valid credit code, a lawyer with special authority and a defendant known only by name and address', async () => {
    const draft = lendingDraft();
    draft.parties[1]!.party = {
      kind: 'organisation',
      form: 'legalPerson',
      name: '示范市恒达商贸有限公司',
      creditCode: '91350100M000100Y43',
      representative: '王建国',
      representativeTitle: null,
      address: '示范市蓬江区建设路16号',
      phone: null,
    };
    draft.parties[0]!.agent = {
      kind: 'lawyer',
      name: '周律',
      idNumber: null,
      phone: '13700001111',
      licenceNo: '14401201912345678',
      lawFirm: '广东示范律师事务所',
      relationship: null,
      authority: 'special',
      specialPowers: ['admitClaims', 'settle'],
    };
    const preview = await call(kiosk, 'filing.preview', draft);
    expect(preview.problems.filter((p: FilingProblem) => p.path.startsWith('parties'))).toEqual([]);
  });
});

describe('submit', () => {
  it('writes the filing, its outbox entry and its receipt number in one go, and prints the papers', async () => {
    const scan = await call(kiosk, 'devices.scan', { source: 'scanner' });
    expect(scan.pages).toHaveLength(2);
    for (const page of scan.pages) await call(kiosk, 'evidence.addPage', { evidenceId: EVIDENCE_TRANSFER, scanId: page.scanId });
    const photo = await call(kiosk, 'devices.scan', { source: 'camera' });
    await call(kiosk, 'evidence.addPage', { evidenceId: EVIDENCE_IOU, scanId: photo.pages[0]!.scanId });

    const receipt = await call(kiosk, 'filing.submit', lendingSubmission());
    expect(receipt.receiptNo).toMatch(/^KIOSK-01-LA-20261123-0001-\d{5}$/);
    const [outbox] = await query<{ key: string; kind: string; receipt_no: string; state: string; payload: string }>(
      'SELECT key, kind, receipt_no, state, payload FROM outbox',
    );
    expect(outbox).toMatchObject({ key: receipt.filingId, kind: 'filing', receipt_no: receipt.receiptNo, state: 'pending' });
    expect(JSON.parse(outbox!.payload)).toMatchObject({ caseType: 'private_lending', evidencePageCount: 3, court: { code: '粤0703' } });
    expect(await query('SELECT receipt_no, case_type, cross_region FROM filings')).toEqual([
      { receipt_no: receipt.receiptNo, case_type: 'private_lending', cross_region: 0 },
    ]);
    // The pages now belong to the filing, not to the visit.
    expect((await call(kiosk, 'evidence.pages', {})).pages).toEqual([]);
    // It opens to the plaintiff's ID number or phone, never to a defendant's.
    expect(await call(kiosk, 'cases.receipt', { receiptNo: receipt.receiptNo, secondFactor: '440703198604120026' })).toMatchObject({ kind: 'filing' });
    expect(await call(kiosk, 'cases.receipt', { receiptNo: receipt.receiptNo, secondFactor: '5210' })).toMatchObject({ kind: 'filing' });
    expect(await reply(kiosk, 'cases.receipt', { receiptNo: receipt.receiptNo, secondFactor: '440703197909300031' })).toMatchObject({
      ok: false,
      error: { code: 'RECEIPT_NOT_FOUND' },
    });

    const { jobs } = await call(kiosk, 'print.filing', { filingId: receipt.filingId, language: 'en' });
    expect(jobs.map((j) => j.kind)).toEqual(['filing-receipt', 'complaint', 'filing-bundle']);
    const pdfs = await query<{ kind: string; pdf: Buffer }>('SELECT kind, pdf FROM print_jobs ORDER BY id');
    const text = async (kind: string) => pdfText(new Uint8Array(pdfs.find((p) => p.kind === kind)!.pdf));
    const complaint = await text('complaint');
    expect(
      inReadingOrder(complaint, [
        '民事起诉状',
        '原告',
        '李晓华',
        '440703198604120026',
        '被告',
        '王建国',
        '诉讼请求',
        '偿还借款本金人民币100,000元',
        '13.4%',
        '事实与理由',
        '2024年9月1日',
        '此致',
        '示范市人民法院',
      ]),
      complaint,
    ).toBeNull();
    const bundle = await text('filing-bundle');
    expect(
      inReadingOrder(bundle, ['送达地址确认书', '13800005210', '证据目录', '借条', '1-1', '中国工商银行转账', '2-1 至 2-2', '1-1', '2-1', '2-2']),
      bundle,
    ).toBeNull();
    // The scanned pages are numbered with the list: every sheet says 第 k 页 / 共 N 页 of the whole PDF (it once said 共 1 页 on 4 sheets).
    const sheets = Number((await pdfInfo(new Uint8Array(pdfs.find((p) => p.kind === 'filing-bundle')!.pdf)))['Pages']);
    expect(sheets).toBeGreaterThan(1);
    expect([...bundle.matchAll(/第\s*(\d+)\s*页\s*\/\s*共\s*(\d+)\s*页/g)].map((m) => [Number(m[1]), Number(m[2])])).toEqual(
      Array.from({ length: sheets }, (_, i) => [i + 1, sheets]),
    );
    const receiptText = await text('filing-receipt');
    expect(
      inReadingOrder(receiptText, [
        'Filing Receipt',
        receipt.receiptNo,
        'Private lending',
        '李晓华',
        '王建国、陈立新',
        'CNY 100,000.00',
        "Demonstration City People's Court",
        'Statement of claim × 3',
      ]),
      receiptText,
    ).toBeNull();
  });

  it('answers a second tap on Submit with the first filing, not a second one', async () => {
    const [first, second] = await Promise.all([call(kiosk, 'filing.submit', lendingSubmission()), call(kiosk, 'filing.submit', lendingSubmission())]);
    expect(second).toEqual(first);
    expect(await query('SELECT receipt_no FROM outbox')).toHaveLength(1);
    // The same filing again in a later visit is a new filing.
    await call(kiosk, 'session.start', { language: 'zh-CN' });
    expect(await call(kiosk, 'filing.submit', lendingSubmission())).toMatchObject({ receiptNo: expect.stringMatching(/^KIOSK-01-LA-20261123-0002-\d{5}$/) });
  });

  it('takes a plaintiff with a passport through the outbox and onto the complaint, labelled as a passport, printed as the passport prints it, with 国籍 for 民族', async () => {
    const submission = lendingSubmission();
    submission.parties[0]!.party = { ...submission.parties[0]!.party, idType: 'passport', idNumber: 'e12345678', nationality: 'US', ethnicity: null } as never;
    const receipt = await call(kiosk, 'filing.submit', submission);
    const [outbox] = await query<{ payload: string }>('SELECT payload FROM outbox');
    expect((JSON.parse(outbox!.payload) as { parties: { party: unknown }[] }).parties[0]!.party).toMatchObject({
      idType: 'passport',
      idNumber: 'E12345678',
      nationality: 'US',
    });
    await call(kiosk, 'print.filing', { filingId: receipt.filingId, language: 'zh-CN' });
    const text = await printed('complaint');
    expect(inReadingOrder(text, ['李晓华', '国籍', '美国', '护照号码', 'E12345678']), text).toBeNull();
    // A foreigner's line gives 国籍 in place of 民族; the defendant, a Chinese national, keeps 民族.
    expect(text.split('民族')).toHaveLength(2);
    expect(inReadingOrder(text, ['王建国', '民族', '汉族']), text).toBeNull();
  });

  it('refuses an incomplete filing and writes nothing', async () => {
    const submission = lendingSubmission();
    submission.parties[0]!.party = { ...submission.parties[0]!.party, idNumber: '440703198604120027' } as never;
    const result = await reply(kiosk, 'filing.submit', submission);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'FILING_INCOMPLETE', details: { problems: [{ path: 'parties.0.party.idNumber', code: 'idNumber.checksum' }] } },
    });
    expect(await query('SELECT * FROM outbox')).toEqual([]);
    expect(await query('SELECT * FROM filings')).toEqual([]);
  });

  it('marks another court of the directory as cross-region filing, on the complaint and the receipt', async () => {
    const receipt = await call(kiosk, 'filing.submit', lendingSubmission({ ...lendingDraft(), courtCode: '粤0704' }));
    expect(await query('SELECT court_code, cross_region FROM filings')).toEqual([{ court_code: '粤0704', cross_region: 1 }]);
    await call(kiosk, 'print.filing', { filingId: receipt.filingId, language: 'zh-CN' });
    const complaint = await printed('complaint');
    expect(inReadingOrder(complaint, ['此致', '示范市江海区人民法院', '本案经示范市人民法院诉讼服务中心跨域立案提交']), complaint).toBeNull();
    const receiptText = await printed('filing-receipt');
    expect(receiptText).toContain('示范市江海区人民法院（跨域立案）');
  });
});

describe('retention', () => {
  it("clears a filing's personal data and page files once the court has had it for the retention period", async () => {
    const [scan] = (await call(kiosk, 'devices.scan', { source: 'camera' })).pages;
    await call(kiosk, 'evidence.addPage', { evidenceId: EVIDENCE_IOU, scanId: scan!.scanId });
    const receipt = await call(kiosk, 'filing.submit', lendingSubmission());
    await kiosk.sync.syncOnce();
    const { retentionDays } = await call(kiosk, 'config.get', {});
    const dataDir = kiosk.dataDir;
    restartedDirs.push(dataDir);
    await kiosk.close();
    clock.advance((retentionDays + 1) * 86_400_000);
    // A start runs the housekeeping, and closing waits for it.
    kiosk = await tempKiosk({ clock, dataDir });
    await kiosk.close();
    kiosk = await tempKiosk({ clock, dataDir });
    expect(await query('SELECT filing, purged_at IS NOT NULL AS purged FROM filings')).toEqual([{ filing: null, purged: 1 }]);
    expect(await query('SELECT * FROM evidence_pages')).toEqual([]);
    expect(readdirSync(join(dataDir, 'evidence'))).toEqual([]);
    expect(await reply(kiosk, 'print.filing', { filingId: receipt.filingId, language: 'zh-CN' })).toMatchObject({
      ok: false,
      error: { code: 'FILING_PURGED' },
    });
  });
});

describe('personal data after wipe and retention', () => {
  it("leaves no byte of the plaintiff's ID number, name or phone in the data folder, which only the kiosk's user may read", async () => {
    const [scan] = (await call(kiosk, 'devices.scan', { source: 'camera' })).pages;
    await call(kiosk, 'evidence.addPage', { evidenceId: EVIDENCE_IOU, scanId: scan!.scanId });
    const receipt = await call(kiosk, 'filing.submit', lendingSubmission());
    await call(kiosk, 'print.filing', { filingId: receipt.filingId, language: 'zh-CN' });
    await kiosk.printing.idle();
    await kiosk.sync.syncOnce();
    const dataDir = kiosk.dataDir;
    restartedDirs.push(dataDir);
    expect(readdirSync(join(dataDir, 'printed')).length).toBeGreaterThan(0);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dataDir, DB_FILE)).mode & 0o777).toBe(0o600);
    await kiosk.close();
    clock.advance(31 * 86_400_000);
    kiosk = await tempKiosk({ clock, dataDir });
    await kiosk.close();
    const secrets = ['440703198604120026', '李晓华', '13800005210'];
    const leaks = filesUnder(dataDir).flatMap((file) => secrets.filter((s) => readFileSync(file).includes(Buffer.from(s))).map((s) => `${s} in ${file}`));
    expect(leaks).toEqual([]);
    kiosk = await tempKiosk({ clock, dataDir });
  });
});

describe('assisted filing', () => {
  it('records the helper on the filing, its outbox entry, the complaint and the receipt (帮办人)', async () => {
    const helper = { caller: { kind: 'staff' as const, staffId: 'H007', role: 'helper' as const, mustChangePin: false, token: 't' } };
    await kiosk.handlers['session.startAssisted']({ language: 'zh-CN' }, helper);
    const receipt = await call(kiosk, 'filing.submit', lendingSubmission());
    expect(await query('SELECT assisted_by FROM filings')).toEqual([{ assisted_by: 'H007' }]);
    const [outbox] = await query<{ payload: string }>('SELECT payload FROM outbox');
    expect(JSON.parse(outbox!.payload)).toMatchObject({ assistedBy: 'H007' });
    await call(kiosk, 'print.filing', { filingId: receipt.filingId, language: 'zh-CN' });
    expect(await printed('complaint')).toContain('工作人员（工号 H007）帮助填写');
    expect(inReadingOrder(await printed('filing-receipt'), ['帮办人', 'H007'])).toBeNull();
  });
});

describe('drafts after a crash', () => {
  it('are taken up by the short code or by the ID number, pages and all, and wiped when the visit ends', async () => {
    await call(kiosk, 'draft.save', { flow: 'filing', data: { step: 'evidence', caseType: 'private_lending' } });
    const { code } = await call(kiosk, 'filing.resumeCode', { idNumber: null });
    expect(code).toMatch(/^[2-9A-Z]{6}$/);
    expect(await call(kiosk, 'filing.resumeCode', { idNumber: '440703198604120026' })).toMatchObject({ code });
    const [scan] = (await call(kiosk, 'devices.scan', { source: 'camera' })).pages;
    await call(kiosk, 'evidence.addPage', { evidenceId: EVIDENCE_IOU, scanId: scan!.scanId });

    // A power cut: the process dies with the visit open. A new kiosk on the same data starts a new visit.
    const dataDir = kiosk.dataDir;
    restartedDirs.push(dataDir);
    await kiosk.close();
    kiosk = await tempKiosk({ clock, dataDir });
    await call(kiosk, 'session.start', { language: 'zh-CN' });
    expect(await reply(kiosk, 'filing.resume', { code: 'ZZZZZZ' })).toMatchObject({ ok: false, error: { code: 'RESUME_NOT_FOUND' } });
    expect(await call(kiosk, 'filing.resume', { idNumber: '440703198604120026' })).toEqual({ data: { step: 'evidence', caseType: 'private_lending' } });
    expect(await call(kiosk, 'draft.load', { flow: 'filing' })).toMatchObject({ data: { step: 'evidence', caseType: 'private_lending' } });
    expect((await call(kiosk, 'evidence.pages', {})).pages).toHaveLength(1);
    // Taken up once: the old code finds nothing more.
    expect(await reply(kiosk, 'filing.resume', { code })).toMatchObject({ ok: false, error: { code: 'RESUME_NOT_FOUND' } });

    // The visit ends: the draft, the page file and the code go.
    await call(kiosk, 'session.reset', {});
    expect(await query('SELECT * FROM evidence_pages')).toEqual([]);
    expect(readdirSync(join(dataDir, 'evidence'))).toEqual([]);
    expect(await query('SELECT * FROM filing_resume')).toEqual([]);
  });

  it('are wiped when nobody comes back within a day', async () => {
    await call(kiosk, 'draft.save', { flow: 'filing', data: { step: 'parties' } });
    await call(kiosk, 'filing.resumeCode', { idNumber: null });
    const [scan] = (await call(kiosk, 'devices.scan', { source: 'camera' })).pages;
    await call(kiosk, 'evidence.addPage', { evidenceId: EVIDENCE_IOU, scanId: scan!.scanId });
    const dataDir = kiosk.dataDir;
    restartedDirs.push(dataDir);
    await kiosk.close();
    clock.advance(25 * 3_600_000);
    kiosk = await tempKiosk({ clock, dataDir });
    await call(kiosk, 'session.start', { language: 'zh-CN' });
    await call(kiosk, 'session.reset', {});
    expect(await query('SELECT * FROM drafts')).toEqual([]);
    expect(await query('SELECT * FROM evidence_pages')).toEqual([]);
    expect(await query('SELECT * FROM filing_resume')).toEqual([]);
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}
