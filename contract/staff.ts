// Staff (helpers and admins), and who entered a draft field (main/services/staff).
import { z } from 'zod';
import { method } from './method';
import { Empty, FreeText } from './shapes';

export const StaffRole = z.enum(['helper', 'admin']);
export type StaffRole = z.infer<typeof StaffRole>;
export const StaffId = z.string().regex(/^[a-z0-9][a-z0-9-]{1,31}$/, 'lower-case letters, digits and -, 2 to 32');
/** Digits only, so the PIN pad is all a staff member needs. */
export const StaffPin = z.string().regex(/^\d{6,12}$/, 'a PIN of 6 to 12 digits');

/**
 * PINs anyone would try first: one digit repeated, or a run up or down (123456, 987654). Here so main
 * refuses them and the PIN pad warns at the first entry, by one rule.
 */
export function isGuessablePin(pin: string): boolean {
  const digits = [...pin].map(Number);
  const steps = new Set(digits.slice(1).map((d, i) => (d - digits[i]! + 10) % 10));
  return steps.size === 1 && [0, 1, 9].includes([...steps][0]!);
}

/** The staff member signed in at the screen; expiresAt moves on with every call they make. */
export const StaffSession = z.object({ staffId: StaffId, name: z.string(), role: StaffRole, mustChangePin: z.boolean(), expiresAt: z.string() });
export type StaffSession = z.infer<typeof StaffSession>;

export const StaffAccount = z.object({
  staffId: StaffId,
  name: z.string(),
  role: StaffRole,
  enabled: z.boolean(),
  mustChangePin: z.boolean(),
  /** Set after 5 wrong PINs in a row, for 5 minutes, then longer after each further wrong PIN. */
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
});
export type StaffAccount = z.infer<typeof StaffAccount>;

/** Who typed a draft field: the litigant, or the helper assisting them (帮办人). */
export const FieldProvenance = z.object({ by: z.enum(['litigant', 'helper']), staffId: StaffId.nullable(), at: z.string() });
export type FieldProvenance = z.infer<typeof FieldProvenance>;

export const staffMethods = {
  /** Whom the PIN pad offers: enabled accounts. The pad picks the person first, so wrong PINs lock that account only. */
  'staff.roster': method(Empty, z.object({ staff: z.array(z.object({ staffId: StaffId, name: z.string() })) })),
  /** Wrong PINs are counted against the named account alone (issue #15). */
  'staff.signIn': method(z.object({ pin: z.string().max(32), staffId: StaffId }).strict(), StaffSession.extend({ token: z.string() })),
  'staff.signOut': method(Empty, z.object({ signedOut: z.boolean() })),
  /** The staff member this call's token belongs to, or null (a litigant, or a lapsed session). */
  'staff.whoami': method(Empty, StaffSession.nullable()),
  'staff.changePin': method(z.object({ currentPin: z.string().max(32), newPin: StaffPin }).strict(), StaffSession, 'helper'),
  'staff.list': method(Empty, z.object({ accounts: z.array(StaffAccount) }), 'admin'),
  /** A new account must change the PIN it was given at its first sign-in. */
  'staff.add': method(z.object({ staffId: StaffId, name: FreeText(40, { min: 1 }), role: StaffRole, pin: StaffPin }).strict(), StaffAccount, 'admin'),
  /** Gives a new PIN to be changed at the next sign-in, and lifts a lock-out. */
  'staff.resetPin': method(z.object({ staffId: StaffId, pin: StaffPin }).strict(), StaffAccount, 'admin'),
  /** Lifts a lock-out from wrong PINs. */
  'staff.unlock': method(z.object({ staffId: StaffId }).strict(), StaffAccount, 'admin'),
  /** Refused for one's own account (STAFF_SELF) and for the last enabled admin (LAST_ADMIN). */
  'staff.setEnabled': method(z.object({ staffId: StaffId, enabled: z.boolean() }).strict(), StaffAccount, 'admin'),
} as const;
