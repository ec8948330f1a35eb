// Exponential backoff with jitter, so a hundred kiosks that lost the court at the same moment do
// not all knock again at the same moment when it comes back.

export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
  /** A number in [0, 1); passed in so tests can fix it. */
  random: () => number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 2_000, maxMs: 10 * 60_000, random: Math.random };

/** The wait before attempt number `attempts + 1`: half fixed, half random ("equal jitter"). */
export function backoffDelay(attempts: number, policy: BackoffPolicy): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + (policy.random() * ceiling) / 2);
}
