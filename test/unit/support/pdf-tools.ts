// Reads PDFs back the way a person or a scanner would: pdftotext, pdftoppm + zbarimg, pdfinfo.
// Fontconfig sees only DejaVu (no CJK), so Chinese that renders must come from the embedded font.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

const fontconfigDir = mkdtempSync(join(tmpdir(), 'kiosk-fc-'));
writeFileSync(
  join(fontconfigDir, 'fonts.conf'),
  `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>${fontconfigDir}/cache</cachedir></fontconfig>`,
);
const env = { ...process.env, FONTCONFIG_FILE: join(fontconfigDir, 'fonts.conf') };

function saved(pdf: Uint8Array): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-pdf-'));
  const file = join(dir, 'doc.pdf');
  writeFileSync(file, pdf);
  return { dir, file };
}

/** The text as laid out on the page, so a label and its value read as one line. */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  const { file } = saved(pdf);
  return (await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { env })).stdout;
}

/** Every QR code zbarimg finds on any page rendered at `dpi`. */
export async function pdfQrCodes(pdf: Uint8Array, dpi = 100): Promise<string[]> {
  const { dir, file } = saved(pdf);
  const { stderr } = await run('pdftoppm', ['-png', '-r', String(dpi), file, join(dir, 'page')], { env });
  // A font poppler had to substitute would be named here; the embedded subset must be enough.
  if (/font/i.test(stderr)) throw new Error(`pdftoppm: ${stderr}`);
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.png'))
    .map((f) => join(dir, f));
  const found: string[] = [];
  for (const page of pages) {
    const result = await run('zbarimg', ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', page]).catch((e: { code?: number; stdout?: string }) => {
      if (e.code === 4) return { stdout: '' }; // 4: nothing found on this page
      throw e;
    });
    found.push(...result.stdout.split('\n').filter(Boolean));
  }
  return found;
}

export async function pdfInfo(pdf: Uint8Array): Promise<Record<string, string>> {
  const { file } = saved(pdf);
  const { stdout } = await run('pdfinfo', ['-enc', 'UTF-8', file], { env });
  return Object.fromEntries(
    stdout
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

/** Whether the fragments occur in this order, whitespace and line breaks ignored. */
export function inReadingOrder(text: string, fragments: string[]): string | null {
  const flat = text.replace(/\s+/g, '');
  let from = 0;
  for (const fragment of fragments) {
    const at = flat.indexOf(fragment.replace(/\s+/g, ''), from);
    if (at < 0) return fragment;
    from = at + 1;
  }
  return null;
}

export interface PdfWord {
  page: number;
  text: string;
  /** Points from the page's top left, as pdftotext -bbox gives them. */
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word with the box its glyphs take on the page, to check that nothing is drawn over anything else. */
export async function pdfWords(pdf: Uint8Array): Promise<PdfWord[]> {
  const { file } = saved(pdf);
  const { stdout } = await run('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { env, maxBuffer: 64 * 1024 * 1024 });
  const words: PdfWord[] = [];
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  stdout
    .split(/<page /)
    .slice(1)
    .forEach((page, i) => {
      for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
        words.push({ page: i + 1, text: unescape(m[5]!), xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]) });
      }
    });
  return words;
}

/** The names of the fonts a PDF embeds, as pdffonts lists them. */
export async function pdfFonts(pdf: Uint8Array): Promise<string[]> {
  const { file } = saved(pdf);
  const { stdout } = await run('pdffonts', [file], { env });
  return stdout
    .split('\n')
    .slice(2)
    .map((line) => line.split(/\s+/)[0]!)
    .filter(Boolean);
}
