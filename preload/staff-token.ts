// The staff session token a bridge carries for a signed-in helper or admin (the story is beside
// Access in contract/). Learnt from staff.signIn's answer, dropped on sign-out or as soon
// as main says the session has lapsed; kept in memory only, so a reload signs staff out.
import type { Envelope, MethodName } from '../contract';

export interface StaffTokenHolder {
  current(): string | undefined;
  /** Looks at every answer from main for the token's arrival or end. */
  observe(method: MethodName, envelope: Envelope<unknown>): void;
}

export function staffTokenHolder(): StaffTokenHolder {
  let token: string | undefined;
  return {
    current: () => token,
    observe(method, envelope) {
      if (method === 'staff.signIn' && envelope.ok) token = (envelope.value as { token: string }).token;
      else if (method === 'staff.signOut' || (method === 'staff.whoami' && envelope.ok && envelope.value === null)) token = undefined;
      else if (!envelope.ok && envelope.error.details?.['reason'] === 'sessionExpired') token = undefined;
    },
  };
}
