// Draws laid-out pages with pdf-lib: the CJK font embedded as a subset, fake bold by fill+stroke
// (there is one weight in the bundle), and metadata fixed from the input so output is reproducible.
import {
  PDFDocument,
  TextRenderingMode,
  grayscale,
  popGraphicsState,
  pushGraphicsState,
  setLineWidth,
  setTextRenderingMode,
  type PDFFont,
  type PDFImage,
  type PDFPage,
} from 'pdf-lib';
import type { ReceiptFont } from './font';
import type { Item, LaidOutPage } from './layout';
import { QUIET_ZONE, qrPath } from './qr';

export interface PdfMetadata {
  title: string;
  language: string;
  author: string;
  subject: string;
  keywords: string[];
  /** Creation and modification date: from the clock, never "now", so a re-render is identical. */
  date: Date;
}

const CREATOR = 'court-kiosk';
// A fixed subset tag: pdf-lib otherwise adds a random suffix to the font name.
const FONT_NAME = 'KIOSKA+WenQuanYiMicroHei';

export async function renderPdf(pages: LaidOutPage[], font: ReceiptFont, meta: PdfMetadata): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(font.fontkit);
  const pdfFont = await doc.embedFont(font.bytes, { subset: true, customName: FONT_NAME });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setLanguage(meta.language);
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setCreator(CREATOR);
  doc.setProducer(`${CREATOR} receipts (pdf-lib)`);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);

  const images = new Map<Uint8Array, PDFImage>();
  for (const laid of pages) {
    const page = doc.addPage([laid.width, laid.height]);
    for (const item of laid.items) await draw(doc, page, pdfFont, item, images);
  }
  return doc.save({ useObjectStreams: true });
}

async function draw(doc: PDFDocument, page: PDFPage, font: PDFFont, item: Item, images: Map<Uint8Array, PDFImage>): Promise<void> {
  const flip = (y: number) => page.getHeight() - y;
  switch (item.kind) {
    case 'text': {
      const color = grayscale(item.grey);
      if (!item.bold) {
        page.drawText(item.text, { x: item.x, y: flip(item.y), size: item.size, font, color });
        return;
      }
      page.pushOperators(pushGraphicsState(), setTextRenderingMode(TextRenderingMode.FillAndOutline), setLineWidth(item.size * 0.035));
      page.drawText(item.text, { x: item.x, y: flip(item.y), size: item.size, font, color });
      page.pushOperators(popGraphicsState());
      return;
    }
    case 'line':
      page.drawLine({
        start: { x: item.x1, y: flip(item.y1) },
        end: { x: item.x2, y: flip(item.y2) },
        thickness: item.width,
        color: grayscale(0),
        ...(item.dash ? { dashArray: item.dash } : {}),
      });
      return;
    case 'fill':
      page.drawRectangle({ x: item.x, y: flip(item.y + item.h), width: item.w, height: item.h, color: grayscale(item.grey) });
      return;
    case 'qr': {
      const { path, modules } = qrPath(item.payload);
      const scale = item.size / (modules + 2 * QUIET_ZONE);
      page.drawSvgPath(path, { x: item.x + QUIET_ZONE * scale, y: flip(item.y + QUIET_ZONE * scale), scale, color: grayscale(0), borderWidth: 0 });
      return;
    }
    case 'image': {
      let image = images.get(item.png);
      if (!image) {
        image = await doc.embedPng(item.png);
        images.set(item.png, image);
      }
      page.drawImage(image, { x: item.x, y: flip(item.y + item.h), width: item.w, height: item.h });
      return;
    }
  }
}
