// The ID-card reader and the scanners.
import { z } from 'zod';
import { method } from './method';
import { Empty } from './shapes';

/** What the ID-card reader reads off a resident identity card (GB 21658). */
export const IdCard = z.object({
  name: z.string(),
  sex: z.enum(['male', 'female']),
  ethnicity: z.string(),
  birthDate: z.iso.date(),
  address: z.string(),
  idNumber: z.string(),
  /** The chip's photo as a data: URL. */
  photo: z.string(),
});
export type IdCard = z.infer<typeof IdCard>;

/** A scanned page not yet added to an evidence item; kept in main until evidence.addPage or the visit ends. */
export const ScannedPage = z.object({
  scanId: z.uuid(),
  mime: z.enum(['image/png', 'image/jpeg']),
  width: z.number().int(),
  height: z.number().int(),
  bytes: z.number().int(),
  /** A small rendering as a data: URL. */
  thumbnail: z.string(),
});
export type ScannedPage = z.infer<typeof ScannedPage>;

export const devicesMethods = {
  /** Waits for a resident ID card on the reader; refused when the reader is unplugged or no card comes in time. */
  'devices.readIdCard': method(Empty, IdCard),
  /** Scans pages (document scanner, or the camera for things that do not lie flat); they wait in main for evidence.addPage. */
  'devices.scan': method(z.object({ source: z.enum(['scanner', 'camera']) }).strict(), z.object({ pages: z.array(ScannedPage) })),
} as const;
