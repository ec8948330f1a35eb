// Every document kind, in every size and both languages, read back: the text (Chinese included) in
// reading order through pdftotext, the QR through a render and zbarimg, and byte-for-byte reproducibility.
import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { ReceiptKind, type TerminalConfig } from '../../../../contract';
import { loadDefaultConfig } from '../../../../main/services/config/config-store';
import { resourcePaths } from '../../../../main/services/resource-paths';
import { ReceiptService } from '../../../../main/services/receipts/receipt-service';
import { inReadingOrder, pdfFonts, pdfInfo, pdfQrCodes, pdfText } from '../../support/pdf-tools';
import { REPO_ROOT, manualClock } from '../../support/temp-kiosk';

const paths = resourcePaths(REPO_ROOT);
const config: TerminalConfig = loadDefaultConfig(paths.defaultConfig);
const service = (clock = manualClock('2026-11-23T09:03:00.000Z')) =>
  new ReceiptService({ fonts: paths.receiptFonts, localesDir: paths.locales, clock, config: async () => config });

/** Text the litigant typed (so Chinese in both languages) that each document must carry, in order. */
const EXPECTED: Record<ReceiptKind, string[]> = {
  'filing-receipt': ['LA-20261123-0007', '民间借贷纠纷', '李晓华', '示范市恒达商贸有限公司、王建国', '银行转账凭证'],
  complaint: [
    '李晓华',
    '440703198604******',
    '示范市恒达商贸有限公司',
    '判令被告示范市恒达商贸有限公司偿还借款本金人民币120,000元',
    '2024年9月1日，被告示范市恒达商贸有限公司因经营周转需要',
    '请求依法判如所请',
    '催款函及邮寄签收记录',
  ],
  'filing-bundle': [
    'KIOSK-01-LA-20261123-0007-31648',
    '示范市江海区人民法院',
    '李晓华',
    '13800005210',
    '借条',
    '中国工商银行转账',
    '2-1',
    '2-2',
    '微信聊天记录',
  ],
  'risk-report': ['不是法律意见', '民间借贷纠纷', '约定的利率超过了', '还剩 556 天', '简易程序减半后'],
  'risk-notice': ['李晓华', '民间借贷纠纷'],
  'payment-voucher': ['JF-20261123-0031', '（2026）粤0703民初1234号', '李晓华', '案件受理费', '财产保全申请费'],
  'mediation-application': ['示范市安居物业管理有限公司', '0750-3316688', '赵美玲', '物业服务合同纠纷', '至今共欠4,320元', '市物业纠纷人民调解委员会'],
  'mediation-receipt': ['KIOSK-01-TJ-20261123-0004-52907', '示范市安居物业管理有限公司', '赵美玲', '市物业纠纷人民调解委员会'],
  'queue-ticket': ['A017'],
  'fee-estimate': ['借钱给别人，到期不还', '民间借贷纠纷', '2.5%', '第十三条第（一）项', '1,650.00'],
  'refund-receipt': ['KIOSK-01-TF-20261123-0002-47163', '（2026）粤0703民初1234号', '李晓华', '中国工商银行示范市江海支行', '3105'],
  'relief-application': ['王秀英', '11010519491231002X', '第四十五条第（三）项', '领取最低生活保障金', '无其他收入的证明'],
  'helper-guide': ['KIOSK-01', '陈立新', 'admin'],
};

/** The document's own wording, which must come out in the asked language. */
const WORDING: Record<string, Partial<Record<ReceiptKind, string[]>>> = {
  'zh-CN': {
    'filing-receipt': ['示范市人民法院', '立案材料接收回执', '回执编号'],
    complaint: ['民事起诉状', '当事人信息', '诉讼请求', '第1页/共3页', '事实与理由', '此致', '示范市人民法院', '第3页/共3页'],
    'filing-bundle': ['送达地址确认书及证据目录', '送达地址确认书', '同意电子送达', '受送达人（签名）', '证据目录', '扫描页', '纸质原件'],
    'risk-notice': ['诉讼风险告知书', '超过诉讼时效', '本人已认真阅读本告知书'],
    'queue-ticket': ['排队号', 'A017', '立案帮办', '您前面还有 4 人，约需等候 20 分钟'],
    'mediation-receipt': ['诉前调解申请回执', '到场调解', '2026年12月1日上午；2026年12月2日下午', '电话与您联系'],
    'mediation-application': ['调解申请书', '请求由调解组织就申请人与被申请人之间的物业服务合同纠纷进行诉前调解', '到场调解', '申请人（签名）'],
    'helper-guide': ['示范市人民法院', '帮办人员工作指引', '网上立案', '按住 3 秒', '帮群众办理', '重新打印', '向支付终端核对', '结束帮办', '终端管理员'],
  },
  en: {
    'filing-receipt': ["Demonstration City People's Court", 'Filing Receipt', 'Receipt no.'],
    complaint: ['Statement of Claim', 'Parties', 'Claims', 'Page 1 of 3', 'Facts and reasons', 'Page 3 of 3'],
    'filing-bundle': [
      'Address for Service and List of Evidence',
      'Agrees to electronic service',
      'Person to be served (signature)',
      'List of evidence',
      'Paper original',
    ],
    'risk-notice': ['Notice of Litigation Risks', 'Expired limitation period', 'I have read this notice carefully'],
    'queue-ticket': ['Queue Number', 'A017', 'Filing help', '4 people ahead of you, about 20 minutes'],
    'mediation-receipt': ['Mediation Application Receipt', 'In person', 'will phone you'],
    'mediation-application': ['Application for Mediation', 'In person', 'Applicant (signature)'],
    'helper-guide': [
      'Instructions for Helpers',
      'case filing',
      'for 3 seconds',
      'Assist a litigant',
      'Reprint',
      'Check with the payment terminal',
      'End assistance',
      'Terminal administrator',
    ],
  },
};

const receipts = service();
const cases = ReceiptKind.options.flatMap((kind) => receipts.sizes(kind).flatMap((size) => ['zh-CN', 'en'].map((language) => ({ kind, size, language }))));

describe.concurrent('receipts read back', () => {
  it.each(cases)('$kind $size $language: text, QR and metadata', async ({ kind, size, language }) => {
    const doc = await receipts.render(kind, receipts.sample(kind), { language, size });
    const text = await pdfText(doc.pdf);
    expect(inReadingOrder(text, WORDING[language]![kind] ?? []), text).toBeNull();
    expect(inReadingOrder(text, EXPECTED[kind]), text).toBeNull();
    expect(inReadingOrder(text, [doc.documentNo, 'KIOSK-01'])).toBeNull();
    expect(await pdfQrCodes(doc.pdf)).toEqual([doc.verifyUrl]);
    expect(doc.verifyUrl).toMatch(new RegExp(`^https://court\\.example/verify\\?no=${doc.documentNo}&code=[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$`));
    const info = await pdfInfo(doc.pdf);
    expect(info.Title).toBe(`${doc.title} ${doc.documentNo}`);
    expect(info.Creator).toBe('court-kiosk');
    if (size === '80mm') expect(doc.pdf.length).toBeLessThan(40_000);
  });
});

describe('receipt rendering', () => {
  it('gives byte-identical PDFs for the same input and clock, and different ones for another clock', async () => {
    const input = receipts.sample('complaint');
    const [a, b] = [await service().render('complaint', input, { language: 'zh-CN' }), await service().render('complaint', input, { language: 'zh-CN' })];
    expect(Buffer.from(a.pdf).equals(Buffer.from(b.pdf))).toBe(true);
    const later = await service(manualClock('2026-11-23T09:04:00.000Z')).render('complaint', input, { language: 'zh-CN' });
    expect(Buffer.from(later.pdf).equals(Buffer.from(a.pdf))).toBe(false);
  });

  it('sets court paper (A4) in the Song face with the sans face for Latin, and the roll in the sans face alone', async () => {
    const paper = await receipts.render('complaint', receipts.sample('complaint'), { language: 'zh-CN', size: 'a4' });
    expect(await pdfFonts(paper.pdf)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^KIOSKB\+BousungEG/), expect.stringMatching(/^KIOSKA\+WenQuanYi/)]),
    );
    // Fontconfig sees no CJK font here: the Song subset alone must carry the Chinese back out.
    expect((await pdfText(paper.pdf)).replace(/\s+/g, '')).toContain('民事起诉状');
    const roll = await receipts.render('filing-receipt', receipts.sample('filing-receipt'), { language: 'zh-CN', size: '80mm' });
    expect(await pdfFonts(roll.pdf)).toEqual([expect.stringMatching(/^KIOSKA\+WenQuanYi/)]);
  });

  it('records the language and the clock in the metadata', async () => {
    const doc = await receipts.render('queue-ticket', receipts.sample('queue-ticket'), { language: 'en' });
    const loaded = await PDFDocument.load(doc.pdf, { updateMetadata: false });
    expect(loaded.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(en)');
    expect(loaded.getCreationDate()?.toISOString()).toBe('2026-11-23T09:03:00.000Z');
    expect(loaded.getModificationDate()?.toISOString()).toBe('2026-11-23T09:03:00.000Z');
  });

  it("prints times in the court's time zone from the terminal config", async () => {
    const issued = async (timeZone: string) => {
      const zoned = new ReceiptService({
        fonts: paths.receiptFonts,
        localesDir: paths.locales,
        clock: manualClock('2026-11-23T09:03:00.000Z'),
        config: async () => ({ ...config, timeZone }),
      });
      return pdfText((await zoned.render('queue-ticket', zoned.sample('queue-ticket'), { language: 'zh-CN' })).pdf);
    };
    expect(await issued('Asia/Shanghai')).toContain('17:03');
    expect(await issued('UTC')).toContain('09:03');
  });

  it('fills an empty optional field with a visible placeholder instead of leaving a hole', async () => {
    const input = { ...(receipts.sample('filing-receipt') as object), claimAmountFen: null };
    const text = await pdfText((await receipts.render('filing-receipt', input, { language: 'zh-CN' })).pdf);
    expect(inReadingOrder(text, ['诉讼标的额', '（未填写）', '提交人'])).toBeNull();
  });

  it('refuses input that breaks the schema, and a size the kind is not made in', async () => {
    await expect(receipts.render('queue-ticket', { ticketNo: '17' }, { language: 'zh-CN' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(receipts.render('complaint', receipts.sample('complaint'), { language: 'zh-CN', size: '80mm' })).rejects.toMatchObject({
      code: 'RECEIPT_SIZE',
    });
  });
});
