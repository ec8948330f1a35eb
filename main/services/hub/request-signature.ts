// How a terminal proves who it is to the hub: an HMAC-SHA256 over the method, the path with its
// query, a timestamp and the body's hash, with the secret from enrolment. The hub refuses a request
// whose time is outside the replay window, so a captured request cannot be sent again later.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADERS = { terminal: 'x-hub-terminal', time: 'x-hub-time', signature: 'x-hub-signature' } as const;

/** How far a request's time may be from the hub's clock, either way. */
export const REPLAY_WINDOW_MS = 5 * 60_000;

export function requestSignature(secret: string, method: string, path: string, time: string, body: string): string {
  const bodyHash = createHash('sha256').update(body).digest('hex');
  return createHmac('sha256', Buffer.from(secret, 'hex')).update(`${method.toUpperCase()}\n${path}\n${time}\n${bodyHash}`).digest('hex');
}

export function signedHeaders(identity: { terminalId: string; secret: string }, method: string, path: string, body: string, now: Date): Record<string, string> {
  const time = String(now.getTime());
  return {
    [SIGNATURE_HEADERS.terminal]: identity.terminalId,
    [SIGNATURE_HEADERS.time]: time,
    [SIGNATURE_HEADERS.signature]: requestSignature(identity.secret, method, path, time, body),
  };
}

export type SignatureVerdict = 'ok' | 'stale' | 'bad';

export function checkSignature(secret: string, method: string, path: string, body: string, time: string, signature: string, now: Date): SignatureVerdict {
  const at = Number(time);
  if (!/^\d{1,15}$/.test(time) || Math.abs(now.getTime() - at) > REPLAY_WINDOW_MS) return 'stale';
  const expected = Buffer.from(requestSignature(secret, method, path, time, body), 'hex');
  const given = Buffer.from(/^[0-9a-f]{64}$/.test(signature) ? signature : '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected) ? 'ok' : 'bad';
}

/**
 * The token the updater sends for its feed: electron-updater can add fixed headers but cannot sign
 * each request, so the feed gets a key derived from the secret, good only for reading updates.
 */
export const updateFeedToken = (secret: string): string => createHmac('sha256', Buffer.from(secret, 'hex')).update('update-feed').digest('hex');
