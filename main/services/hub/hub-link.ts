// The terminal's side of the court's hub: enrol with a one-time code, then on a timer send a signed
// heartbeat, pull the configuration the hub wants when its version moves, and fetch a newer law-data
// package. The hub being away changes nothing here: the terminal keeps its last good configuration
// and data and tries again on the next beat.
import { z } from 'zod';
import type { CaseType, HubLinkStatus } from '../../../contract';
import { DesiredConfig, EnrolReply, type Heartbeat, HeartbeatReply, SignedDataPackage } from '../../../contract/hub-protocol';
import type { Clock } from '../clock';
import { KioskError } from '../errors';
import { hubFiles, type HubIdentity, readAppliedConfigVersion, readHubIdentity, writeAppliedConfigVersion, writeHubIdentity } from './hub-identity';
import { checkLawData, LawDataFolder, lawDataSettings, openSignedPackage } from './law-data';
import { signedHeaders } from './request-signature';

/** What the heartbeat says about the terminal, gathered by the composition root. */
export type TerminalHealth = Omit<Heartbeat, 'softwareVersion' | 'configVersion' | 'dataVersion'>;

export interface HubLinkDeps {
  dataDir: string;
  clock: Clock;
  softwareVersion: string;
  health: () => Promise<TerminalHealth>;
  /** The audited config.set, acting as the hub: the same path an admin's change takes. */
  applyConfig: (patch: Record<string, unknown>) => Promise<void>;
  catalogue: readonly CaseType[];
  log: (message: string, context?: Record<string, unknown>) => void;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

const unreachable = (detail: string) => new KioskError('HUB_UNAVAILABLE', 'hub.errors.unavailable', { detail });

export class HubLink {
  readonly lawData: LawDataFolder;
  private readonly files: ReturnType<typeof hubFiles>;

  constructor(private readonly deps: HubLinkDeps) {
    this.files = hubFiles(deps.dataDir);
    this.lawData = new LawDataFolder(this.files.lawData);
  }

  identity(): HubIdentity | null {
    return readHubIdentity(this.files.identity);
  }

  /** What the admin console shows: enrolled where, and the configuration and data versions in force. */
  status(): HubLinkStatus {
    const identity = this.identity();
    return {
      enrolled: identity !== null,
      hubUrl: identity?.hubUrl ?? null,
      site: identity?.site ?? null,
      group: identity?.group ?? null,
      configVersion: readAppliedConfigVersion(this.files.applied),
      dataVersion: this.lawData.version(),
    };
  }

  /** Trades a one-time code for this terminal's identity; the secret goes straight into a 0600 file. */
  async enrol(hubUrl: string, code: string, terminalId: string): Promise<{ terminalId: string; site: string; group: string }> {
    const url = z.url({ protocol: /^https?$/ }).safeParse(hubUrl);
    if (!url.success) throw new KioskError('INVALID_INPUT', 'hub.errors.badUrl', { field: 'url' });
    const res = await this.send(url.data, 'POST', '/terminal/v1/enrol', JSON.stringify({ code, terminalId }), null);
    if (!res.ok) throw await refusal(res);
    const reply = EnrolReply.parse(await res.json());
    writeHubIdentity(this.files.identity, { ...reply, hubUrl: url.data });
    return { terminalId: reply.terminalId, site: reply.site, group: reply.group };
  }

  /** One beat: report health, then catch up with the configuration and data the hub answers with. */
  async beat(): Promise<HeartbeatReply> {
    const identity = this.requireIdentity();
    const beat: Heartbeat = {
      ...(await this.deps.health()),
      softwareVersion: this.deps.softwareVersion,
      configVersion: readAppliedConfigVersion(this.files.applied),
      dataVersion: this.lawData.version(),
    };
    const reply = HeartbeatReply.parse(await this.signed(identity, 'POST', '/terminal/v1/heartbeat', beat));
    if (reply.configVersion > (beat.configVersion ?? 0)) await this.pullConfig(identity);
    // A refused package is logged by pullData; the beat itself went through.
    if (reply.dataVersion !== null && reply.dataVersion !== beat.dataVersion) await this.pullData(identity).catch(() => null);
    return reply;
  }

  /** Applies the hub's configuration; a change this terminal refuses is logged, and its current one kept. */
  async pullConfig(identity = this.requireIdentity()): Promise<number> {
    const desired = DesiredConfig.parse(await this.signed(identity, 'GET', '/terminal/v1/config'));
    try {
      if (Object.keys(desired.patch).length) await this.deps.applyConfig(desired.patch);
      writeAppliedConfigVersion(this.files.applied, desired.version);
    } catch (err) {
      this.deps.log('hub configuration refused', { version: desired.version, error: err instanceof KioskError ? err.details : String(err) });
    }
    return desired.version;
  }

  /** Verifies, checks and installs the newest package; a package that fails any check changes nothing. */
  async pullData(identity = this.requireIdentity()): Promise<string | null> {
    const { package: signed } = z.object({ package: SignedDataPackage.nullable() }).parse(await this.signed(identity, 'GET', '/terminal/v1/data-package'));
    if (!signed) return null;
    try {
      const body = openSignedPackage(signed, identity.dataPublicKey);
      checkLawData(body.content, this.deps.catalogue);
      // Settings first: config.set refuses them whole, before any file part is swapped in.
      const settings = lawDataSettings(body.content);
      if (Object.keys(settings).length) await this.deps.applyConfig(settings);
      this.lawData.install(body, signed);
      return body.version;
    } catch (err) {
      this.deps.log('law-data package refused', { error: err instanceof KioskError ? err.details : String(err) });
      throw err;
    }
  }

  private requireIdentity(): HubIdentity {
    const identity = this.identity();
    if (!identity) throw new KioskError('HUB_NOT_ENROLLED', 'hub.errors.notEnrolled');
    return identity;
  }

  private async signed(identity: HubIdentity, method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
    const text = body === undefined ? '' : JSON.stringify(body);
    const res = await this.send(identity.hubUrl, method, path, text, identity);
    if (!res.ok) throw await refusal(res);
    return res.json();
  }

  private async send(hubUrl: string, method: string, path: string, body: string, identity: HubIdentity | null): Promise<Response> {
    const url = new URL(path, hubUrl);
    const headers = {
      'content-type': 'application/json',
      ...(identity ? signedHeaders(identity, method, `${url.pathname}${url.search}`, body, this.deps.clock.now()) : {}),
    };
    try {
      return await (this.deps.fetch ?? fetch)(url, {
        method,
        headers,
        ...(method === 'GET' ? {} : { body }),
        signal: AbortSignal.timeout(this.deps.timeoutMs ?? 10_000),
      });
    } catch (err) {
      throw unreachable(String(err));
    }
  }
}

/** The hub's refusal as a KioskError with its code, so the screen and the CLI can say why. */
async function refusal(res: Response): Promise<KioskError> {
  const body = (await res.json().catch(() => null)) as { error?: { code?: string; details?: Record<string, unknown> } } | null;
  const code = body?.error?.code ?? `HTTP_${res.status}`;
  const known: Record<string, string> = {
    CODE_REFUSED: 'hub.errors.codeRefused',
    TERMINAL_ID_TAKEN: 'hub.errors.idTaken',
    TERMINAL_REVOKED: 'hub.errors.revoked',
  };
  return new KioskError(`HUB_${code}`, known[code] ?? 'hub.errors.unavailable', { status: res.status, ...(body?.error?.details ?? {}) });
}
