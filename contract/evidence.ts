// The scanned pages of a visit's evidence items.
import { z } from 'zod';
import { ScannedPage } from './devices';
import { method } from './method';
import { Empty } from './shapes';

export const EvidencePage = ScannedPage.omit({ scanId: true }).extend({ id: z.uuid(), evidenceId: z.uuid(), position: z.number().int() });
export type EvidencePage = z.infer<typeof EvidencePage>;

/** Pages of the visit's evidence, and how many more the limits allow. */
export const EvidencePages = z.object({
  pages: z.array(EvidencePage),
  limits: z.object({ pagesPerItem: z.number().int(), pagesTotal: z.number().int(), bytesPerPage: z.number().int(), bytesTotal: z.number().int() }),
  used: z.object({ pages: z.number().int(), bytes: z.number().int() }),
});
export type EvidencePages = z.infer<typeof EvidencePages>;

export const evidenceMethods = {
  /** Adds a scanned page at the end of an evidence item, within the page and size limits. */
  'evidence.addPage': method(z.object({ evidenceId: z.uuid(), scanId: z.uuid() }).strict(), EvidencePages),
  /** Every page of this visit's evidence, in order, with the limits. */
  'evidence.pages': method(Empty, EvidencePages),
  'evidence.removePage': method(z.object({ pageId: z.uuid() }).strict(), EvidencePages),
  /** Puts an item's pages in this order; pageIds must be exactly its pages. */
  'evidence.reorder': method(z.object({ evidenceId: z.uuid(), pageIds: z.array(z.uuid()).max(200) }).strict(), EvidencePages),
} as const;
