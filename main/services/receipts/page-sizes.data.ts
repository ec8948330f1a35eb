// Paper and typography per page size, as data the one layout engine reads. Sizes in PDF points.
const mm = (v: number) => (v * 72) / 25.4;

export interface PageSpec {
  width: number;
  /** null: continuous roll paper, the page is as long as its content. */
  height: number | null;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Font sizes: court name over the title, title, section heading, body, small print, display (queue number). */
  type: { over: number; title: number; heading: number; body: number; small: number; display: number };
  /** Line box height as a multiple of the font size. */
  leading: number;
  /** Space between blocks. */
  gap: number;
  qr: { size: number; align: 'center' | 'right' };
  ruleDash: number[] | null;
  signatureHeight: number;
  /** Court paper sets its Chinese in a Song face; the roll keeps the sans face, crisper on a thermal head. */
  face: 'song' | 'sans';
}

export const PAGE_SIZES = {
  // A4 with the margins of GB/T 9704 official documents, loosened at the bottom for the page footer.
  a4: {
    width: mm(210),
    height: mm(297),
    margin: { top: mm(28), right: mm(26), bottom: mm(28), left: mm(28) },
    type: { over: 14, title: 22, heading: 13.5, body: 12, small: 9, display: 96 },
    leading: 1.65,
    gap: 9,
    qr: { size: 78, align: 'right' },
    ruleDash: null,
    signatureHeight: 34,
    face: 'song',
  },
  // 80 mm thermal roll: 72 mm printable, so 4 mm each side; 203 dpi heads make 8.5 pt the smallest crisp CJK.
  '80mm': {
    width: mm(80),
    height: null,
    margin: { top: mm(3), right: mm(4), bottom: mm(8), left: mm(4) },
    type: { over: 10.5, title: 14, heading: 10, body: 9, small: 8, display: 84 },
    leading: 1.5,
    gap: 5,
    qr: { size: 104, align: 'center' },
    ruleDash: [2.5, 2],
    signatureHeight: 28,
    face: 'sans',
  },
} as const satisfies Record<string, PageSpec>;

export type PageSizeName = keyof typeof PAGE_SIZES;
export const PAGE_SIZE_NAMES = Object.keys(PAGE_SIZES) as PageSizeName[];
