// The terminal's identity at the court's hub, from enrolment: the hub's address, its id, the HMAC
// secret and the pinned key law-data packages must be signed with. Kept in a file only the kiosk's
// user can read (0600); no file means the terminal is not enrolled and runs alone, as before.
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { EnrolReply } from '../../../contract/hub-protocol';

export const HubIdentity = EnrolReply.extend({ hubUrl: z.url({ protocol: /^https?$/ }) });
export type HubIdentity = z.infer<typeof HubIdentity>;

export const hubFiles = (dataDir: string) => ({
  identity: join(dataDir, 'hub', 'identity.json'),
  applied: join(dataDir, 'hub', 'applied.json'),
  lawData: join(dataDir, 'law-data'),
});

export function readHubIdentity(file: string): HubIdentity | null {
  if (!existsSync(file)) return null;
  return HubIdentity.parse(JSON.parse(readFileSync(file, 'utf8')));
}

export function writeHubIdentity(file: string, identity: HubIdentity): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.tmp`;
  writeFileSync(temp, JSON.stringify(identity, null, 2), { mode: 0o600 });
  // mode applies only to a new file; a leftover temp file keeps whatever it had.
  chmodSync(temp, 0o600);
  renameSync(temp, file);
}

/** The configuration version this terminal last applied from the hub (null: none yet). */
export function readAppliedConfigVersion(file: string): number | null {
  if (!existsSync(file)) return null;
  return (JSON.parse(readFileSync(file, 'utf8')) as { configVersion: number | null }).configVersion;
}

export function writeAppliedConfigVersion(file: string, configVersion: number): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify({ configVersion }));
  renameSync(`${file}.tmp`, file);
}
