// A small signature in a corner of the wide pad is printed as large as the signature line allows:
// the paper scales the ink, not the pad (issue: a small signature printed as specks).
import UPNG from '@pdf-lib/upng';
import { describe, expect, it } from 'vitest';
import { inkBox } from '../../../../main/services/receipts/ink-box';
import { layoutDocument, type Item } from '../../../../main/services/receipts/layout';
import { typefaceFor } from '../../../../main/services/receipts/font';
import { PAGE_SIZES } from '../../../../main/services/receipts/page-sizes.data';
import { renderPdf } from '../../../../main/services/receipts/render-pdf';
import { resourcePaths } from '../../../../main/services/resource-paths';
import { REPO_ROOT } from '../../support/temp-kiosk';

/** A transparent pad of `w`×`h` pixels with one opaque rectangle of ink. */
function pad(w: number, h: number, ink: { x: number; y: number; w: number; h: number }): Uint8Array {
  const rgba = new Uint8Array(w * h * 4);
  for (let y = ink.y; y < ink.y + ink.h; y++) for (let x = ink.x; x < ink.x + ink.w; x++) rgba.set([17, 24, 39, 255], (y * w + x) * 4);
  return new Uint8Array(UPNG.encode([rgba.buffer], w, h, 0));
}

const signatureImage = (png: Uint8Array) => {
  const spec = PAGE_SIZES.a4;
  const font = typefaceFor(resourcePaths(REPO_ROOT).receiptFonts, spec.face);
  const [page] = layoutDocument(
    { blocks: [{ kind: 'signature', label: '原告（签名）', png, date: '2026年11月23日' }], footer: '', pageLabel: () => '' },
    spec,
    font,
  );
  return { page: page!, font, image: page!.items.find((item): item is Extract<Item, { kind: 'image' }> => item.kind === 'image') };
};

describe('a signature on paper', () => {
  it('finds the ink in the pad, and nothing on an empty pad', () => {
    expect(inkBox(pad(900, 300, { x: 800, y: 250, w: 60, h: 20 }))).toEqual({ width: 900, height: 300, ink: { x: 800, y: 250, w: 60, h: 20 } });
    expect(inkBox(pad(900, 300, { x: 0, y: 0, w: 0, h: 0 })).ink).toBeNull();
  });

  it('scales a small signature in a corner to the height of the signature line', () => {
    const { image } = signatureImage(pad(900, 300, { x: 800, y: 250, w: 60, h: 20 }));
    expect(image).toBeDefined();
    expect(image!.h).toBeGreaterThan(PAGE_SIZES.a4.signatureHeight - 4);
    expect(image!.w / image!.h).toBeCloseTo(3, 5);
    expect(image!.crop).toEqual({ x: 800, y: 250, w: 60, h: 20, of: { w: 900, h: 300 } });
  });

  it('leaves the line empty for a pad with no ink, and still renders', async () => {
    const { page, font, image } = signatureImage(pad(900, 300, { x: 0, y: 0, w: 0, h: 0 }));
    expect(image).toBeUndefined();
    const pdf = await renderPdf([page], font, { title: 't', language: 'zh-CN', author: 'a', subject: 's', keywords: [], date: new Date(0) });
    expect(pdf.byteLength).toBeGreaterThan(0);
  });
});
