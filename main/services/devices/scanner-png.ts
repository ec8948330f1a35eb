// A small PNG encoder for the simulators' page images and ID photos: 8-bit grey or RGB rows,
// deflated, no filters. Real devices deliver their own files; this only makes believable ones.
import { crc32, deflateSync } from 'node:zlib';

export interface Raster {
  width: number;
  height: number;
  /** 1 (grey) or 3 (RGB) bytes per pixel. */
  channels: 1 | 3;
  pixels: Uint8Array;
}

export function blankRaster(width: number, height: number, channels: 1 | 3, shade: number | [number, number, number]): Raster {
  const pixels = new Uint8Array(width * height * channels);
  const colour = typeof shade === 'number' ? [shade] : shade;
  for (let i = 0; i < pixels.length; i++) pixels[i] = colour[i % channels]!;
  return { width, height, channels, pixels };
}

export function fillRect(r: Raster, x: number, y: number, w: number, h: number, shade: number | [number, number, number]): void {
  const colour = typeof shade === 'number' ? [shade, shade, shade] : shade;
  [x, y, w, h] = [x, y, w, h].map(Math.round) as [number, number, number, number];
  for (let row = Math.max(0, y); row < Math.min(r.height, y + h); row++) {
    for (let col = Math.max(0, x); col < Math.min(r.width, x + w); col++) {
      const at = (row * r.width + col) * r.channels;
      for (let c = 0; c < r.channels; c++) r.pixels[at + c] = colour[c]!;
    }
  }
}

/** Every `factor`-th pixel: enough for a thumbnail of a page that is mostly lines and paper. */
export function shrink(r: Raster, factor: number): Raster {
  const width = Math.max(1, Math.floor(r.width / factor));
  const height = Math.max(1, Math.floor(r.height / factor));
  const pixels = new Uint8Array(width * height * r.channels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const from = (y * factor * r.width + x * factor) * r.channels;
      for (let c = 0; c < r.channels; c++) pixels[(y * width + x) * r.channels + c] = r.pixels[from + c]!;
    }
  }
  return { width, height, channels: r.channels, pixels };
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function encodePng(r: Raster): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(r.width, 0);
  header.writeUInt32BE(r.height, 4);
  header[8] = 8; // bit depth
  header[9] = r.channels === 1 ? 0 : 2; // grey or truecolour
  const stride = r.width * r.channels;
  const raw = Buffer.alloc((stride + 1) * r.height);
  for (let y = 0; y < r.height; y++) Buffer.from(r.pixels.buffer, r.pixels.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
