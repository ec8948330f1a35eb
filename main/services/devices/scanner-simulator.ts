// A scanner and camera that behave like the hardware: pages take a moment, the feeder can be
// empty, the cable can come out, a jam never answers. Pages are drawn in code: a heading and
// lines of "text", different on every page, so a test can tell one page from another.
import { blankRaster, encodePng, fillRect, shrink, type Raster } from './scanner-png';
import { scannerEmpty, scannerTimeout, scannerUnplugged, type ScanSource, type ScannedImage, type Scanner } from './scanner';

export interface ScannerSimulatorOptions {
  /** Pages the feeder holds per scan until told otherwise. */
  pagesInFeeder?: number;
  /** How long a page takes; tests pass 0. */
  pageDelayMs?: number;
  /** How long a scan may take before it is given up. */
  timeoutMs?: number;
}

/** 100 dpi A4: sharp enough to read on paper, small enough to keep many on the kiosk. */
const PAGE = { width: 827, height: 1169 };
const PHOTO = { width: 1024, height: 768 };
const THUMBNAIL_FACTOR = 6;

export class ScannerSimulator implements Scanner {
  private plugged = true;
  private jammed = false;
  private pagesInFeeder: number;
  private pagesMade = 0;

  constructor(private readonly options: ScannerSimulatorOptions = {}) {
    this.pagesInFeeder = options.pagesInFeeder ?? 2;
  }

  unplug(): void {
    this.plugged = false;
  }
  plugIn(): void {
    this.plugged = true;
  }
  /** The next scan hangs until it times out, as a paper jam does. */
  jam(jammed = true): void {
    this.jammed = jammed;
  }
  loadFeeder(pages: number): void {
    this.pagesInFeeder = pages;
  }

  async scan(source: ScanSource): Promise<ScannedImage[]> {
    if (!this.plugged) throw scannerUnplugged(source);
    if (this.jammed) {
      await new Promise((resolve) => setTimeout(resolve, this.options.timeoutMs ?? 20_000));
      throw scannerTimeout(source);
    }
    const count = source === 'camera' ? 1 : this.pagesInFeeder;
    if (count === 0) throw scannerEmpty();
    const images: ScannedImage[] = [];
    for (let i = 0; i < count; i++) {
      if (this.options.pageDelayMs) await new Promise((resolve) => setTimeout(resolve, this.options.pageDelayMs));
      images.push(toImage(source === 'camera' ? photo(++this.pagesMade) : page(++this.pagesMade)));
    }
    return images;
  }
}

function toImage(r: Raster): ScannedImage {
  return { mime: 'image/png', width: r.width, height: r.height, data: encodePng(r), thumbnail: encodePng(shrink(r, THUMBNAIL_FACTOR)) };
}

/** Line lengths that differ from page to page but are the same for the same page number. */
const lineLength = (seed: number, line: number) => 0.45 + (((seed * 7919 + line * 104_729) % 1000) / 1000) * 0.5;

function page(seed: number): Raster {
  const r = blankRaster(PAGE.width, PAGE.height, 1, 250);
  const margin = 90;
  const usable = PAGE.width - 2 * margin;
  fillRect(r, margin + usable * 0.25, 110, usable * 0.5, 22, 40);
  for (let line = 0; line < 34; line++) {
    const y = 190 + line * 28;
    const indent = line % 9 === 0 ? 40 : 0;
    fillRect(r, margin + indent, y, Math.round((usable - indent) * lineLength(seed, line)), 10, 70);
  }
  // The page number at the foot: one block per page, up to ten, so pages differ at a glance.
  for (let n = 0; n < Math.min(seed, 10); n++) fillRect(r, PAGE.width / 2 - 100 + n * 20, PAGE.height - 70, 12, 12, 30);
  return r;
}

function photo(seed: number): Raster {
  const r = blankRaster(PHOTO.width, PHOTO.height, 3, [120, 110, 96]);
  fillRect(r, 180, 80, 660, 600, [245, 243, 236]);
  for (let line = 0; line < 16; line++) fillRect(r, 230, 140 + line * 32, Math.round(560 * lineLength(seed, line)), 10, [60, 60, 70]);
  return r;
}
