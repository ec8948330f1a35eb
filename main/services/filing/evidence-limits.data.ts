// How much evidence one filing may carry from this kiosk. Larger bundles are handed in at the
// window: the kiosk's disk is small, and the court system's upload takes a bounded parcel.
export const EVIDENCE_LIMITS = {
  /** A long contract or a year of bank statements; more is better scanned at the window. */
  pagesPerItem: 30,
  pagesTotal: 120,
  /** A 100 dpi A4 page is ~50 KB as PNG; a camera picture far less than this. */
  bytesPerPage: 4 * 1024 * 1024,
  bytesTotal: 60 * 1024 * 1024,
} as const;
