// Law-data packages on the terminal: rule sets, the rest-day calendar, the LPR series and settings
// (province fee bases and the small-claims wage, mediation organisations, court directory) that the
// court's hub publishes signed with its Ed25519 key. A package is applied only when its signature
// matches the pinned key and every part passes the kiosk's own loaders; it replaces the current one
// in one rename, and the one before is kept to fall back on.
import { createPublicKey, verify } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseType } from '../../../contract';
import { DataPackageBody, type LawData, SignedDataPackage } from '../../../contract/hub-protocol';
import { RestDaysFile } from '../calendar/rest-days';
import { packageLprSeries, parseLprRows, SHIPPED_LPR } from '../cases/lpr-series';
import type { ConfigCheck } from '../config/config-store';
import { KioskError } from '../errors';
import { parseRuleSet } from '../risk/rule-sets/rule-set';

/** The files a package may carry, by the name the kiosk's loaders read them under. */
export const LAW_DATA_FILES = { riskRuleSet: 'rule-set.json', restDays: 'rest-days.json', lprOneYear: 'lpr-one-year.json' } as const;
/** The parts that are terminal settings, applied through the audited config path. */
export const LAW_DATA_SETTINGS = ['fees', 'mediation', 'courtDirectory'] as const;

/** `part` names the package part that failed (for the hub to word), or is absent for the package as a whole. */
const refused = (problem: string, part?: keyof LawData) =>
  new KioskError('DATA_PACKAGE_REFUSED', 'hub.errors.packageRefused', {
    problem: part ? `${part}: ${problem}` : problem,
    ...(part ? { part, partProblem: problem } : {}),
  });

/**
 * Every file part checked as the kiosk's loaders would load it; throws naming the first that fails.
 * The setting parts are checked as config: by the hub against the kiosk's defaults (settingsCheck),
 * by the terminal in its own config.set, which refuses them whole.
 */
export function checkLawData(content: LawData, catalogue: readonly CaseType[]): void {
  let lpr = SHIPPED_LPR;
  if (content.lprOneYear !== undefined) {
    const parsed = parseLprRows(content.lprOneYear);
    if ('problem' in parsed) throw refused(parsed.problem, 'lprOneYear');
    lpr = packageLprSeries(parsed.rows, null);
  }
  if (content.riskRuleSet !== undefined) {
    try {
      // Checked on the LPR it will run on: the package's own, or the shipped rows when it brings none.
      parseRuleSet(content.riskRuleSet, catalogue, lpr);
    } catch (err) {
      throw refused(err instanceof KioskError ? JSON.stringify(err.details) : String(err), 'riskRuleSet');
    }
  }
  if (content.restDays !== undefined) {
    const parsed = RestDaysFile.safeParse(content.restDays);
    if (!parsed.success) throw refused(`${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}`, 'restDays');
  }
}

/** The setting parts of a package, as a config patch. */
export const lawDataSettings = (content: LawData): Record<string, unknown> =>
  Object.fromEntries(LAW_DATA_SETTINGS.filter((k) => content[k] !== undefined).map((k) => [k, content[k]]));

/** Runs the config rules (fee ranges, court directory) on a config with the package's settings in it. */
export const settingsCheck =
  <C extends object>(
    config: C,
    parse: (c: unknown) => { success: true; data: C } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } },
    checks: ConfigCheck[],
  ) =>
  (parts: Record<string, unknown>): string | null => {
    const parsed = parse({ ...config, ...parts });
    if (!parsed.success) return `${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}`;
    for (const check of checks) {
      const problem = check(parsed.data as never);
      if (problem) return `${problem.field}: ${problem.problem}`;
    }
    return null;
  };

/** The signed text's body, once its Ed25519 signature is checked against the pinned public key. */
export function openSignedPackage(signed: unknown, publicKeyBase64: string): DataPackageBody {
  const envelope = SignedDataPackage.safeParse(signed);
  if (!envelope.success) throw refused('not a signed package');
  let key;
  try {
    key = createPublicKey({ key: Buffer.from(publicKeyBase64, 'base64'), format: 'der', type: 'spki' });
  } catch {
    throw refused('the pinned public key is not an Ed25519 key');
  }
  if (!verify(null, Buffer.from(envelope.data.body), key, Buffer.from(envelope.data.signature, 'base64')))
    throw refused('the signature does not match the pinned key');
  let raw: unknown;
  try {
    raw = JSON.parse(envelope.data.body);
  } catch {
    throw refused('the signed text is not JSON');
  }
  const body = DataPackageBody.safeParse(raw);
  if (!body.success) throw refused(`${body.error.issues[0]!.path.join('.')}: ${body.error.issues[0]!.message}`);
  return body.data;
}

/**
 * The packages kept in the data folder: law-data/current (in force), law-data/previous (the one
 * before). Each folder holds the package as signed, plus each file part under its loader's name.
 */
export class LawDataFolder {
  constructor(private readonly dir: string) {}

  private folder = (which: 'current' | 'previous' | 'incoming') => join(this.dir, which);

  /** The version in force, or null while the terminal runs on the data it shipped with. */
  version(): string | null {
    const file = join(this.folder('current'), 'package.json');
    if (!existsSync(file)) return null;
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  }

  /** The package's copy of a file part, or the shipped file when no package carries it. */
  fileFor(part: keyof typeof LAW_DATA_FILES, shipped: string): string {
    return this.installedFile(part) ?? shipped;
  }

  /** The package's copy of a file part; null when the package in force (or none) carries no such part. */
  installedFile(part: keyof typeof LAW_DATA_FILES): string | null {
    const file = join(this.folder('current'), LAW_DATA_FILES[part]);
    return existsSync(file) ? file : null;
  }

  /** Writes the package beside the current one, then swaps: a crash leaves the old or the new, never half. */
  install(body: DataPackageBody, signed: SignedDataPackage): void {
    mkdirSync(this.dir, { recursive: true });
    const incoming = this.folder('incoming');
    rmSync(incoming, { recursive: true, force: true });
    mkdirSync(incoming);
    for (const [part, name] of Object.entries(LAW_DATA_FILES) as [keyof typeof LAW_DATA_FILES, string][]) {
      if (body.content[part] !== undefined) writeFileSync(join(incoming, name), JSON.stringify(body.content[part], null, 2));
    }
    writeFileSync(join(incoming, 'signed.json'), JSON.stringify(signed));
    writeFileSync(join(incoming, 'package.json'), JSON.stringify({ version: body.version, publishedAt: body.publishedAt }));
    rmSync(this.folder('previous'), { recursive: true, force: true });
    if (existsSync(this.folder('current'))) renameSync(this.folder('current'), this.folder('previous'));
    renameSync(incoming, this.folder('current'));
  }

  /** Puts the previous package back in force; false when there is none. */
  fallBack(): boolean {
    if (!existsSync(this.folder('previous'))) return false;
    rmSync(this.folder('current'), { recursive: true, force: true });
    renameSync(this.folder('previous'), this.folder('current'));
    return true;
  }
}
