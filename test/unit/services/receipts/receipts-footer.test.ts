// A long court name in the page footer: every A4 kind in both languages, read back through
// pdftotext -bbox, must have no word drawn over another (the name once ran under "第 1 页 / 共 1 页"),
// and the footer must still carry the document number; a name too long for two lines ends in "…".
import { describe, expect, it } from 'vitest';
import { ReceiptKind, type TerminalConfig } from '../../../../contract';
import { loadDefaultConfig } from '../../../../main/services/config/config-store';
import { resourcePaths } from '../../../../main/services/resource-paths';
import { typefaceFor } from '../../../../main/services/receipts/font';
import { layoutDocument, type Item } from '../../../../main/services/receipts/layout';
import { PAGE_SIZES } from '../../../../main/services/receipts/page-sizes.data';
import { ReceiptService } from '../../../../main/services/receipts/receipt-service';
import { pdfText, pdfWords, type PdfWord } from '../../support/pdf-tools';
import { REPO_ROOT, manualClock } from '../../support/temp-kiosk';

const paths = resourcePaths(REPO_ROOT);
const defaults: TerminalConfig = loadDefaultConfig(paths.defaultConfig);
/** 42 characters, and an English name of the same length in words: each fills a footer line and more. */
const LONG_NAME = {
  'zh-CN': '示范省示范市江海区人民法院关于诉讼服务中心立案窗口及跨域立案服务与多元解纷联动工作站',
  en: "People's Court of Jianghai District, Demonstration City, Demonstration Province — Litigation Service Centre and Cross-Region Filing Station",
};
const config: TerminalConfig = { ...defaults, court: { ...defaults.court, name: LONG_NAME } };
const receipts = new ReceiptService({
  fonts: paths.receiptFonts,
  localesDir: paths.locales,
  clock: manualClock('2026-11-23T09:03:00.000Z'),
  config: async () => config,
});

type TextItem = Extract<Item, { kind: 'text' }>;

const a4Cases = ReceiptKind.options
  .filter((kind) => receipts.sizes(kind).includes('a4'))
  .flatMap((kind) => ['zh-CN', 'en'].map((language) => ({ kind, language })));

/** Two words whose glyph boxes share more than a hair (pdftotext's boxes of neighbours may touch). */
const overlapping = (words: PdfWord[]): [string, string] | null => {
  const hair = 0.5;
  for (const [i, a] of words.entries()) {
    for (const b of words.slice(i + 1)) {
      if (a.page !== b.page) continue;
      if (Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin) > hair && Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin) > hair) return [a.text, b.text];
    }
  }
  return null;
};

describe.concurrent('a long court name in the page footer', () => {
  it.each(a4Cases)('$kind a4 $language: no word over another, the document number still printed, no page of small print alone', async ({ kind, language }) => {
    const doc = await receipts.render(kind, receipts.sample(kind), { language, size: 'a4' });
    const words = await pdfWords(doc.pdf);
    // Every page carries body text: the verification code, its caption and the small print never
    // make a page of their own (a mediation application's second page once held only the code).
    const bodyHeight = PAGE_SIZES.a4.type.body * 0.9;
    for (let page = 1; page <= doc.pages; page++)
      expect(
        words.some((w) => w.page === page && w.yMax - w.yMin >= bodyHeight),
        `page ${page}`,
      ).toBe(true);
    expect(words.some((w) => w.text.includes(language === 'en' ? 'Page' : '页'))).toBe(true);
    expect(overlapping(words)).toBeNull();
    expect((await pdfText(doc.pdf)).replace(/\s+/g, '')).toContain(doc.documentNo);
  });

  it('ends a footer too long for two lines in an ellipsis, left of the page label', () => {
    const spec = PAGE_SIZES.a4;
    const font = typefaceFor(paths.receiptFonts, spec.face);
    const footer = `${LONG_NAME['zh-CN'].repeat(3)}\u3000文书编号：QS-20261123-0007`;
    const [page] = layoutDocument(
      { blocks: [{ kind: 'paragraph', text: '正文' }], footer, pageLabel: (p, total) => `第 ${p} 页 / 共 ${total} 页` },
      spec,
      font,
    );
    const texts = page!.items.filter((item): item is TextItem => item.kind === 'text' && item.y > spec.height - spec.margin.bottom);
    const label = texts.find((item) => item.text === '第 1 页 / 共 1 页')!;
    const lines = texts.filter((item) => item !== label);
    expect(label).toBeDefined();
    expect(lines.map((line) => line.text)).toEqual([expect.stringMatching(/^示范省/), expect.stringMatching(/…$/)]);
    for (const line of lines) expect(line.x + font.width(line.text, line.size)).toBeLessThan(label.x);
  });
});
