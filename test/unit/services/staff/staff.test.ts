// Staff accounts through the contract, on a real SQLite file and a clock moved by hand: the default
// admin's forced PIN change, lock-out after 5 wrong PINs for 5 minutes, PINs kept only as scrypt
// hashes, and staff sessions that lapse sooner than a litigant's visit.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LITIGANT } from '../../../../main/services/staff/caller';
import { DEFAULT_ADMIN, LOCK_MS } from '../../../../main/services/staff/staff-service';
import { Database } from '../../../../main/services/storage/database';
import { DB_FILE } from '../../../../main/services/storage/open-storage';
import { call, rawReply, replyAs } from '../../support/contract-call';
import { staffCalls } from '../../support/staff-calls';
import { manualClock, tempKiosk } from '../../support/temp-kiosk';

// Every sign-in and PIN change runs scrypt on purpose; on a busy 2-core machine a dozen take tens of seconds.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

let clock: ReturnType<typeof manualClock>;
let kiosk: Awaited<ReturnType<typeof tempKiosk>>;
beforeEach(async () => {
  clock = manualClock();
  kiosk = await tempKiosk({ clock });
});
afterEach(() => kiosk.dispose());

const IDLE = { timeoutSeconds: 90, countdownSeconds: 20 };

const signIn = (pin: string, staffId: string) => staffCalls(kiosk).signIn(pin, staffId);

/** The default admin, after the PIN change a first start demands. */
async function readyAdmin(newPin = '730155'): Promise<string> {
  const token = await signIn(DEFAULT_ADMIN.pin, 'admin');
  expect(await replyAs(kiosk, 'staff.changePin', { currentPin: DEFAULT_ADMIN.pin, newPin }, token)).toMatchObject({
    ok: true,
    value: { mustChangePin: false },
  });
  return token;
}

describe('the default admin on first start', () => {
  it('exists, and can do nothing but change its PIN until it has', async () => {
    const signedIn = await replyAs(kiosk, 'staff.signIn', { pin: DEFAULT_ADMIN.pin, staffId: 'admin' });
    expect(signedIn).toMatchObject({ ok: true, value: { staffId: 'admin', role: 'admin', mustChangePin: true } });
    const token = (signedIn as { value: { token: string } }).value.token;
    for (const [method, input] of [
      ['config.set', { patch: { idle: IDLE } }],
      ['staff.list', {}],
      ['queue.callNext', { windowNo: '1', services: ['filing'] }],
    ] as const) {
      expect(await rawReply(kiosk, method, input, await kiosk.staff.resolve(token))).toMatchObject({
        ok: false,
        error: { code: 'PIN_CHANGE_REQUIRED', messageKey: 'staff.errors.pinChangeRequired' },
      });
    }
    // Public methods and the PIN change itself still work.
    expect(await replyAs(kiosk, 'staff.whoami', {}, token)).toMatchObject({ ok: true, value: { staffId: 'admin', mustChangePin: true } });
    expect(await replyAs(kiosk, 'staff.changePin', { currentPin: DEFAULT_ADMIN.pin, newPin: '123456' }, token)).toMatchObject({
      ok: false,
      error: { code: 'PIN_TOO_WEAK' },
    });
    expect(await replyAs(kiosk, 'staff.changePin', { currentPin: DEFAULT_ADMIN.pin, newPin: DEFAULT_ADMIN.pin }, token)).toMatchObject({
      ok: false,
      error: { code: 'PIN_UNCHANGED' },
    });
    expect(await replyAs(kiosk, 'staff.changePin', { currentPin: DEFAULT_ADMIN.pin, newPin: '730155' }, token)).toMatchObject({
      ok: true,
      value: { mustChangePin: false },
    });
    expect(await replyAs(kiosk, 'config.set', { patch: { idle: { ...IDLE, timeoutSeconds: 120 } } }, token)).toMatchObject({
      ok: true,
      value: { idle: { timeoutSeconds: 120 } },
    });
    // The old PIN is gone, and the change survives a restart.
    expect(await replyAs(kiosk, 'staff.signIn', { pin: DEFAULT_ADMIN.pin, staffId: 'admin' })).toMatchObject({ ok: false, error: { code: 'PIN_WRONG' } });
    const dataDir = kiosk.dataDir;
    await kiosk.close();
    kiosk = { ...(await tempKiosk({ clock, dataDir })), dispose: kiosk.dispose };
    expect(await replyAs(kiosk, 'staff.signIn', { pin: '730155', staffId: 'admin' })).toMatchObject({ ok: true, value: { mustChangePin: false } });
  });
});

describe('lock-out', () => {
  it('locks an account for 5 minutes after 5 wrong PINs in a row, even against the right PIN', async () => {
    const admin = await readyAdmin();
    await replyAs(kiosk, 'staff.add', { staffId: 'h01', name: '王芳', role: 'helper', pin: '482913' }, admin);
    for (let left = 4; left >= 1; left--) {
      expect(await replyAs(kiosk, 'staff.signIn', { pin: '111112', staffId: 'h01' })).toMatchObject({
        ok: false,
        error: { code: 'PIN_WRONG', details: { attemptsLeft: left } },
      });
    }
    const fifth = await replyAs(kiosk, 'staff.signIn', { pin: '111112', staffId: 'h01' });
    expect(fifth).toMatchObject({
      ok: false,
      error: { code: 'PIN_LOCKED', messageKey: 'staff.errors.locked', details: { until: new Date(clock.now().getTime() + LOCK_MS).toISOString() } },
    });
    expect(await replyAs(kiosk, 'staff.signIn', { pin: '482913', staffId: 'h01' })).toMatchObject({ ok: false, error: { code: 'PIN_LOCKED' } });
    expect(await replyAs(kiosk, 'staff.list', {}, admin)).toMatchObject({
      ok: true,
      value: { accounts: expect.arrayContaining([expect.objectContaining({ staffId: 'h01', lockedUntil: expect.any(String) })]) },
    });

    clock.advance(LOCK_MS - 1000);
    expect(await replyAs(kiosk, 'staff.signIn', { pin: '482913', staffId: 'h01' })).toMatchObject({ ok: false, error: { code: 'PIN_LOCKED' } });
    clock.advance(1001);
    expect(await replyAs(kiosk, 'staff.signIn', { pin: '482913', staffId: 'h01' })).toMatchObject({ ok: true, value: { staffId: 'h01', role: 'helper' } });
    // A success starts the count again: four more wrong PINs do not lock.
    for (let i = 0; i < 4; i++)
      expect(await replyAs(kiosk, 'staff.signIn', { pin: '111112', staffId: 'h01' })).toMatchObject({ ok: false, error: { code: 'PIN_WRONG' } });
    expect(await replyAs(kiosk, 'staff.signIn', { pin: '482913', staffId: 'h01' })).toMatchObject({ ok: true });
  });

  it("locks only the account guessed at: another helper signs in, and an admin's unlock or reset lifts the lock", async () => {
    const admin = await readyAdmin();
    await replyAs(kiosk, 'staff.add', { staffId: 'h01', name: '王芳', role: 'helper', pin: '482913' }, admin);
    await replyAs(kiosk, 'staff.add', { staffId: 'h02', name: '李军', role: 'helper', pin: '615243' }, admin);
    for (let i = 0; i < 5; i++) await replyAs(kiosk, 'staff.signIn', { pin: '555556', staffId: 'h01' });
    expect(await replyAs(kiosk, 'staff.signIn', { pin: '482913', staffId: 'h01' })).toMatchObject({ ok: false, error: { code: 'PIN_LOCKED' } });
    expect(await replyAs(kiosk, 'staff.signIn', { pin: '615243', staffId: 'h02' })).toMatchObject({ ok: true, value: { staffId: 'h02' } });
    expect(await replyAs(kiosk, 'staff.signIn', { pin: '730155', staffId: 'admin' })).toMatchObject({ ok: true, value: { staffId: 'admin' } });

    expect(await replyAs(kiosk, 'staff.unlock', { staffId: 'h01' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await replyAs(kiosk, 'staff.unlock', { staffId: 'h01' }, admin)).toMatchObject({ ok: true, value: { staffId: 'h01', lockedUntil: null } });
    expect(await replyAs(kiosk, 'staff.signIn', { pin: '482913', staffId: 'h01' })).toMatchObject({ ok: true, value: { staffId: 'h01' } });

    for (let i = 0; i < 5; i++) await replyAs(kiosk, 'staff.signIn', { pin: '555556', staffId: 'h02' });
    expect(await replyAs(kiosk, 'staff.resetPin', { staffId: 'h02', pin: '720394' }, admin)).toMatchObject({
      ok: true,
      value: { lockedUntil: null, mustChangePin: true },
    });
    expect(await replyAs(kiosk, 'staff.signIn', { pin: '720394', staffId: 'h02' })).toMatchObject({ ok: true, value: { mustChangePin: true } });
  });

  it('doubles the lock after each wrong PIN once a lock has run out, until a right PIN', async () => {
    const admin = await readyAdmin();
    await replyAs(kiosk, 'staff.add', { staffId: 'h01', name: '王芳', role: 'helper', pin: '482913' }, admin);
    for (let i = 0; i < 5; i++) await replyAs(kiosk, 'staff.signIn', { pin: '555556', staffId: 'h01' });
    for (const lock of [2 * LOCK_MS, 4 * LOCK_MS, 8 * LOCK_MS]) {
      clock.advance(LOCK_MS * 8);
      const wrong = await replyAs(kiosk, 'staff.signIn', { pin: '555556', staffId: 'h01' });
      expect(wrong).toMatchObject({ ok: false, error: { code: 'PIN_LOCKED', details: { until: new Date(clock.now().getTime() + lock).toISOString() } } });
    }
    clock.advance(LOCK_MS * 8);
    expect(await replyAs(kiosk, 'staff.signIn', { pin: '482913', staffId: 'h01' })).toMatchObject({ ok: true });
    // The right PIN ends the growth: wrong PINs count from one again.
    expect(await replyAs(kiosk, 'staff.signIn', { pin: '555556', staffId: 'h01' })).toMatchObject({
      ok: false,
      error: { code: 'PIN_WRONG', details: { attemptsLeft: 4 } },
    });
  });

  it('offers the PIN pad the names of enabled accounts only', async () => {
    const admin = await readyAdmin();
    await replyAs(kiosk, 'staff.add', { staffId: 'h01', name: '王芳', role: 'helper', pin: '482913' }, admin);
    await replyAs(kiosk, 'staff.add', { staffId: 'h02', name: '李军', role: 'helper', pin: '615243' }, admin);
    await replyAs(kiosk, 'staff.setEnabled', { staffId: 'h02', enabled: false }, admin);
    expect(await replyAs(kiosk, 'staff.roster', {})).toEqual({
      ok: true,
      value: {
        staff: [
          { staffId: 'admin', name: 'Administrator' },
          { staffId: 'h01', name: '王芳' },
        ],
      },
    });
  });

  it('counts guesses fired all at once one by one, so the sixth and later are refused unheard', async () => {
    const guesses = await Promise.all(
      ['100001', '100002', '100003', '100004', '100005', '100006', '100007', DEFAULT_ADMIN.pin].map((pin) =>
        replyAs(kiosk, 'staff.signIn', { pin, staffId: 'admin' }),
      ),
    );
    expect(guesses.map((g) => (g.ok ? 'ok' : g.error.code))).toEqual([
      'PIN_WRONG',
      'PIN_WRONG',
      'PIN_WRONG',
      'PIN_WRONG',
      'PIN_LOCKED',
      'PIN_LOCKED',
      'PIN_LOCKED',
      'PIN_LOCKED',
    ]);
    // Refused unheard: after the lock no PIN is checked, so none is counted as wrong again.
    const value = await call(kiosk, 'audit.recent', { limit: 50 });
    expect(value.entries.filter((e) => e.action === 'staff.pinWrong')).toHaveLength(5);
    expect(value.entries.filter((e) => e.action === 'staff.locked')).toHaveLength(1);
  });

  it('keeps a lock-out across a restart', async () => {
    for (let i = 0; i < 5; i++) await replyAs(kiosk, 'staff.signIn', { pin: '555556', staffId: 'admin' });
    const dataDir = kiosk.dataDir;
    await kiosk.close();
    kiosk = { ...(await tempKiosk({ clock, dataDir })), dispose: kiosk.dispose };
    expect(await replyAs(kiosk, 'staff.signIn', { pin: DEFAULT_ADMIN.pin, staffId: 'admin' })).toMatchObject({ ok: false, error: { code: 'PIN_LOCKED' } });
  });
});

describe('PINs at rest', () => {
  it('keeps only a salted scrypt hash, different for the same PIN, and refuses a PIN another account has', async () => {
    const admin = await readyAdmin();
    expect(await replyAs(kiosk, 'staff.add', { staffId: 'h01', name: '王芳', role: 'helper', pin: '482913' }, admin)).toMatchObject({ ok: true });
    expect(await replyAs(kiosk, 'staff.add', { staffId: 'h02', name: '李明', role: 'helper', pin: '482913' }, admin)).toMatchObject({
      ok: false,
      error: { code: 'PIN_TAKEN' },
    });
    expect(await replyAs(kiosk, 'staff.add', { staffId: 'h01', name: '李明', role: 'helper', pin: '592817' }, admin)).toMatchObject({
      ok: false,
      error: { code: 'STAFF_EXISTS' },
    });
    const db = await Database.open(join(kiosk.dataDir, DB_FILE));
    try {
      const rows = await db.all<{ id: string; pin_hash: string }>('SELECT id, pin_hash FROM staff ORDER BY id');
      expect(rows.map((r) => r.id)).toEqual(['admin', 'h01']);
      for (const row of rows) {
        expect(row.pin_hash).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
        expect(row.pin_hash).not.toContain('482913');
      }
      expect(rows[0]!.pin_hash.split('$')[4]).not.toBe(rows[1]!.pin_hash.split('$')[4]);
    } finally {
      await db.close();
    }
  });
});

describe('staff sessions', () => {
  it('lapse after half the litigant idle timeout without a call, and each call moves the end on', async () => {
    const admin = await readyAdmin();
    const halfIdleMs = (IDLE.timeoutSeconds * 1000) / 2;
    clock.advance(halfIdleMs - 1000);
    expect(await replyAs(kiosk, 'staff.list', {}, admin)).toMatchObject({ ok: true });
    clock.advance(halfIdleMs - 1000);
    expect(await replyAs(kiosk, 'staff.whoami', {}, admin)).toMatchObject({
      ok: true,
      value: { staffId: 'admin', expiresAt: new Date(clock.now().getTime() + halfIdleMs).toISOString() },
    });
    clock.advance(halfIdleMs + 1);
    expect(await replyAs(kiosk, 'staff.list', {}, admin)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', details: { reason: 'sessionExpired' } } });
    expect(await replyAs(kiosk, 'staff.whoami', {}, admin)).toEqual({ ok: true, value: null });
  });

  it('end at sign-out, and when an admin disables the account; the last admin cannot be disabled', async () => {
    const admin = await readyAdmin();
    await replyAs(kiosk, 'staff.add', { staffId: 'h01', name: '王芳', role: 'helper', pin: '482913' }, admin);
    const helper = await signIn('482913', 'h01');
    expect(await replyAs(kiosk, 'staff.changePin', { currentPin: '482913', newPin: '639027' }, helper)).toMatchObject({ ok: true });
    expect(await replyAs(kiosk, 'print.jobs', { filter: 'failed' }, helper)).toMatchObject({ ok: true });
    expect(await replyAs(kiosk, 'staff.setEnabled', { staffId: 'h01', enabled: false }, admin)).toMatchObject({ ok: true, value: { enabled: false } });
    expect(await replyAs(kiosk, 'print.jobs', { filter: 'failed' }, helper)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await replyAs(kiosk, 'staff.signIn', { pin: '639027', staffId: 'h01' })).toMatchObject({ ok: false, error: { code: 'PIN_WRONG' } });
    expect(await replyAs(kiosk, 'staff.setEnabled', { staffId: 'admin', enabled: false }, admin)).toMatchObject({ ok: false, error: { code: 'LAST_ADMIN' } });
    // With a second admin it is no longer the last, but an admin still cannot disable themselves (issue 14).
    await replyAs(kiosk, 'staff.add', { staffId: 'a02', name: '李明', role: 'admin', pin: '571946' }, admin);
    expect(await replyAs(kiosk, 'staff.setEnabled', { staffId: 'admin', enabled: false }, admin)).toMatchObject({
      ok: false,
      error: { code: 'STAFF_SELF', messageKey: 'staff.errors.disableSelf' },
    });
    expect(await replyAs(kiosk, 'staff.whoami', {}, admin)).toMatchObject({ ok: true, value: { staffId: 'admin' } });

    expect(await replyAs(kiosk, 'staff.signOut', {}, admin)).toEqual({ ok: true, value: { signedOut: true } });
    expect(await replyAs(kiosk, 'staff.list', {}, admin)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await replyAs(kiosk, 'staff.signOut', {}, undefined)).toEqual({ ok: true, value: { signedOut: false } });
  });

  it('are not made by a litigant claiming a token', async () => {
    expect(await kiosk.staff.resolve(undefined)).toEqual(LITIGANT);
    expect(await replyAs(kiosk, 'config.set', { patch: { idle: IDLE } }, 'made-up-token')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', details: { reason: 'sessionExpired' } },
    });
  });
});
