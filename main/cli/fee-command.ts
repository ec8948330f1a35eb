// `cli fee quote --json '<input>'`: the fee calculator as a stable interface for scripts and outside
// checks. Prints {"fee", "breakdown"} and exits 0, or {"error": {code, message}} and exits 2.
import { dispatch } from '../shared/dispatch';
import { KioskError } from '../services/errors';
import { jsonCommand } from './json-command';

export const feeCommand = jsonCommand('fee', 'quote', '{"kind":"property","amount":"150000"}', async (input, kiosk, log) => {
  // The contract's own envelope check would hide the calculator's precise codes behind
  // INVALID_INPUT, so the request goes through as given and the calculator judges it.
  const result = await dispatch(kiosk.handlers, 'fees.quote', input, log);
  if (!result.ok) throw new KioskError(result.error.code, result.error.messageKey, result.error.details);
  const { fee, breakdown } = result.value as { fee: string; breakdown: unknown[] };
  return { fee, breakdown };
});
