// A case number (案号) in its four parts, as the case-number entry builds it from taps: year, court
// code, case-type code and sequence. main checks the whole (cases/case-number.ts); this only joins.
export interface CaseNumberParts {
  year: string;
  court: string;
  type: string;
  sequence: string;
}

export const NO_PARTS: CaseNumberParts = { year: '', court: '', type: '', sequence: '' };

const PATTERN = /^（(\d{4})）(最高法|[\u4e00-\u9fff](?:\d{4}|\d{2})?)([\u4e00-\u9fff]{1,6}?)(\d{1,8})号$/u;

/** The canonical text once every part is there, else ''. */
export function joinCaseNumber(parts: CaseNumberParts): string {
  const sequence = parts.sequence.replace(/^0+/, '');
  if (!parts.year || !parts.court || !parts.type || !sequence) return '';
  return `（${parts.year}）${parts.court}${parts.type}${sequence}号`;
}

/** Back into parts, for a number the screen had before (a draft); unknown text gives none. */
export function splitCaseNumber(text: string): CaseNumberParts {
  const match = PATTERN.exec(text);
  if (!match) return NO_PARTS;
  const [, year = '', court = '', type = '', sequence = ''] = match;
  return { year, court, type, sequence };
}

/** This year and the ones before it, newest first: a case number is rarely older than a few years. */
export const recentYears = (now: Date, count: number): string[] => Array.from({ length: count }, (_, i) => String(now.getFullYear() - i));
