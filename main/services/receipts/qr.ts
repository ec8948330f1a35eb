// A QR code as one vector path (runs of dark modules per row): crisp on a 203 dpi thermal head,
// a few hundred bytes in the PDF, and no raster image to embed.
import QRCode from 'qrcode';

/** Quiet zone the QR standard asks for around the symbol, in modules. */
export const QUIET_ZONE = 4;

export interface QrPath {
  /** SVG path in module units, origin at the symbol's top left. */
  path: string;
  modules: number;
}

export function qrPath(payload: string): QrPath {
  // M: 15 % of the code may be scuffed or badly printed and it still reads.
  const { modules } = QRCode.create(payload, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const parts: string[] = [];
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n;) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && modules.get(row, col)) col++;
      parts.push(`M${start} ${row}h${col - start}v1h${start - col}z`);
    }
  }
  return { path: parts.join(''), modules: n };
}
