// The administrative divisions (GB/T 2260) the address pickers offer: province → city → district,
// each with its 6-digit code. The table is generated at build time (generate/divisions.ts) and loaded
// only when an address field first needs it.

export interface Division {
  /** Six digits: 310000 a province, 310100 a city, 310114 a district. */
  code: string;
  name: string;
  children: Division[];
}

let loading: Promise<Division[]> | null = null;

export function loadDivisions(): Promise<Division[]> {
  loading ??= import('virtual:kiosk/divisions').then((module) => module.default);
  return loading;
}

/** The chosen divisions, outermost first, for a code: '310114' → [上海市, 嘉定区]. */
export function divisionPath(table: readonly Division[], code: string): Division[] {
  const path: Division[] = [];
  let level: readonly Division[] = table;
  for (;;) {
    const next = level.find((division) => code === division.code || code.startsWith(significantPrefix(division.code)));
    if (!next) return path;
    path.push(next);
    if (next.code === code) return path;
    level = next.children;
  }
}

/** The digits that name a division: 31 for a province, 3101 for a city, all six for a district. */
export const significantPrefix = (code: string): string => code.replace(/(00)+$/, '') || code;

/**
 * A level the table adds to group county-level divisions a province governs directly
 * (429000 湖北省-省直辖县级行政区划 → 仙桃市): a step in the picker, never a part of an address.
 */
export const isGroupingLevel = (division: Division): boolean => division.name.includes('直辖县级行政区划');

/** How an address's area reads: the names in order ('上海市嘉定区'; '湖北省仙桃市', without a grouping level). */
export const areaText = (path: readonly Division[]): string =>
  path
    .filter((division) => !isGroupingLevel(division))
    .map((division) => division.name)
    .join('');
