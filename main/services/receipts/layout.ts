// The one layout engine: flows a document's blocks onto pages of a given size, breaking lines
// and pages, and returns positioned items for the renderer. Coordinates are points from the top left.
import type { Block, DocumentLayoutInput, ScannedPage } from './blocks';
import type { ReceiptFont } from './font';
import { inkBox } from './ink-box';
import { breakLines } from './line-breaking';
import type { PageSpec } from './page-sizes.data';

export type Item =
  /** `y` is the baseline; `grey` 0 is black. */
  | { kind: 'text'; x: number; y: number; text: string; size: number; bold: boolean; grey: number }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; width: number; dash: number[] | null }
  | { kind: 'fill'; x: number; y: number; w: number; h: number; grey: number }
  /** A QR code with its quiet zone inside the square. */
  | { kind: 'qr'; x: number; y: number; size: number; payload: string }
  /** A signature (PNG) or a scan; `crop`: the part of the image (in its pixels) that fills the box, the rest clipped away. */
  | {
      kind: 'image';
      x: number;
      y: number;
      w: number;
      h: number;
      bytes: Uint8Array;
      format: 'png' | 'jpeg';
      crop?: { x: number; y: number; w: number; h: number; of: { w: number; h: number } };
    };

export interface LaidOutPage {
  width: number;
  height: number;
  items: Item[];
}

/** An unbreakable piece of a block: it goes whole on one page. */
interface Chunk {
  height: number;
  items: Item[];
  gapBefore: number;
  /** Headings and titles move to the next page with the chunk after them. */
  keepWithNext?: boolean;
  /** A signature or the verification code never starts a page alone: the chunk before it comes along. */
  keepWithPrevious?: boolean;
  /** A table's header row, drawn again above this row when it starts a new page. */
  header?: Chunk;
}

const LABEL_COLUMN_MAX = 0.4;
const LABEL_GREY = 0.3;
const TABLE_RULE = 0.6;

export function layoutDocument(doc: DocumentLayoutInput, spec: PageSpec, font: ReceiptFont): LaidOutPage[] {
  const left = spec.margin.left;
  const width = spec.width - spec.margin.left - spec.margin.right;
  const lh = (size: number) => size * spec.leading;
  const measure = (size: number) => (text: string) => font.width(text, size);
  /** Baseline of text of `size` centred in a line box of height `box` starting at `top`. */
  const baseline = (top: number, size: number, box = lh(size)) => top + (box - size * (font.ascent + font.descent)) / 2 + size * font.ascent;
  const text = (x: number, top: number, t: string, size: number, opts: { bold?: boolean; grey?: number; box?: number } = {}): Item => ({
    kind: 'text',
    x,
    y: baseline(top, size, opts.box),
    text: t,
    size,
    bold: opts.bold ?? false,
    grey: opts.grey ?? 0,
  });
  const aligned = (t: string, size: number, align: 'left' | 'center' | 'right', x: number, w: number) =>
    align === 'left' ? x : align === 'right' ? x + w - font.width(t, size) : x + (w - font.width(t, size)) / 2;

  /** Lines of text as chunks, one per line, so paragraphs may break across pages. */
  const lineChunks = (lines: string[], size: number, x: (line: string, i: number) => number, opts: { bold?: boolean; grey?: number } = {}): Chunk[] =>
    lines.map((line, i) => ({ height: lh(size), gapBefore: 0, items: [text(x(line, i), 0, line, size, opts)] }));

  const body = spec.type.body;
  // One label column for the whole document, so every label–value block lines up with the others.
  const labelWidth = Math.min(
    Math.max(0, ...doc.blocks.flatMap((b) => (b.kind === 'fields' ? b.rows.map((r) => font.width(r.label, body)) : []))),
    width * LABEL_COLUMN_MAX,
  );
  const chunksOf = (block: Block): Chunk[] => {
    switch (block.kind) {
      case 'title': {
        const items: Item[] = [];
        let y = 0;
        if (block.over) {
          for (const line of breakLines(block.over, width, measure(spec.type.over))) {
            items.push(text(aligned(line, spec.type.over, 'center', left, width), y, line, spec.type.over));
            y += lh(spec.type.over);
          }
        }
        for (const line of breakLines(block.text, width, measure(spec.type.title))) {
          items.push(text(aligned(line, spec.type.title, 'center', left, width), y, line, spec.type.title, { bold: true, box: spec.type.title * 1.5 }));
          y += spec.type.title * 1.5;
        }
        return [{ height: y, items, gapBefore: 0, keepWithNext: true }];
      }
      case 'heading': {
        const size = spec.type.heading;
        return lineChunks(breakLines(block.text, width, measure(size)), size, () => left, { bold: true }).map((c) => ({ ...c, keepWithNext: true }));
      }
      case 'paragraph': {
        const size = block.small ? spec.type.small : body;
        const indent = block.indent ? font.width('中中', size) : 0;
        const chunks = block.text.split('\n').flatMap((para) => {
          const lines = breakLines(para, width, measure(size), width - indent);
          return lineChunks(lines, size, (line, i) => (i === 0 && indent ? left + indent : aligned(line, size, block.align ?? 'left', left, width)), {
            grey: block.small ? LABEL_GREY : 0,
          });
        });
        // Small print (who issued the paper, and when) stays whole, with what it follows.
        return chunks.map((c, i) => ({
          ...c,
          ...(block.small ? { keepWithPrevious: true } : {}),
          ...(block.keepWithNext && i === chunks.length - 1 ? { keepWithNext: true } : {}),
        }));
      }
      case 'fields': {
        const gap = body;
        const valueX = left + labelWidth + gap;
        return block.rows.map((row) => {
          const labels = breakLines(row.label, labelWidth, measure(body));
          const values = breakLines(row.value, width - labelWidth - gap, measure(body));
          const items = [
            ...labels.map((l, i) => text(left, i * lh(body), l, body, { grey: LABEL_GREY })),
            ...values.map((v, i) => text(valueX, i * lh(body), v, body)),
          ];
          return { height: Math.max(1, labels.length, values.length) * lh(body), items, gapBefore: 0 };
        });
      }
      case 'list': {
        const markers = block.items.map((_, i) => (block.numbered ? `${i + 1}.` : '•'));
        const indent = Math.max(...markers.map((m) => font.width(m, body))) + body * 0.5;
        return block.items.map((item, i) => {
          const lines = breakLines(item, width - indent, measure(body));
          const items = [text(left, 0, markers[i]!, body), ...lines.map((l, j) => text(left + indent, j * lh(body), l, body))];
          return { height: Math.max(1, lines.length) * lh(body), items, gapBefore: 0 };
        });
      }
      case 'table':
        return tableChunks(block);
      case 'qr': {
        const size = spec.qr.size;
        const small = spec.type.small;
        if (spec.qr.align === 'center') {
          const caption = breakLines(block.caption, width, measure(small));
          const items: Item[] = [{ kind: 'qr', x: left + (width - size) / 2, y: 0, size, payload: block.payload }];
          caption.forEach((l, i) => items.push(text(aligned(l, small, 'center', left, width), size + i * lh(small), l, small, { grey: LABEL_GREY })));
          return [{ height: size + caption.length * lh(small), items, gapBefore: 0, keepWithPrevious: true }];
        }
        // Beside the code: the caption reads right-aligned against it, centred on its height.
        const captionWidth = width - size - body;
        const caption = breakLines(block.caption, captionWidth, measure(small));
        const top = (size - caption.length * lh(small)) / 2;
        const items: Item[] = [{ kind: 'qr', x: left + width - size, y: 0, size, payload: block.payload }];
        caption.forEach((l, i) => items.push(text(aligned(l, small, 'right', left, captionWidth), top + i * lh(small), l, small, { grey: LABEL_GREY })));
        return [{ height: size, items, gapBefore: 0, keepWithPrevious: true }];
      }
      case 'signature': {
        const area = Math.min(width, 250);
        const x = left + width - area;
        const h = spec.signatureHeight;
        const labelW = font.width(block.label, body) + body * 0.3;
        const items: Item[] = [text(x, h - lh(body), block.label, body)];
        const lineY = h;
        items.push({ kind: 'line', x1: x + labelW, y1: lineY, x2: left + width, y2: lineY, width: 0.5, dash: null });
        const box = block.png ? inkBox(block.png) : null;
        if (block.png && box?.ink) {
          // The ink, not the pad, fills the space: as tall as the line allows, narrower if the space is.
          const { ink } = box;
          const room = left + width - x - labelW - 4;
          const scale = Math.min((h - 2) / ink.h, room / ink.w);
          const [imgW, imgH] = [ink.w * scale, ink.h * scale];
          items.push({
            kind: 'image',
            x: x + labelW + 4,
            y: lineY - imgH - 1,
            w: imgW,
            h: imgH,
            bytes: block.png,
            format: 'png',
            crop: { ...ink, of: { w: box.width, h: box.height } },
          });
        }
        items.push(text(x + labelW, h + body * 0.3, block.date, body));
        return [{ height: h + body * 0.3 + lh(body), items, gapBefore: 0, keepWithPrevious: true }];
      }
      case 'display': {
        const size = Math.min(spec.type.display, width / (font.width(block.text, 1) * 1.1));
        return [
          {
            height: size * 1.2,
            items: [text(aligned(block.text, size, 'center', left, width), 0, block.text, size, { bold: true, box: size * 1.2 })],
            gapBefore: 0,
          },
        ];
      }
      case 'rule':
        return [
          {
            height: spec.gap,
            items: [{ kind: 'line', x1: left, y1: spec.gap / 2, x2: left + width, y2: spec.gap / 2, width: 0.6, dash: spec.ruleDash }],
            gapBefore: 0,
          },
        ];
    }
  };

  const tableChunks = (block: Extract<Block, { kind: 'table' }>): Chunk[] => {
    const total = block.columns.reduce((s, c) => s + c.share, 0);
    const widths = block.columns.map((c) => (c.share / total) * width);
    const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((s, w) => s + w, 0));
    const pad = body * 0.4;
    const row = (cells: string[], header: boolean): Chunk => {
      const size = header ? spec.type.small + 1 : body;
      const cellLines = cells.map((c, i) => breakLines(c, widths[i]! - 2 * pad, measure(size)));
      const height = Math.max(1, ...cellLines.map((l) => l.length)) * lh(size) + pad;
      const items: Item[] = header ? [{ kind: 'fill', x: left, y: 0, w: width, h: height, grey: 0.93 }] : [];
      cellLines.forEach((lines, i) =>
        lines.forEach((l, j) =>
          items.push(
            text(aligned(l, size, block.columns[i]!.align ?? 'left', xs[i]! + pad, widths[i]! - 2 * pad), pad / 2 + j * lh(size), l, size, { bold: header }),
          ),
        ),
      );
      const rule = (y: number): Item => ({ kind: 'line', x1: left, y1: y, x2: left + width, y2: y, width: TABLE_RULE, dash: null });
      if (header) items.push(rule(0));
      items.push(rule(height));
      for (const x of [...xs, left + width]) items.push({ kind: 'line', x1: x, y1: 0, x2: x, y2: height, width: TABLE_RULE, dash: null });
      return { height, items, gapBefore: 0 };
    };
    const header = row(
      block.columns.map((c) => c.header),
      true,
    );
    return [{ ...header, keepWithNext: true }, ...block.rows.map((cells) => ({ ...row(cells, false), header }))];
  };

  return paginate(doc, spec, font, chunksOf);
}

function paginate(doc: DocumentLayoutInput, spec: PageSpec, font: ReceiptFont, chunksOf: (b: Block) => Chunk[]): LaidOutPage[] {
  const chunks = doc.blocks.flatMap((block, i) =>
    chunksOf(block).map((c, j) => (i > 0 && j === 0 ? { ...c, gapBefore: block.kind === 'heading' ? spec.gap * 1.6 : spec.gap } : c)),
  );
  const top = spec.margin.top;
  const limit = spec.height === null ? Infinity : spec.height - spec.margin.bottom;
  const pages: Item[][] = [[]];
  let y = top;
  const place = (chunk: Chunk, at: number) => {
    pages[pages.length - 1]!.push(...chunk.items.map((item) => shift(item, at)));
    y = at + chunk.height;
  };
  const keptWithNext = (k: number) => !!chunks[k + 1] && (!!chunks[k]!.keepWithNext || !!chunks[k + 1]!.keepWithPrevious);
  chunks.forEach((chunk, k) => {
    // The chunk and every chunk chained to it go on one page: a heading with its first line, the
    // last lines with the signature and the code after them.
    let needed = chunk.height;
    for (let j = k; keptWithNext(j); j++) needed += chunks[j + 1]!.gapBefore + chunks[j + 1]!.height;
    let at = y + chunk.gapBefore;
    if (at + needed > limit && y > top) {
      pages.push([]);
      y = top;
      at = top;
      if (chunk.header) {
        place(chunk.header, top);
        at = y;
      }
    }
    place(chunk, at);
  });

  const height = spec.height ?? Math.ceil(y + spec.margin.bottom);
  if (spec.height !== null) pages.push(...(doc.appendix ?? []).map((scan) => scannedSheet(scan, spec, font)));
  return pages.map((items, i) => ({
    width: spec.width,
    height,
    items: spec.height === null ? items : [...items, ...footer(doc, spec, font, i + 1, pages.length)],
  }));
}

/** A scanned page scaled to fit the sheet's text area, its label at the top right. */
function scannedSheet(scan: ScannedPage, spec: PageSpec, font: ReceiptFont): Item[] {
  const size = spec.type.heading;
  const labelBox = size * spec.leading;
  const box = {
    x: spec.margin.left,
    y: spec.margin.top + labelBox,
    w: spec.width - spec.margin.left - spec.margin.right,
    h: spec.height! - spec.margin.top - spec.margin.bottom - labelBox,
  };
  const scale = Math.min(box.w / scan.width, box.h / scan.height);
  const [w, h] = [scan.width * scale, scan.height * scale];
  return [
    { kind: 'text', x: box.x + box.w - font.width(scan.label, size), y: spec.margin.top + size * font.ascent, text: scan.label, size, bold: true, grey: 0 },
    { kind: 'image', x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h, bytes: scan.data, format: scan.mime === 'image/jpeg' ? 'jpeg' : 'png' },
  ];
}

/** A footer longer than this many lines (a very long court name) ends in an ellipsis. */
const FOOTER_LINES = 2;

/**
 * The page's footer: its text on the left in the width the page label leaves it, wrapping below
 * the first line (the bottom margin has room for a second) and ellipsised past that, so a long
 * court name is never drawn under "第 1 页 / 共 1 页".
 */
function footer(doc: DocumentLayoutInput, spec: PageSpec, font: ReceiptFont, page: number, total: number): Item[] {
  const size = spec.type.small;
  const y = spec.height! - spec.margin.bottom / 2;
  const label = doc.pageLabel(page, total);
  const left = spec.margin.left;
  const right = spec.width - spec.margin.right;
  const labelX = right - font.width(label, size);
  const measure = (text: string) => font.width(text, size);
  const width = labelX - size * 2 - left;
  const lines = ellipsised(breakLines(shortenedFooter(doc, width, measure), width, measure), FOOTER_LINES, width, measure);
  return [
    { kind: 'line', x1: left, y1: y - size * 1.6, x2: right, y2: y - size * 1.6, width: 0.4, dash: null },
    ...lines.map((text, i): Item => ({ kind: 'text', x: left, y: y + i * size * spec.leading, text, size, bold: false, grey: LABEL_GREY })),
    { kind: 'text', x: labelX, y, text: label, size, bold: false, grey: LABEL_GREY },
  ];
}

/** The footer in at most FOOTER_LINES lines by cutting its shortening part (the court's name), when it has one. */
function shortenedFooter(doc: DocumentLayoutInput, width: number, measure: (text: string) => number): string {
  const part = doc.footerShortens;
  const at = part ? doc.footer.indexOf(part) : -1;
  if (!part || at < 0) return doc.footer;
  const fits = (text: string) => breakLines(text, width, measure).length <= FOOTER_LINES;
  let kept = [...part];
  let text = doc.footer;
  while (!fits(text) && kept.length > 0) {
    kept = kept.slice(0, -1);
    text = `${doc.footer.slice(0, at)}${kept.join('').trimEnd()}…${doc.footer.slice(at + part.length)}`;
  }
  return text;
}

/** The first `most` lines, the last of them cut to end in "…" within `width` when text was left over. */
function ellipsised(lines: string[], most: number, width: number, measure: (text: string) => number): string[] {
  if (lines.length <= most) return lines;
  const kept = lines.slice(0, most);
  let last = [...kept[most - 1]!];
  while (last.length > 0 && measure(`${last.join('').trimEnd()}…`) > width) last = last.slice(0, -1);
  kept[most - 1] = `${last.join('').trimEnd()}…`;
  return kept;
}

function shift(item: Item, dy: number): Item {
  switch (item.kind) {
    case 'line':
      return { ...item, y1: item.y1 + dy, y2: item.y2 + dy };
    default:
      return { ...item, y: item.y + dy };
  }
}
