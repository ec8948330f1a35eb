// A refusal the hub gives on purpose: an HTTP status, a stable code, and the console's message key.
export class HubError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageKey: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(`${code}: ${messageKey}`);
  }
}

export const badInput = (field: string, problem: string) => new HubError(400, 'BAD_INPUT', 'errors.badInput', { field, problem });
