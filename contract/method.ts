// How a contract method is declared: its input, its output and who may call it.
import { z } from 'zod';

// Who may call a method: 'public', anyone at the screen (a litigant); 'helper', a signed-in helper
// or admin; 'admin', an admin only. The third argument of method(); left out, a method is public.
//
// How a staff session travels (docs/DESIGN.md §9): staff.signIn checks the PIN and answers with a token. The
// renderer's bridge (preload/index.ts over IPC, preload/web.ts over HTTP) keeps that token and sends
// it with every call — as the second IPC argument, or the x-kiosk-staff header — and forgets it on
// staff.signOut or when main answers FORBIDDEN with details.reason 'sessionExpired'. main/shared/dispatch.ts
// resolves the token to the caller (a call with no live token is the litigant's) and refuses with
// FORBIDDEN a method whose access the caller lacks; handlers get the caller as a second argument.
// A staff session lapses after half the litigant's idle timeout without a call. A staff member who
// must change their PIN (the default admin on first start) may call only public methods and
// staff.changePin until they have (PIN_CHANGE_REQUIRED). Every staff-level call is audited.
export const Access = z.enum(['public', 'helper', 'admin']);
export type Access = z.infer<typeof Access>;

export const method = <I extends z.ZodType, O extends z.ZodType, A extends Access = 'public'>(input: I, output: O, access: A = 'public' as A) => ({
  input,
  output,
  access,
});
