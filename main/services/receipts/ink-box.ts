// Where the ink is in a signature PNG: the pad is wide and a signature may be small in one corner,
// so a paper scales the inked part, not the whole pad, to the space for a signature.
import UPNG from '@pdf-lib/upng';

export interface InkBox {
  /** The PNG's own size, in pixels. */
  width: number;
  height: number;
  /** The smallest rectangle holding every pixel that is not (nearly) transparent; null when nothing was drawn. */
  ink: { x: number; y: number; w: number; h: number } | null;
}

// Anti-aliased stroke edges fade out; a faint fringe is not ink.
const ALPHA_INK = 24;

export function inkBox(png: Uint8Array): InkBox {
  const decoded = UPNG.decode(png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer);
  const rgba = new Uint8Array(UPNG.toRGBA8(decoded)[0]!);
  const { width, height } = decoded;
  let x0 = width;
  let y0 = height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (rgba[(y * width + x) * 4 + 3]! < ALPHA_INK) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  return { width, height, ink: x1 < 0 ? null : { x: x0, y: y0, w: x1 - x0 + 1, h: y1 - y0 + 1 } };
}
