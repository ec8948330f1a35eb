// The court directory of the terminal config: which court hears a place, and whether filing there
// from this terminal is cross-region filing (跨域立案). Shared by the risk report and filing.
import type { DirectoryCourt, TerminalConfig } from '../../../contract';
import type { ConfigCheck } from '../config/config-store';

/** The court whose area contains the division code most narrowly (a district beats its city), or null. */
export function courtForArea(directory: readonly DirectoryCourt[], divisionCode: string): DirectoryCourt | null {
  let best: { court: DirectoryCourt; length: number } | null = null;
  for (const court of directory) {
    for (const area of court.areas) {
      if (divisionCode.startsWith(area) && (!best || area.length > best.length)) best = { court, length: area.length };
    }
  }
  return best?.court ?? null;
}

/** Filing with any court but the terminal's own goes through cross-region filing. */
export const isCrossRegion = (config: Pick<TerminalConfig, 'court'>, courtCode: string): boolean => courtCode !== config.court.code;

export const courtDirectoryProblem: ConfigCheck = (config) => {
  const seen = new Set<string>();
  for (const [index, court] of config.courtDirectory.entries()) {
    if (seen.has(court.code)) return { field: `courtDirectory.${index}.code`, problem: `court ${court.code} is listed twice` };
    seen.add(court.code);
  }
  return null;
};
