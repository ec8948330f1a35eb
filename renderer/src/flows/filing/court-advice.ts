// Which court the parties' addresses point to, before the court step offers one: a case generally
// goes to the court where the defendant lives (CPL Art 22), and the court directory says which
// court hears which divisions (main/services/court/court-directory.ts matches the same way).
import type { FilingCourt } from '../../../../contract';
import type { Parties } from './parties';

export type CourtAdvice =
  /** A defendant lives where the kiosk's own court hears cases. */
  | { kind: 'own'; court: FilingCourt }
  /** The directory names another court for the defendants' addresses. */
  | { kind: 'other'; court: FilingCourt }
  /** No defendant's area was picked, or no court of the directory hears it. */
  | { kind: 'unknown' };

/** The court whose areas hold the division code most narrowly (a district beats its city), or null. */
export function courtForDivision(courts: readonly FilingCourt[], divisionCode: string): FilingCourt | null {
  let best: { court: FilingCourt; length: number } | null = null;
  for (const court of courts) {
    for (const area of court.areas) {
      if (divisionCode.startsWith(area) && (!best || area.length > best.length)) best = { court, length: area.length };
    }
  }
  return best?.court ?? null;
}

/** The own court when any defendant lives in its area; else the court of the first defendant whose area the directory knows. */
export function courtAdvice(courts: readonly FilingCourt[], parties: Parties): CourtAdvice {
  const found = parties.defendants
    .map((defendant) => (defendant.address.divisionCode ? courtForDivision(courts, defendant.address.divisionCode) : null))
    .filter((court): court is FilingCourt => court !== null);
  const own = found.find((court) => !court.crossRegion);
  if (own) return { kind: 'own', court: own };
  const other = found[0];
  return other ? { kind: 'other', court: other } : { kind: 'unknown' };
}
