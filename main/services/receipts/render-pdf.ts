// Draws laid-out pages with pdf-lib: each font face the text uses embedded as a subset, fake bold by
// fill+stroke (each face has one weight), and metadata fixed from the input so output is reproducible.
import {
  PDFDocument,
  clip,
  endPath,
  rectangle,
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
import type { FontFace, ReceiptFont } from './font';
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

export async function renderPdf(pages: LaidOutPage[], font: ReceiptFont, meta: PdfMetadata): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  // Faces are embedded as the text first needs them, so a paper carries only the faces it uses.
  const embedded = new Map<FontFace, PDFFont>();
  const pdfFont = async (face: FontFace): Promise<PDFFont> => {
    let f = embedded.get(face);
    if (!f) {
      doc.registerFontkit(face.fontkit);
      // A fixed subset name: pdf-lib otherwise adds a random suffix to the font name.
      f = await doc.embedFont(face.bytes, { subset: true, customName: face.subsetName });
      embedded.set(face, f);
    }
    return f;
  };
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
    for (const item of laid.items) await draw(doc, page, font, pdfFont, item, images);
  }
  return doc.save({ useObjectStreams: true });
}

async function draw(
  doc: PDFDocument,
  page: PDFPage,
  font: ReceiptFont,
  pdfFont: (face: FontFace) => Promise<PDFFont>,
  item: Item,
  images: Map<Uint8Array, PDFImage>,
): Promise<void> {
  const flip = (y: number) => page.getHeight() - y;
  switch (item.kind) {
    case 'text': {
      const color = grayscale(item.grey);
      if (item.bold) page.pushOperators(pushGraphicsState(), setTextRenderingMode(TextRenderingMode.FillAndOutline), setLineWidth(item.size * 0.035));
      // Each run in its own face, advanced by the widths the layout measured it with.
      let x = item.x;
      for (const run of font.runs(item.text)) {
        page.drawText(run.text, { x, y: flip(item.y), size: item.size, font: await pdfFont(run.face), color });
        x += font.width(run.text, item.size);
      }
      if (item.bold) page.pushOperators(popGraphicsState());
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
      let image = images.get(item.bytes);
      if (!image) {
        image = item.format === 'jpeg' ? await doc.embedJpg(item.bytes) : await doc.embedPng(item.bytes);
        images.set(item.bytes, image);
      }
      if (!item.crop) {
        page.drawImage(image, { x: item.x, y: flip(item.y + item.h), width: item.w, height: item.h });
        return;
      }
      // The whole PNG, scaled and shifted so its cropped part fills the box, clipped to the box.
      const { crop } = item;
      const scale = item.w / crop.w;
      page.pushOperators(pushGraphicsState(), rectangle(item.x, flip(item.y + item.h), item.w, item.h), clip(), endPath());
      page.drawImage(image, {
        x: item.x - crop.x * scale,
        y: flip(item.y + item.h) - (crop.of.h - crop.y - crop.h) * scale,
        width: crop.of.w * scale,
        height: crop.of.h * scale,
      });
      page.pushOperators(popGraphicsState());
      return;
    }
  }
}
