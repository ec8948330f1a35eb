// The console's calls to the hub's /api: JSON in and out, the session in an HttpOnly cookie, and a
// refusal turned into an error carrying the hub's message key and details for the screen to say.
export class HubApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageKey: string,
    readonly details: Record<string, unknown>,
  ) {
    super(code);
  }
}

export async function api<T>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api/${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new HubApiError(0, 'NETWORK', 'errors.network', {});
  }
  const reply = (await res.json().catch(() => null)) as { error?: { code: string; messageKey: string; details?: Record<string, unknown> } } | null;
  if (!res.ok) throw new HubApiError(res.status, reply?.error?.code ?? 'HUB_FAULT', reply?.error?.messageKey ?? 'errors.fault', reply?.error?.details ?? {});
  return reply as T;
}

export const asApiError = (err: unknown): HubApiError => (err instanceof HubApiError ? err : new HubApiError(0, 'HUB_FAULT', 'errors.fault', {}));
