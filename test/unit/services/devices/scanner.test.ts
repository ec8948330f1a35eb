// The scanner and camera simulator: real PNG pages (checked by pdf-lib's own decoder), different
// from page to page, and the faults of the hardware — unplugged, an empty feeder, a jam.
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { ScannerSimulator } from '../../../../main/services/devices/scanner-simulator';

const decode = async (png: Buffer) => {
  const image = await (await PDFDocument.create()).embedPng(png);
  return [image.width, image.height];
};

describe('scanner simulator', () => {
  it('scans every page in the feeder as an A4 page at 100 dpi, each different, with a thumbnail', async () => {
    const scanner = new ScannerSimulator({ pagesInFeeder: 3 });
    const pages = await scanner.scan('scanner');
    expect(pages).toHaveLength(3);
    for (const page of pages) {
      expect(page.mime).toBe('image/png');
      expect(await decode(page.data)).toEqual([827, 1169]);
      expect([page.width, page.height]).toEqual([827, 1169]);
      expect(await decode(page.thumbnail)).toEqual([137, 194]);
      expect(page.data.length).toBeLessThan(200_000);
    }
    expect(new Set(pages.map((p) => p.data.toString('base64'))).size).toBe(3);
  });

  it('takes one colour picture with the camera', async () => {
    const [photo, ...rest] = await new ScannerSimulator().scan('camera');
    expect(rest).toEqual([]);
    expect(await decode(photo!.data)).toEqual([1024, 768]);
    expect(photo!.data[25]).toBe(2); // PNG colour type 2: RGB
  });

  it('refuses when unplugged, when the feeder is empty, and gives up on a jam', async () => {
    const scanner = new ScannerSimulator({ timeoutMs: 20 });
    scanner.unplug();
    await expect(scanner.scan('scanner')).rejects.toMatchObject({ code: 'SCANNER_UNPLUGGED', messageKey: 'complaint.errors.scannerUnplugged' });
    scanner.plugIn();
    scanner.loadFeeder(0);
    await expect(scanner.scan('scanner')).rejects.toMatchObject({ code: 'SCANNER_EMPTY' });
    await expect(scanner.scan('camera')).resolves.toHaveLength(1);
    scanner.jam();
    await expect(scanner.scan('scanner')).rejects.toMatchObject({ code: 'SCANNER_TIMEOUT' });
  });
});
