// Calls through the contract as a given staff member, the way the shells resolve a staff token,
// and a ready admin and helper for tests that need someone signed in.
import type { MethodInput, MethodName } from '../../../contract';
import type { Kiosk } from '../../../main/services/kiosk';
import { DEFAULT_ADMIN } from '../../../main/services/staff/staff-service';
import { reply, replyAs } from './contract-call';

export const ADMIN_PIN = '730155';
export const HELPER = { staffId: 'h01', name: '王芳', pin: '639027' } as const;

export function staffCalls(kiosk: Pick<Kiosk, 'handlers' | 'staff'>) {
  /** Without a token, the call is a litigant's. */
  const call = <M extends MethodName>(method: M, input: MethodInput<M>, token?: string) => replyAs(kiosk, method, input, token);
  /** As the CLI calls: whoever holds the data folder. */
  const operator = <M extends MethodName>(method: M, input: MethodInput<M>) => reply(kiosk, method, input);
  const signIn = async (pin: string, staffId: string): Promise<string> => {
    const reply = await call('staff.signIn', { pin, staffId });
    if (!reply.ok) throw new Error(`sign-in refused: ${JSON.stringify(reply.error)}`);
    return reply.value.token;
  };
  /** The default admin with its PIN changed, and helper h01 with its first PIN changed; both signed in. */
  const staffReady = async (): Promise<{ admin: string; helper: string }> => {
    const admin = await signIn(DEFAULT_ADMIN.pin, 'admin');
    await call('staff.changePin', { currentPin: DEFAULT_ADMIN.pin, newPin: ADMIN_PIN }, admin);
    await call('staff.add', { staffId: HELPER.staffId, name: HELPER.name, role: 'helper', pin: '482913' }, admin);
    const helper = await signIn('482913', HELPER.staffId);
    await call('staff.changePin', { currentPin: '482913', newPin: HELPER.pin }, helper);
    return { admin, helper };
  };
  return { call, operator, signIn, staffReady };
}
