// The one-year LPR series the whole kiosk runs on: the shipped rows (lpr-one-year.data.ts), or the
// rows of the law-data package in force. The composition root loads it once and passes it to every
// calculator and paper that needs it, so the filing's ceiling and the risk rules never disagree.
import { readFileSync } from 'node:fs';
import { LawData } from '../../../contract/hub-protocol';
import { LPR_ONE_YEAR, LPR_ONE_YEAR_SOURCE } from './lpr-one-year.data';

export interface LprRow {
  /** The announcement's date, YYYY-MM-DD: the figure is in force from it until the next row. */
  from: string;
  /** Percent a year as decimal text. */
  percent: string;
  announcement: string;
}

export interface LprSeries {
  /** Oldest first. */
  rows: readonly LprRow[];
  /** The series as one line of source text, for a rule set or a paper that cites it: the shipped
   * rows say when they were last checked, a package's say its version (法律数据包). */
  citation: string;
}

function citation(rows: readonly LprRow[], checked: string): string {
  return `一年期贷款市场报价利率（LPR），${LPR_ONE_YEAR_SOURCE.publisher}，按公告生效日排列：${rows.map((r) => `${r.from} ${r.percent}%`).join('，')}（${checked}；来源 ${LPR_ONE_YEAR_SOURCE.where}）`;
}

/** The rows the kiosk shipped with: the default until a package brings its own. */
export const SHIPPED_LPR: LprSeries = { rows: LPR_ONE_YEAR, citation: citation(LPR_ONE_YEAR, `核对至${LPR_ONE_YEAR_SOURCE.checkedTo}`) };

/** A package's rows as the series, cited by the package's version. */
export const packageLprSeries = (rows: readonly LprRow[], dataVersion: string | null): LprSeries => ({
  rows,
  citation: citation(rows, dataVersion === null ? '法律数据包' : `法律数据包${dataVersion}`),
});

/** The problem named when a package's rows are out of date order (the hub words it for its console). */
export const LPR_DATES_MUST_RISE = 'dates must rise';

/** A package's LPR rows, checked: the contract's format (LawData.lprOneYear), dates rising. */
export function parseLprRows(raw: unknown): { rows: LprRow[] } | { problem: string } {
  const parsed = LawData.shape.lprOneYear.unwrap().safeParse(raw);
  if (!parsed.success) return { problem: `${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}` };
  if (parsed.data.some((r, i) => i > 0 && r.from <= parsed.data[i - 1]!.from)) return { problem: LPR_DATES_MUST_RISE };
  return { rows: parsed.data };
}

/**
 * The series from a package's file (law-data/current/lpr-one-year.json) when there is one, else the
 * shipped rows. A file that fails the checks is logged and the shipped rows are used, never half of it.
 */
export function loadLprSeries(file: string | null, dataVersion: string | null, log: (message: string, context?: Record<string, unknown>) => void): LprSeries {
  if (file === null) return SHIPPED_LPR;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    log('LPR series refused', { file, problem: String(err) });
    return SHIPPED_LPR;
  }
  const parsed = parseLprRows(raw);
  if ('problem' in parsed) {
    log('LPR series refused', { file, problem: parsed.problem });
    return SHIPPED_LPR;
  }
  return packageLprSeries(parsed.rows, dataVersion);
}
