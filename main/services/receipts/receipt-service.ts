// Renders any document kind from its typed input: validates, builds the blocks in the asked
// language, lays them out for the paper and draws the PDF, stamped with the terminal and the clock.
import { createHash } from 'node:crypto';
import type { ReceiptKind, TerminalConfig } from '../../../contract';
import type { Clock } from '../clock';
import { KioskError } from '../errors';
import { createTranslator, type Translate } from '../i18n/translator';
import { RECEIPT_DOCUMENTS } from './documents';
import { formatDateTime } from './documents/document';
import type { ScannedPage } from './blocks';
import { typefaceFor, type ReceiptFonts } from './font';
import { layoutDocument } from './layout';
import { PAGE_SIZES, type PageSizeName } from './page-sizes.data';
import { renderPdf } from './render-pdf';

export interface RenderedDocument {
  kind: ReceiptKind;
  documentNo: string;
  title: string;
  size: PageSizeName;
  language: string;
  verifyUrl: string;
  pdf: Uint8Array;
  pages: number;
  /** Paper length of a page; on a roll, how much the printer must feed. */
  heightMm: number;
}

export interface ReceiptServiceOptions {
  fonts: ReceiptFonts;
  localesDir: string;
  clock: Clock;
  config: () => Promise<TerminalConfig>;
  /** The law-data package in force (hub/), which every paper cites; null while the shipped data is used. */
  dataVersion?: () => string | null;
}

/** Every page's footer: the court and the document's number, and the law-data version it was made with. */
const footerText = (t: Translate, court: string, no: string, data: string | null) =>
  data === null ? t('common.footer', { court, no }) : t('common.footerWithData', { court, no, data });

export class ReceiptService {
  private readonly translators = new Map<string, Translate>();

  constructor(private readonly options: ReceiptServiceOptions) {}

  /** The sizes a kind is made in; the first is its usual one. */
  sizes(kind: ReceiptKind): readonly PageSizeName[] {
    return RECEIPT_DOCUMENTS[kind].sizes;
  }

  sample(kind: ReceiptKind): unknown {
    return RECEIPT_DOCUMENTS[kind].sample;
  }

  /** `issuedAt` reprints a document kept earlier with the time, and so the check code, it was first issued with. */
  async render(
    kind: ReceiptKind,
    input: unknown,
    options: { language: string; size?: PageSizeName; issuedAt?: Date; appendix?: readonly ScannedPage[] },
  ): Promise<RenderedDocument> {
    const doc = RECEIPT_DOCUMENTS[kind];
    const size = options.size ?? doc.sizes[0];
    if (!doc.sizes.includes(size)) throw new KioskError('RECEIPT_SIZE', 'errors.receipts.size', { kind, size });
    const parsed = doc.input.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new KioskError('INVALID_INPUT', 'errors.invalidInput', { field: issue.path.join('.'), problem: issue.message });
    }
    const config = await this.options.config();
    const issuedAt = options.issuedAt ?? this.options.clock.now();
    const t = this.translator(options.language);
    const documentNo = doc.documentNo(parsed.data);
    const court = config.court.name[options.language] ?? config.court.name['zh-CN'];
    const checkCode = verificationCode(kind, documentNo, config.terminalId, issuedAt);
    const verifyUrl = verificationUrl(config, documentNo, checkCode);
    const blocks = doc.blocks(parsed.data, {
      t,
      size,
      court,
      terminalId: config.terminalId,
      documentNo,
      issuedAt,
      timeZone: config.timeZone,
      verifyUrl,
      checkCode,
    });
    const spec = { ...PAGE_SIZES[size], ...doc.compact };
    const font = typefaceFor(this.options.fonts, spec.face);
    const pages = layoutDocument(
      {
        blocks,
        footer: footerText(t, court, documentNo, this.options.dataVersion?.() ?? null),
        pageLabel: (page, total) => t('common.pageLabel', { page, total }),
        ...(options.appendix ? { appendix: options.appendix } : {}),
      },
      spec,
      font,
    );
    const title = t(`${camel(kind)}.title`);
    const pdf = await renderPdf(pages, font, {
      title: `${title} ${documentNo}`,
      language: options.language,
      author: court,
      subject: `${title} · ${config.terminalId} · ${formatDateTime(t, issuedAt, config.timeZone)}`,
      keywords: [documentNo, kind, config.terminalId],
      date: issuedAt,
    });
    return { kind, documentNo, title, size, language: options.language, verifyUrl, pdf, pages: pages.length, heightMm: (pages[0]!.height * 25.4) / 72 };
  }

  private translator(language: string): Translate {
    let t = this.translators.get(language);
    if (!t) {
      const full = createTranslator(this.options.localesDir, language);
      t = (key, values) => full(`receipts.${key}`, values);
      this.translators.set(language, t);
    }
    return t;
  }
}

const camel = (kind: string) => kind.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** The address a document's QR code opens: the court's verification page for this number and code. */
export const verificationUrl = (config: Pick<TerminalConfig, 'receipts'>, documentNo: string, checkCode: string): string =>
  `${config.receipts.verifyBaseUrl}?no=${encodeURIComponent(documentNo)}&code=${checkCode}`;

/**
 * What the court's verification page checks a document against: derived from what was printed,
 * so the same document always carries the same code and a changed number does not match.
 */
export function verificationCode(kind: string, documentNo: string, terminalId: string, issuedAt: Date): string {
  const hex = createHash('sha256').update(`${kind}|${documentNo}|${terminalId}|${issuedAt.toISOString()}`).digest('hex').slice(0, 12).toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8)}`;
}
