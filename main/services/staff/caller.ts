// Who is calling a contract method, and whether they may: the rule main/shared/dispatch.ts applies to every
// call before its handler runs (the story is beside `Access` in contract/).
import type { Access, KioskErrorShape, MethodName, StaffRole } from '../../../contract';

export type Caller =
  /** Anyone at the screen. expired: the call carried a staff token that has lapsed. */
  | { kind: 'litigant'; expired?: boolean }
  | { kind: 'staff'; staffId: string; role: StaffRole; mustChangePin: boolean; token: string }
  /** Code in main itself, the CLI and tests: whoever can open the data folder already holds every right. */
  | { kind: 'operator' };

/** What a handler is told about its call, as its second argument. */
export interface CallContext {
  caller: Caller;
}

export const LITIGANT: Caller = { kind: 'litigant' };
export const OPERATOR: Caller = { kind: 'operator' };
export const OPERATOR_CALL: CallContext = { caller: OPERATOR };

/** The name the audit log gives a caller. */
export const actorOf = (caller: Caller): string => (caller.kind === 'staff' ? caller.staffId : caller.kind === 'operator' ? 'cli' : 'litigant');

/** What a staff member who must first change their PIN may still call beyond public methods. */
const WHILE_PIN_MUST_CHANGE: readonly MethodName[] = ['staff.changePin'];

/** null: the call may go ahead; otherwise the refusal to send back. */
export function refusal(caller: Caller, method: MethodName, access: Access): KioskErrorShape | null {
  if (access === 'public' || caller.kind === 'operator') return null;
  if (caller.kind === 'litigant') {
    return {
      code: 'FORBIDDEN',
      messageKey: 'staff.errors.forbidden',
      details: { method, required: access, ...(caller.expired ? { reason: 'sessionExpired' } : {}) },
    };
  }
  if (caller.mustChangePin && !WHILE_PIN_MUST_CHANGE.includes(method))
    return { code: 'PIN_CHANGE_REQUIRED', messageKey: 'staff.errors.pinChangeRequired', details: { method } };
  if (access === 'admin' && caller.role !== 'admin') return { code: 'FORBIDDEN', messageKey: 'staff.errors.forbidden', details: { method, required: access } };
  return null;
}
