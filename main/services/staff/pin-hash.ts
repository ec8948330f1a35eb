// Staff PINs at rest: scrypt with a fresh random salt per PIN, stored as one self-describing text
// (scrypt$N$r$p$salt$key) so the cost can be raised later without breaking stored PINs.
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const scrypt = (pin: string, salt: Buffer, keyLength: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => scryptCallback(pin, salt, keyLength, options, (err, key) => (err ? reject(err) : resolve(key))));

// N = 2^14, r = 8, p = 1: the interactive-login figures of the scrypt paper, about 50 ms here.
const COST = { N: 16384, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
const SALT_BYTES = 16;

export async function hashPin(pin: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await scrypt(pin, salt, KEY_BYTES, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Compares in constant time; a malformed stored hash never matches. */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scrypt(pin, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p) });
  return timingSafeEqual(actual, expected);
}

/** Hashed once at start: checked when no account matches, so a wrong staff id takes as long as a wrong PIN. */
export const decoyHash = (): Promise<string> => hashPin(randomBytes(8).toString('hex'));
