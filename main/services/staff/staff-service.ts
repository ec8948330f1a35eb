// Staff accounts (helpers and admins), PIN sign-in with lock-out, and the staff sessions that the
// shells resolve each call's token against. Sessions live in memory only: a restart signs everyone out.
import { randomBytes } from 'node:crypto';
import { isGuessablePin, type StaffAccount, type StaffRole, type StaffSession } from '../../../contract';
import { appendAudit } from '../audit/audit-log';
import type { Clock } from '../clock';
import { KioskError } from '../errors';
import { AttemptGuard } from '../storage/attempt-guard';
import type { Database, Queryable } from '../storage/database';
import { LITIGANT, type Caller } from './caller';
import { decoyHash, hashPin, verifyPin } from './pin-hash';

/**
 * 5 wrong PINs in a row lock that one account for 5 minutes (issue #8); each wrong PIN after a lock
 * locks it again for twice as long, up to a day, until a right PIN or an admin's unlock (issue #15).
 * Counted per account only: a litigant guessing at the pad must not lock every helper out.
 */
export const MAX_WRONG_PINS = 5;
export const LOCK_MS = 5 * 60_000;
export const MAX_LOCK_MS = 24 * 60 * 60_000;
const PIN_GUARD = { maxWrong: MAX_WRONG_PINS, lockMs: LOCK_MS, maxLockMs: MAX_LOCK_MS } as const;

/** Made on first start so a new terminal can be set up; its PIN must be changed at first sign-in. */
export const DEFAULT_ADMIN = { staffId: 'admin', name: 'Administrator', pin: '000000' } as const;

interface StaffRow {
  id: string;
  name: string;
  role: StaffRole;
  pin_hash: string;
  enabled: number;
  must_change_pin: number;
  created_at: string;
}

interface LiveSession {
  staffId: string;
  name: string;
  role: StaffRole;
  mustChangePin: boolean;
  lastSeen: number;
}

export interface StaffServiceOptions {
  db: Database;
  clock: Clock;
  /** How long a staff session lasts without a call; shorter than a litigant's visit. */
  idleMs: () => Promise<number>;
}

export class StaffService {
  private readonly sessions = new Map<string, LiveSession>();
  private decoy: Promise<string> | undefined;
  /** Sign-ins run one at a time: guesses fired in parallel would otherwise all pass the lock check before the fifth failure is counted. */
  private signInTail: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: StaffServiceOptions) {}

  private get db() {
    return this.options.db;
  }
  private now() {
    return this.options.clock.now();
  }

  /** Creates the default admin when there is no account at all. */
  async ensureDefaultAdmin(): Promise<void> {
    const any = await this.db.get<{ id: string }>('SELECT id FROM staff LIMIT 1');
    if (any) return;
    const pinHash = await hashPin(DEFAULT_ADMIN.pin);
    await this.db.transaction(async (tx) => {
      await this.insert(tx, { staffId: DEFAULT_ADMIN.staffId, name: DEFAULT_ADMIN.name, role: 'admin' }, pinHash);
      await appendAudit(tx, { at: this.now(), actor: 'system', action: 'staff.defaultAdminCreated', details: { staffId: DEFAULT_ADMIN.staffId } });
    });
  }

  // -------------------------------------------------------------------------------------------
  // Signing in and out

  signIn(pin: string, staffId: string): Promise<StaffSession & { token: string }> {
    const attempt = this.signInTail.then(() => this.trySignIn(pin, staffId));
    this.signInTail = attempt.catch(() => undefined);
    return attempt;
  }

  private async trySignIn(pin: string, staffId: string): Promise<StaffSession & { token: string }> {
    await this.refuseIfLocked(staffId);
    const candidates = await this.db.all<StaffRow>('SELECT * FROM staff WHERE enabled = 1 AND id = ?', [staffId]);
    const match = await this.matchPin(pin, candidates);
    if (!match) throw await this.wrongPin(staffId, 'litigant', staffId);
    await this.db.transaction(async (tx) => {
      await this.guard(match.id).passed(tx);
      await appendAudit(tx, {
        at: this.now(),
        actor: match.id,
        action: 'staff.signIn',
        details: { role: match.role, mustChangePin: match.must_change_pin === 1 },
      });
    });
    const token = randomBytes(32).toString('base64url');
    const session: LiveSession = {
      staffId: match.id,
      name: match.name,
      role: match.role,
      mustChangePin: match.must_change_pin === 1,
      lastSeen: this.now().getTime(),
    };
    this.sessions.set(token, session);
    return { ...(await this.describe(session)), token };
  }

  async signOut(caller: Caller): Promise<{ signedOut: boolean }> {
    if (caller.kind !== 'staff') return { signedOut: false };
    this.sessions.delete(caller.token);
    await this.record(caller.staffId, 'staff.signOut', {});
    return { signedOut: true };
  }

  /** The caller a token stands for; a lapsed one is forgotten and the call is the litigant's. */
  async resolve(token: string | undefined): Promise<Caller> {
    if (!token) return LITIGANT;
    const session = this.sessions.get(token);
    if (!session) return { kind: 'litigant', expired: true };
    const now = this.now().getTime();
    if (now - session.lastSeen > (await this.options.idleMs())) {
      this.sessions.delete(token);
      return { kind: 'litigant', expired: true };
    }
    session.lastSeen = now;
    return { kind: 'staff', staffId: session.staffId, role: session.role, mustChangePin: session.mustChangePin, token };
  }

  async whoami(caller: Caller): Promise<StaffSession | null> {
    const session = caller.kind === 'staff' ? this.sessions.get(caller.token) : undefined;
    return session ? this.describe(session) : null;
  }

  async changePin(caller: Caller, currentPin: string, newPin: string): Promise<StaffSession> {
    if (caller.kind !== 'staff') throw new KioskError('FORBIDDEN', 'staff.errors.forbidden', { method: 'staff.changePin', required: 'helper' });
    const row = await this.row(caller.staffId);
    if (!(await verifyPin(currentPin, row.pin_hash))) throw await this.wrongPin(row.id, row.id, row.id);
    if (newPin === currentPin) throw new KioskError('PIN_UNCHANGED', 'staff.errors.pinUnchanged');
    await this.setPin(row.id, newPin, false, caller.staffId, 'staff.changePin');
    for (const session of this.sessions.values()) if (session.staffId === row.id) session.mustChangePin = false;
    const session = this.sessions.get(caller.token);
    if (!session) throw new KioskError('FORBIDDEN', 'staff.errors.forbidden', { method: 'staff.changePin', required: 'helper', reason: 'sessionExpired' });
    return this.describe(session);
  }

  // -------------------------------------------------------------------------------------------
  // Accounts (admin)

  /** Whom the PIN pad offers to sign in: enabled accounts' names and staff numbers, nothing more. */
  async roster(): Promise<{ staffId: string; name: string }[]> {
    return this.db.all<{ staffId: string; name: string }>('SELECT id AS staffId, name FROM staff WHERE enabled = 1 ORDER BY name, id');
  }

  async list(): Promise<StaffAccount[]> {
    const rows = await this.db.all<StaffRow>('SELECT * FROM staff ORDER BY role, id');
    return Promise.all(rows.map((row) => this.account(row)));
  }

  async add(actor: string, account: { staffId: string; name: string; role: StaffRole; pin: string }): Promise<StaffAccount> {
    if (await this.db.get('SELECT id FROM staff WHERE id = ?', [account.staffId]))
      throw new KioskError('STAFF_EXISTS', 'staff.errors.exists', { staffId: account.staffId });
    await this.checkNewPin(account.pin, null);
    const pinHash = await hashPin(account.pin);
    await this.db.transaction(async (tx) => {
      await this.insert(tx, account, pinHash);
      await appendAudit(tx, { at: this.now(), actor, action: 'staff.add', details: { staffId: account.staffId, name: account.name, role: account.role } });
    });
    return this.account(await this.row(account.staffId));
  }

  /** A new PIN to be changed at the next sign-in; lifts a lock-out and ends the account's sessions. */
  async resetPin(actor: string, staffId: string, pin: string): Promise<StaffAccount> {
    await this.row(staffId);
    await this.setPin(staffId, pin, true, actor, 'staff.resetPin');
    this.endSessionsOf(staffId);
    return this.account(await this.row(staffId));
  }

  /** Lifts a lock-out and its growing delays, e.g. after a litigant guessed at a helper's PIN. */
  async unlock(actor: string, staffId: string): Promise<StaffAccount> {
    await this.row(staffId);
    await this.db.transaction(async (tx) => {
      await this.guard(staffId).passed(tx);
      await appendAudit(tx, { at: this.now(), actor, action: 'staff.unlock', details: { staffId } });
    });
    return this.account(await this.row(staffId));
  }

  async setEnabled(actor: string, staffId: string, enabled: boolean): Promise<StaffAccount> {
    const row = await this.row(staffId);
    if (!enabled && row.role === 'admin') {
      const admins = await this.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM staff WHERE role = 'admin' AND enabled = 1 AND id <> ?", [staffId]);
      // Without an enabled admin nobody could configure the terminal or leave kiosk mode again.
      if ((admins?.n ?? 0) === 0) throw new KioskError('LAST_ADMIN', 'staff.errors.lastAdmin', { staffId });
    }
    // Disabling oneself would end one's own session mid-task, with nobody there to undo a slip.
    if (!enabled && actor === staffId) throw new KioskError('STAFF_SELF', 'staff.errors.disableSelf', { staffId });
    await this.db.transaction(async (tx) => {
      await tx.run('UPDATE staff SET enabled = ?, updated_at = ? WHERE id = ?', [enabled ? 1 : 0, this.now().toISOString(), staffId]);
      await appendAudit(tx, { at: this.now(), actor, action: 'staff.setEnabled', details: { staffId, enabled } });
    });
    if (!enabled) this.endSessionsOf(staffId);
    return this.account(await this.row(staffId));
  }

  // -------------------------------------------------------------------------------------------

  private async describe(session: LiveSession): Promise<StaffSession> {
    const expiresAt = new Date(session.lastSeen + (await this.options.idleMs())).toISOString();
    return { staffId: session.staffId, name: session.name, role: session.role, mustChangePin: session.mustChangePin, expiresAt };
  }

  private endSessionsOf(staffId: string): void {
    for (const [token, session] of this.sessions) if (session.staffId === staffId) this.sessions.delete(token);
  }

  private async row(staffId: string): Promise<StaffRow> {
    const row = await this.db.get<StaffRow>('SELECT * FROM staff WHERE id = ?', [staffId]);
    if (!row) throw new KioskError('STAFF_NOT_FOUND', 'staff.errors.notFound', { staffId });
    return row;
  }

  private async account(row: StaffRow): Promise<StaffAccount> {
    return {
      staffId: row.id,
      name: row.name,
      role: row.role,
      enabled: row.enabled === 1,
      mustChangePin: row.must_change_pin === 1,
      lockedUntil: await this.guard(row.id).lockedUntil(),
      createdAt: row.created_at,
    };
  }

  private insert(tx: Queryable, account: { staffId: string; name: string; role: StaffRole }, pinHash: string) {
    const at = this.now().toISOString();
    return tx.run('INSERT INTO staff (id, name, role, pin_hash, enabled, must_change_pin, created_at, updated_at) VALUES (?, ?, ?, ?, 1, 1, ?, ?)', [
      account.staffId,
      account.name,
      account.role,
      pinHash,
      at,
      at,
    ]);
  }

  private async setPin(staffId: string, pin: string, mustChange: boolean, actor: string, action: string): Promise<void> {
    await this.checkNewPin(pin, staffId);
    const pinHash = await hashPin(pin);
    await this.db.transaction(async (tx) => {
      await tx.run('UPDATE staff SET pin_hash = ?, must_change_pin = ?, updated_at = ? WHERE id = ?', [
        pinHash,
        mustChange ? 1 : 0,
        this.now().toISOString(),
        staffId,
      ]);
      await this.guard(staffId).passed(tx);
      await appendAudit(tx, { at: this.now(), actor, action, details: { staffId } });
    });
  }

  /** A PIN must not be guessable, nor another account's: a PIN alone must say who signs in. */
  private async checkNewPin(pin: string, staffId: string | null): Promise<void> {
    if (isGuessablePin(pin) || pin === DEFAULT_ADMIN.pin) throw new KioskError('PIN_TOO_WEAK', 'staff.errors.pinTooWeak');
    const others = await this.db.all<StaffRow>('SELECT * FROM staff WHERE id <> ?', [staffId ?? '']);
    if (await this.matchPin(pin, others)) throw new KioskError('PIN_TAKEN', 'staff.errors.pinTaken');
  }

  private async matchPin(pin: string, rows: StaffRow[]): Promise<StaffRow | undefined> {
    if (rows.length === 0) {
      this.decoy ??= decoyHash();
      await verifyPin(pin, await this.decoy);
      return undefined;
    }
    for (const row of rows) if (await verifyPin(pin, row.pin_hash)) return row;
    return undefined;
  }

  /** Wrong PINs are counted per account. */
  private guard(key: string): AttemptGuard {
    return new AttemptGuard({ db: this.db, clock: this.options.clock, key, rule: PIN_GUARD });
  }

  private async refuseIfLocked(key: string): Promise<void> {
    const until = await this.guard(key).lockedUntil();
    if (until) throw new KioskError('PIN_LOCKED', 'staff.errors.locked', { until });
  }

  /** Counts a wrong PIN with its audit entries; the error to throw says how many tries are left, or until when it is locked. */
  private async wrongPin(key: string, actor: string, staffId: string): Promise<KioskError> {
    const { lockedUntil, triesLeft } = await this.db.transaction(async (tx) => {
      const now = this.now();
      const outcome = await this.guard(key).wrong(tx);
      await appendAudit(tx, { at: now, actor, action: 'staff.pinWrong', details: { staffId, attempts: outcome.attempts } });
      if (outcome.lockedUntil) await appendAudit(tx, { at: now, actor, action: 'staff.locked', details: { staffId, until: outcome.lockedUntil } });
      return outcome;
    });
    return lockedUntil
      ? new KioskError('PIN_LOCKED', 'staff.errors.locked', { until: lockedUntil })
      : new KioskError('PIN_WRONG', 'staff.errors.pinWrong', { attemptsLeft: triesLeft });
  }

  private record(actor: string, action: string, details: Record<string, unknown>) {
    return this.db.transaction((tx) => appendAudit(tx, { at: this.now(), actor, action, details }));
  }
}
