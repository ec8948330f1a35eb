// Case numbers (案号) per SPC 法〔2015〕137号 as amended by 法〔2018〕335号:
// （year）court[specialised-trial character]type sequence号, e.g. （2026）粤0703民初1234号.
import { KioskError } from '../errors';
import { KNOWN_CASE_TYPES } from '../../../contract/case-number-codes';

export interface CaseNumber {
  year: number;
  /** 最高法, a province abbreviation, or one followed by 2 (intermediate) or 4 (basic) digits. */
  court: string;
  type: string;
  sequence: number;
  /** Canonical form with full-width brackets. */
  text: string;
  /** False for a type code not in our (practice-based) table: shown as a warning, not refused. */
  knownType: boolean;
}

// Half-width brackets are accepted because people type them; the type is 1–6 characters because
// real 2022 codes such as 诉前调书 exceed the notice's own limit of 3 (docs/RULES.md §5).
const PATTERN = /^[（(](\d{4})[）)](最高法|[\u4e00-\u9fff](?:\d{4}|\d{2})?)([\u4e00-\u9fff]{1,6})([1-9]\d{0,7})号$/u;

export function parseCaseNumber(input: string, asOf: Date): CaseNumber | null {
  const match = PATTERN.exec(input.replace(/\s+/g, ''));
  if (!match) return null;
  const [, year, court, type, sequence] = match as unknown as [string, string, string, string, string];
  if (Number(year) < 1990 || Number(year) > asOf.getUTCFullYear()) return null;
  return {
    year: Number(year),
    court,
    type,
    sequence: Number(sequence),
    text: `（${year}）${court}${type}${sequence}号`,
    knownType: KNOWN_CASE_TYPES.includes(type),
  };
}

/** The case number as typed at the kiosk, or a refusal the screen can translate. */
export function requireCaseNumber(input: string, asOf: Date): CaseNumber {
  const parsed = parseCaseNumber(input, asOf);
  if (!parsed) throw new KioskError('INVALID_CASE_NUMBER', 'fees.payment.errors.invalidCaseNumber');
  return parsed;
}
