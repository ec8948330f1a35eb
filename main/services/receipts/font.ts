// The fonts papers are set in, read and parsed once per process: reading a CJK font of several MB
// and parsing its tables dominates a cold receipt, and a parsed font is immutable, so every
// document reuses it. A typeface is one font, or a Song face for the Chinese characters of court
// paper over the sans face that has everything else (and every character the Song face lacks).
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import type { Font } from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

/** One font file as pdf-lib embeds it. */
export interface FontFace {
  bytes: Uint8Array;
  /** Hands pdf-lib the already-parsed font instead of parsing the file again for each document. */
  fontkit: Fontkit;
  /** The PDF name of its subset: fixed, so a re-rendered document is byte-identical. */
  subsetName: string;
}

/** A run of text drawn with one face. */
export interface FaceRun {
  face: FontFace;
  text: string;
}

export interface ReceiptFont {
  /** Advance width of `text` at `size` points, from per-character advances (CJK needs no shaping). */
  width(text: string, size: number): number;
  /** `text` cut where the face changes; one run for a single-face typeface. */
  runs(text: string): FaceRun[];
  /** Ascender and descender as fractions of the em, for placing baselines in a line box. */
  ascent: number;
  descent: number;
}

interface ParsedFace extends FontFace {
  has(codePoint: number): boolean;
  advance(codePoint: number): number;
  ascent: number;
  descent: number;
}

// Keyed by file path; the only process-wide state in receipts, and it never changes once read.
const parsedFaces = new Map<string, ParsedFace>();
const typefaces = new Map<string, ReceiptFont>();

/**
 * The typeface for `base` (a sans font covering every character the kiosk prints), with the
 * Chinese characters and punctuation taken from `cjk` where that font has them.
 */
export function loadReceiptFont(base: string, cjk?: string): ReceiptFont {
  const key = `${base}\n${cjk ?? ''}`;
  let typeface = typefaces.get(key);
  if (!typeface) {
    typeface = compose(face(base, 'KIOSKA'), cjk === undefined ? undefined : face(cjk, 'KIOSKB'));
    typefaces.set(key, typeface);
  }
  return typeface;
}

function face(file: string, tag: string): ParsedFace {
  let parsed = parsedFaces.get(file);
  if (!parsed) {
    parsed = parse(readFileSync(file), tag);
    parsedFaces.set(file, parsed);
  }
  return parsed;
}

/** Han ideographs, CJK symbols and punctuation, full-width forms: where court paper wants Song. */
const isCjk = (cp: number) =>
  (cp >= 0x2e80 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xffef) || cp >= 0x20000;

function compose(base: ParsedFace, cjk: ParsedFace | undefined): ReceiptFont {
  const faceOf = (cp: number): ParsedFace => (cjk && isCjk(cp) && cjk.has(cp) ? cjk : base);
  return {
    width(text, size) {
      let total = 0;
      for (const ch of text) {
        const cp = ch.codePointAt(0)!;
        total += faceOf(cp).advance(cp);
      }
      return total * size;
    },
    runs(text) {
      if (!cjk) return [{ face: base, text }];
      const runs: FaceRun[] = [];
      for (const ch of text) {
        const f = faceOf(ch.codePointAt(0)!);
        const last = runs[runs.length - 1];
        if (last?.face === f) last.text += ch;
        else runs.push({ face: f, text: ch });
      }
      return runs;
    },
    // One line box for both faces: the taller ascender and the deeper descender.
    ascent: Math.max(base.ascent, cjk?.ascent ?? 0),
    descent: Math.max(base.descent, cjk?.descent ?? 0),
  };
}

function parse(bytes: Uint8Array, tag: string): ParsedFace {
  const parsed: Font = fontkit.create(bytes);
  const em = parsed.unitsPerEm;
  const advances = new Map<number, number>();
  return {
    bytes,
    fontkit: { create: () => parsed },
    subsetName: `${tag}+${(parsed.postscriptName ?? 'Font').replace(/[^A-Za-z0-9-]/g, '')}`,
    has: (codePoint) => parsed.hasGlyphForCodePoint(codePoint),
    advance(codePoint) {
      let a = advances.get(codePoint);
      if (a === undefined) {
        a = parsed.glyphForCodePoint(codePoint).advanceWidth / em;
        advances.set(codePoint, a);
      }
      return a;
    },
    ascent: parsed.ascent / em,
    descent: -parsed.descent / em,
  };
}

/** The font files a terminal prints with: a sans face with every character, and a Song face for court paper. */
export interface ReceiptFonts {
  sans: string;
  song: string;
}

/** The typeface for a paper whose page size asks for `face`. */
export const typefaceFor = (fonts: ReceiptFonts, face: 'song' | 'sans'): ReceiptFont => loadReceiptFont(fonts.sans, face === 'song' ? fonts.song : undefined);
