// The document scanner and the camera beside the screen: one interface for both, so the evidence
// screen can take flat paper through the feeder and a phone screen or an object by camera.
import { KioskError } from '../errors';

export type ScanSource = 'scanner' | 'camera';

export interface ScannedImage {
  mime: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
  data: Buffer;
  /** A small PNG of the same page, for the screen's thumbnails. */
  thumbnail: Buffer;
}

export interface Scanner {
  /** Every page in the feeder (scanner) or one picture (camera); refuses when unplugged, empty or too slow. */
  scan(source: ScanSource): Promise<ScannedImage[]>;
}

export const scannerUnplugged = (source: ScanSource) => new KioskError('SCANNER_UNPLUGGED', 'complaint.errors.scannerUnplugged', { source });
export const scannerEmpty = () => new KioskError('SCANNER_EMPTY', 'complaint.errors.scannerEmpty');
export const scannerTimeout = (source: ScanSource) => new KioskError('SCANNER_TIMEOUT', 'complaint.errors.scannerTimeout', { source });
