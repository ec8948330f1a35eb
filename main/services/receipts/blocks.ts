// What a document is made of: a list of blocks that the layout engine flows onto pages. Documents
// are data in these terms; none of them positions anything itself.

export type Block =
  /** Centred document title, with the court's name over it. */
  | { kind: 'title'; text: string; over?: string }
  /** A section heading; kept on the same page as what follows it. */
  | { kind: 'heading'; text: string }
  /** Label–value rows; the labels form one column. */
  | { kind: 'fields'; rows: { label: string; value: string }[] }
  /** `keepWithNext`: its last line goes to a new page with what follows (此致 with the court's name). */
  | { kind: 'paragraph'; text: string; indent?: boolean; align?: 'left' | 'center' | 'right'; small?: boolean; keepWithNext?: boolean }
  /** A ruled table; `share` is a column's part of the width. The header repeats on each page. */
  | { kind: 'table'; columns: { header: string; share: number; align?: 'left' | 'right' | 'center' }[]; rows: string[][] }
  | { kind: 'list'; items: string[]; numbered: boolean }
  | { kind: 'qr'; payload: string; caption: string }
  /** Where a person signs: the signature image when captured, else a line to sign on. */
  | { kind: 'signature'; label: string; png?: Uint8Array; date: string }
  /** One short text as large as the paper allows, e.g. a queue number. */
  | { kind: 'display'; text: string }
  | { kind: 'rule' };

/** A scanned page that follows a document on a sheet of its own, labelled as its list names it. */
export interface ScannedPage {
  label: string;
  mime: 'image/png' | 'image/jpeg';
  /** Pixels, for the aspect ratio. */
  width: number;
  height: number;
  data: Uint8Array;
}

export interface DocumentLayoutInput {
  blocks: Block[];
  /** Scanned pages after the document, one a sheet, counted in its page numbers (paged sizes only). */
  appendix?: readonly ScannedPage[];
  /** Small print at the foot of every page, left; the page label goes right. */
  footer: string;
  /**
   * The part of the footer that gives way, ending in "…", when the footer is too long (the court's
   * name), so the rest — the document number a reader quotes — is always printed whole.
   */
  footerShortens?: string;
  /** "第 1 页 / 共 3 页"; only used on paged sizes. */
  pageLabel(page: number, total: number): string;
}
