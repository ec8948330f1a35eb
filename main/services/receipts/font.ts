// The bundled CJK font, read and parsed once per process: reading 4.6 MB and parsing its tables
// dominates a cold receipt, and the parsed font is immutable, so every document reuses it.
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import type { Font } from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

export interface ReceiptFont {
  bytes: Uint8Array;
  /** Hands pdf-lib the already-parsed font instead of parsing the file again for each document. */
  fontkit: Fontkit;
  /** Advance width of `text` at `size` points, from per-character advances (CJK needs no shaping). */
  width(text: string, size: number): number;
  /** Ascender and descender as fractions of the em, for placing baselines in a line box. */
  ascent: number;
  descent: number;
}

// Keyed by file path; the only process-wide state in receipts, and it never changes once read.
const loaded = new Map<string, ReceiptFont>();

export function loadReceiptFont(file: string): ReceiptFont {
  let font = loaded.get(file);
  if (!font) {
    font = parse(readFileSync(file));
    loaded.set(file, font);
  }
  return font;
}

function parse(bytes: Uint8Array): ReceiptFont {
  const parsed: Font = fontkit.create(bytes);
  const em = parsed.unitsPerEm;
  const advances = new Map<number, number>();
  const advance = (codePoint: number): number => {
    let a = advances.get(codePoint);
    if (a === undefined) {
      a = parsed.glyphForCodePoint(codePoint).advanceWidth / em;
      advances.set(codePoint, a);
    }
    return a;
  };
  return {
    bytes,
    fontkit: { create: () => parsed },
    width(text, size) {
      let total = 0;
      for (const ch of text) total += advance(ch.codePointAt(0)!);
      return total * size;
    },
    ascent: parsed.ascent / em,
    descent: -parsed.descent / em,
  };
}
