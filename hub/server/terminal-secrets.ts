// Terminal HMAC secrets at rest: sealed with AES-256-GCM under the hub's master key, which lives
// outside the database (HUB_SECRET_KEY, or a 0600 key file in the hub's data folder), so a dump of
// the database alone cannot sign as a terminal. The terminal's id is bound in as associated data:
// a sealed secret copied onto another terminal's row does not open.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** The format's version first, so a later format can be told apart from this one. */
const PREFIX = 'v1.';

export class TerminalSecrets {
  constructor(private readonly key: Buffer) {
    if (key.length !== KEY_BYTES) throw new Error(`the hub's secret key must be ${KEY_BYTES} bytes`);
  }

  seal(terminalId: string, secret: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(terminalId, 'utf8'));
    const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return `${PREFIX}${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  /** The secret; throws when the text was not sealed for this terminal under this key. */
  open(terminalId: string, sealed: string): string {
    if (!sealed.startsWith(PREFIX)) throw new Error('not a sealed terminal secret');
    const raw = Buffer.from(sealed.slice(PREFIX.length), 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(terminalId, 'utf8'));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }
}

/** 32 bytes as 64 hex digits or as base64, from HUB_SECRET_KEY or the key file. */
function parseKey(text: string, where: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== KEY_BYTES) throw new Error(`${where}: the hub's secret key must be ${KEY_BYTES} bytes, as 64 hex digits or base64`);
  return key;
}

/**
 * The master key: HUB_SECRET_KEY when set (production, several hub processes share it), else the
 * key file, made 0600 on first start. A key file others can read is refused, as a leaked key is.
 */
export function loadSecretKey(source: { env?: string | undefined; file: string }): Buffer {
  if (source.env) return parseKey(source.env, 'HUB_SECRET_KEY');
  if (!existsSync(source.file)) {
    mkdirSync(dirname(source.file), { recursive: true });
    // 'wx': two hubs starting at once on one folder must not each write a different key.
    try {
      writeFileSync(source.file, `${randomBytes(KEY_BYTES).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  if ((statSync(source.file).mode & 0o077) !== 0) throw new Error(`${source.file}: the hub's secret key file must be readable by its owner only (chmod 600)`);
  return parseKey(readFileSync(source.file, 'utf8'), source.file);
}
