// Calls the contract in unit tests the way the shells do, through dispatch (access, input and output
// checked), typed by the contract table so a renamed method or a changed shape fails to compile.
// Without a caller the call is the operator's, as the CLI makes it; staff-calls.ts calls as a token's owner.
import type { Envelope, MethodInput, MethodName, MethodOutput } from '../../../contract';
import type { Kiosk } from '../../../main/services/kiosk';
import { dispatch } from '../../../main/shared/dispatch';
import { OPERATOR, type Caller } from '../../../main/services/staff/caller';

type Callee = Pick<Kiosk, 'handlers'>;
type StaffCallee = Pick<Kiosk, 'handlers' | 'staff'>;
const quiet = () => undefined;

/** The reply as a shell gets it: for asserting what a refusal says. */
export const reply = <M extends MethodName>(kiosk: Callee, method: M, input: MethodInput<M>, caller: Caller = OPERATOR) =>
  dispatch(kiosk.handlers, method, input, quiet, caller) as Promise<Envelope<MethodOutput<M>>>;

/** The value of a call that must succeed; a refusal rejects with an Error carrying its code, messageKey and details. */
export async function call<M extends MethodName>(kiosk: Callee, method: M, input: MethodInput<M>, caller: Caller = OPERATOR): Promise<MethodOutput<M>> {
  const answer = await reply(kiosk, method, input, caller);
  if (!answer.ok) throw Object.assign(new Error(`${method} refused: ${JSON.stringify(answer.error)}`), answer.error);
  return answer.value;
}

/** As a shell calls: as whoever holds the staff token, or, without one, as the litigant at the screen. */
export const replyAs = async <M extends MethodName>(kiosk: StaffCallee, method: M, input: MethodInput<M>, token?: string) =>
  reply(kiosk, method, input, await kiosk.staff.resolve(token));

/** A call the contract's types forbid (an unknown method, malformed input), to see the edge refuse it. */
export const rawReply = (kiosk: Callee, method: string, input: unknown, caller: Caller = OPERATOR): Promise<Envelope<unknown>> =>
  dispatch(kiosk.handlers, method, input, quiet, caller);
