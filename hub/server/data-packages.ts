// Law-data packages: an admin publishes rule sets, calendars, rates and settings as a versioned
// package; the hub checks it with the kiosk's own loaders, signs the exact text with its Ed25519 key,
// and terminals fetch the newest. The signing key lives in a 0600 file beside the hub's data.
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataPackageBody, LawData as LawDataSchema, DataVersion, type LawData, type SignedDataPackage } from '../../contract/hub-protocol';
import { checkLawData, lawDataSettings } from '../../main/services/hub/law-data';
import { hundredthsToPercent, percentToHundredths } from '../../main/services/cases/interest-ceiling';
import { LPR_DATES_MUST_RISE, SHIPPED_LPR } from '../../main/services/cases/lpr-series';
import { KioskError } from '../../main/services/errors';
import type { CaseType } from '../../contract';
import { HubError } from './hub-error';
import { packageRefused, schemaRefusal } from './package-refusal';
import type { HubStore } from './store';

export interface SigningKey {
  privateKey: KeyObject;
  /** SPKI DER, base64: what terminals pin. */
  publicKeyBase64: string;
}

/** The hub's signing key from its file, made on first start. */
export function loadSigningKey(file: string): SigningKey {
  if (!existsSync(file)) {
    const { privateKey } = generateKeyPairSync('ed25519');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
  }
  const privateKey = createPrivateKey(readFileSync(file));
  return { privateKey, publicKeyBase64: createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).toString('base64') };
}

export class DataPackages {
  constructor(
    private readonly db: HubStore,
    private readonly now: () => Date,
    private readonly key: SigningKey,
    private readonly catalogue: readonly CaseType[],
    private readonly settingsProblem: (parts: Record<string, unknown>) => string | null,
  ) {}

  async publish(input: { version: unknown; content: unknown }, by: string): Promise<{ version: string }> {
    const version = DataVersion.safeParse(input.version);
    if (!version.success) throw new HubError(400, 'BAD_VERSION', 'errors.badVersion');
    const content = LawDataSchema.safeParse(input.content);
    if (!content.success) throw schemaRefusal(content.error.issues[0]!, input.content);
    if (Object.keys(content.data).length === 0) throw packageRefused({ part: null, at: [], reason: 'empty', detail: 'empty package' });
    try {
      checkLawData(content.data, this.catalogue);
    } catch (err) {
      if (!(err instanceof KioskError)) throw err;
      const { part = null, partProblem = String(err.details?.problem) } = (err.details ?? {}) as { part?: string; partProblem?: string };
      throw packageRefused({ part, at: [], reason: partProblem === LPR_DATES_MUST_RISE ? 'datesMustRise' : 'failsCheck', detail: partProblem });
    }
    const settingsProblem = this.settingsProblem(lawDataSettings(content.data));
    // "fees.bases.divorce: …": the part is the setting's first key.
    if (settingsProblem) throw packageRefused({ part: settingsProblem.split(/[.:]/)[0]!, at: [], reason: 'failsCheck', detail: settingsProblem });
    const [newest] = await this.db.query<{ version: string }>('SELECT version FROM data_packages ORDER BY published_at DESC LIMIT 1');
    if (newest && compareVersions(version.data, newest.version) <= 0)
      throw new HubError(409, 'VERSION_NOT_NEWER', 'errors.versionNotNewer', { newest: newest.version });
    const body = JSON.stringify(DataPackageBody.parse({ version: version.data, publishedAt: this.now().toISOString(), content: content.data }));
    const signature = sign(null, Buffer.from(body), this.key.privateKey).toString('base64');
    await this.db.query('INSERT INTO data_packages (version, published_at, published_by, body, signature) VALUES ($1, $2, $3, $4, $5)', [
      version.data,
      this.now().toISOString(),
      by,
      body,
      signature,
    ]);
    return { version: version.data };
  }

  /**
   * What the console's editor opens with: the package in force, so the next one is an edit of it (a
   * terminal replaces its package whole); before any, the LPR rows terminals ship with, in package form.
   */
  async draft(): Promise<LawData> {
    const [newest] = await this.db.query<{ body: string }>('SELECT body FROM data_packages ORDER BY published_at DESC LIMIT 1');
    if (newest) return DataPackageBody.parse(JSON.parse(newest.body)).content;
    return { lprOneYear: SHIPPED_LPR.rows.map((row) => ({ ...row, percent: hundredthsToPercent(percentToHundredths(row.percent)!) })) };
  }

  async latest(): Promise<SignedDataPackage | null> {
    const [row] = await this.db.query<{ body: string; signature: string }>('SELECT body, signature FROM data_packages ORDER BY published_at DESC LIMIT 1');
    return row ? { body: row.body, signature: row.signature } : null;
  }

  async list(): Promise<{ version: string; publishedAt: string; publishedBy: string; parts: string[] }[]> {
    const rows = await this.db.query<{ version: string; published_at: string; published_by: string; body: string }>(
      'SELECT version, published_at, published_by, body FROM data_packages ORDER BY published_at DESC',
    );
    return rows.map((r) => ({
      version: r.version,
      publishedAt: r.published_at,
      publishedBy: r.published_by,
      parts: Object.keys((JSON.parse(r.body) as { content: object }).content),
    }));
  }
}

/** 2027.1.10 after 2027.1.9: versions compare part by part as numbers. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}
