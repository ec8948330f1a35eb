// Who may call what, taken from the contract table itself so that no new method escapes: every
// staff-only method refuses a litigant with FORBIDDEN — through dispatch, over the browser shell's
// HTTP and over Electron IPC — and every admin-only one refuses a helper.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { accessOf, METHOD_NAMES, type MethodName } from '../../../contract';
import { ipcChannel } from '../../../contract/ipc-channel';
import { bindIpc } from '../../../main/electron/ipc';
import { LITIGANT } from '../../../main/services/staff/caller';
import { startWebHost, STAFF_TOKEN_HEADER, type WebHost } from '../../../main/browser/web-host';
import { rawReply, replyAs } from '../support/contract-call';
import { staffCalls } from '../support/staff-calls';
import { tempDir, tempKiosk } from '../support/temp-kiosk';

// Every sign-in and PIN change runs scrypt on purpose; on a busy 2-core machine a dozen take tens of seconds.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const TOKEN = 'access-test-token';
let kiosk: Awaited<ReturnType<typeof tempKiosk>>;
let host: WebHost;
let admin: string;
let helper: string;
const renderer = tempDir('renderer-');

const staffOnly = METHOD_NAMES.filter((name) => accessOf(name) !== 'public');
const adminOnly = METHOD_NAMES.filter((name) => accessOf(name) === 'admin');
const log = () => undefined;

/** One API call over HTTP as the browser shell's page makes it, with or without a staff token. */
function post(
  method: string,
  body: unknown,
  staffToken?: string,
): Promise<{ status: number; body: { ok: boolean; error?: { code: string; details?: Record<string, unknown> } } }> {
  const port = Number(new URL(host.origin).port);
  const text = JSON.stringify(body);
  const headers: Record<string, string> = {
    host: `127.0.0.1:${port}`,
    authorization: `Bearer ${TOKEN}`,
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(text)),
  };
  if (staffToken) headers[STAFF_TOKEN_HEADER] = staffToken;
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: `/api/${method}`, method: 'POST', headers, setHost: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString()) as never }));
    });
    req.on('error', reject);
    req.end(text);
  });
}

beforeAll(async () => {
  kiosk = await tempKiosk();
  host = await startWebHost({ kiosk, rendererDir: renderer.dir, token: TOKEN, log });
  ({ admin, helper } = await staffCalls(kiosk).staffReady());
});
afterAll(async () => {
  await host.close();
  await kiosk.dispose();
  renderer.remove();
});

describe('the access table', () => {
  it('locks down what issue #8 names, and every staff, audit, admin and desk method but signing in and out', () => {
    const named: MethodName[] = [
      'config.set',
      'queue.callNext',
      'queue.recall',
      'queue.serve',
      'queue.skip',
      'queue.transfer',
      'print.jobs',
      'print.reprint',
      'app.leaveKioskMode',
      'app.quit',
      'session.startAssisted',
    ];
    for (const name of named) expect(staffOnly, name).toContain(name);
    const open: MethodName[] = ['staff.roster', 'staff.signIn', 'staff.signOut', 'staff.whoami'];
    for (const name of METHOD_NAMES.filter((n) => /^(staff|audit|admin|desk)\./.test(n) && !open.includes(n))) expect(staffOnly, name).toContain(name);
    for (const name of ['config.set', 'app.leaveKioskMode', 'app.quit', 'staff.add', 'staff.resetPin', 'audit.verify'] as const)
      expect(accessOf(name)).toBe('admin');
  });

  it('leaves the litigant flows public', () => {
    for (const name of [
      'session.start',
      'draft.save',
      'fees.quote',
      'fees.pay',
      'mediation.submit',
      'queue.take',
      'queue.board',
      'helper.call',
      'risk.assess',
    ] as const)
      expect(accessOf(name)).toBe('public');
  });
});

describe('a litigant', () => {
  it.each(staffOnly)('is refused %s with FORBIDDEN through dispatch', async (name) => {
    expect(await rawReply(kiosk, name, {}, LITIGANT)).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', messageKey: 'staff.errors.forbidden', details: { method: name, required: accessOf(name) } },
    });
  });

  it.each(staffOnly)('is refused %s with FORBIDDEN over the browser shell', async (name) => {
    expect(await post(name, {})).toMatchObject({ status: 200, body: { ok: false, error: { code: 'FORBIDDEN' } } });
  });

  it('is refused every staff-only method over Electron IPC, where a call carries no staff token', async () => {
    const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
    bindIpc(
      { handle: (channel, fn) => void handlers.set(channel, fn as never) },
      kiosk.handlers,
      () => true,
      log,
      (token) => kiosk.staff.resolve(token),
    );
    for (const name of staffOnly)
      expect(await handlers.get(ipcChannel(name))!({ senderFrame: null }, {}), name).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await handlers.get(ipcChannel('print.jobs'))!({}, { filter: 'failed' }, helper)).toMatchObject({ ok: true });
  });

  it('cannot change the terminal config, and nothing is changed', async () => {
    const before = await replyAs(kiosk, 'config.get', {});
    expect(await post('config.set', { patch: { kioskMode: false } })).toMatchObject({ body: { ok: false, error: { code: 'FORBIDDEN' } } });
    expect(await replyAs(kiosk, 'config.get', {})).toEqual(before);
  });
});

describe('a helper', () => {
  it.each(adminOnly)('is refused the admin method %s with FORBIDDEN', async (name) => {
    expect(await rawReply(kiosk, name, {}, await kiosk.staff.resolve(helper))).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', messageKey: 'staff.errors.forbidden', details: { method: name, required: 'admin' } },
    });
  });

  it('calls the ticket queue over HTTP with the staff token in its header', async () => {
    const ticket = await replyAs(kiosk, 'queue.take', { service: 'filing', priority: false, language: 'zh-CN' });
    expect(ticket).toMatchObject({ ok: true });
    expect(await post('queue.callNext', { windowNo: '3', services: ['filing'] }, helper)).toMatchObject({
      body: { ok: true, value: { state: 'called', windowNo: '3' } },
    });
    expect(await post('queue.callNext', { windowNo: '3', services: ['filing'] }, 'forged')).toMatchObject({
      body: { ok: false, error: { code: 'FORBIDDEN', details: { reason: 'sessionExpired' } } },
    });
  });
});

describe('an admin', () => {
  it('may call admin methods; the browser shell cannot leave kiosk mode and says so', async () => {
    expect(await replyAs(kiosk, 'audit.verify', {}, admin)).toMatchObject({ ok: true, value: { ok: true } });
    expect(await post('app.leaveKioskMode', {}, admin)).toMatchObject({ body: { ok: true, value: { done: false } } });
    expect(await post('app.quit', {}, admin)).toMatchObject({ body: { ok: true, value: { done: false } } });
  });
});
