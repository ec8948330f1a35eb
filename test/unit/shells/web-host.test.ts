// The browser shell's HTTP surface: every contract method served, every refusal (token, Host,
// Origin, size, JSON) changes nothing in the database, and a launch code buys the token once.
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessOf, METHOD_NAMES } from '../../../contract';
import { Database } from '../../../main/services/storage/database';
import { DB_FILE } from '../../../main/services/storage/open-storage';
import { LAUNCH_CODE_LIFETIME_MS } from '../../../main/browser/launch-codes';
import { LAUNCH_CODE_PATH, startWebHost, STAFF_TOKEN_HEADER, type WebHost } from '../../../main/browser/web-host';
import { staffCalls } from '../support/staff-calls';
import { tempDir, tempKiosk } from '../support/temp-kiosk';

const TOKEN = 'test-token-0123456789';
const MAX_BODY = 4096;
let kiosk: Awaited<ReturnType<typeof tempKiosk>>;
let host: WebHost;
let port: number;
/** config.set is an admin's: calls carry a signed-in admin's staff token unless a test says otherwise. */
let adminToken: string;
const renderer = tempDir('renderer-');
/** The host's clock, which only ages launch codes: a test moves it on. */
let now = Date.parse('2026-03-02T09:00:00Z');
const clock = { now: () => new Date(now) };

beforeAll(async () => {
  kiosk = await tempKiosk();
  mkdirSync(join(renderer.dir, 'assets'));
  writeFileSync(join(renderer.dir, 'index.html'), '<!doctype html><title>kiosk</title>');
  writeFileSync(join(renderer.dir, 'assets', 'app.js'), 'console.log(1)');
  host = await startWebHost({ kiosk, rendererDir: renderer.dir, token: TOKEN, maxBodyBytes: MAX_BODY, clock, log: () => undefined });
  port = Number(new URL(host.origin).port);
  adminToken = (await staffCalls(kiosk).staffReady()).admin;
});
afterAll(async () => {
  await host.close();
  await kiosk.dispose();
  renderer.remove();
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw HTTP, so tests can send the Host, Origin and framing a browser would not let fetch send. */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; chunked?: boolean } = {}): Promise<Reply> {
  const { method = 'POST', body, chunked = false } = options;
  const headers: Record<string, string> = {
    host: `127.0.0.1:${port}`,
    authorization: `Bearer ${TOKEN}`,
    [STAFF_TOKEN_HEADER]: adminToken,
    'content-type': 'application/json',
    ...(body !== undefined && !chunked ? { 'content-length': String(Buffer.byteLength(body)) } : {}),
    ...options.headers,
  };
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers, setHost: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const setIdle = (seconds: number) => JSON.stringify({ patch: { idle: { timeoutSeconds: seconds } } });

/** Everything a refused request could have touched. */
async function snapshot(): Promise<unknown> {
  const db = await Database.open(join(kiosk.dataDir, DB_FILE));
  const rows = await Promise.all(['config', 'sessions', 'drafts', 'helper_calls'].map((t) => db.all(`SELECT * FROM ${t}`)));
  await db.close();
  return rows;
}

describe('web host API', () => {
  it.each(METHOD_NAMES)('serves %s from the contract', async (method) => {
    // As the litigant (no staff token), so that staff.signOut cannot end the admin's session.
    const reply = await send(`/api/${method}`, { body: '{}', headers: { [STAFF_TOKEN_HEADER]: '' } });
    expect(reply.status).toBe(200);
    const envelope = JSON.parse(reply.body) as { ok: boolean; error?: { code: string } };
    // An empty input is valid for some methods and invalid for others; it is never an unknown method.
    // A staff-only method refuses the litigant before it reads the input.
    expect(envelope.ok || envelope.error?.code === (accessOf(method) === 'public' ? 'INVALID_INPUT' : 'FORBIDDEN')).toBe(true);
  });

  it('answers a valid call with the envelope and the change made', async () => {
    const reply = await send('/api/config.set', { body: setIdle(45) });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { idle: { timeoutSeconds: 45 } } });
    expect(reply.headers['cache-control']).toBe('no-store');
  });

  const refusals: [string, number, string, Parameters<typeof send>[1]][] = [
    ['no token', 401, 'UNAUTHORIZED', { headers: { authorization: '' }, body: setIdle(60) }],
    ['a wrong token', 401, 'UNAUTHORIZED', { headers: { authorization: `Bearer ${TOKEN}x` }, body: setIdle(60) }],
    ['the token without Bearer', 401, 'UNAUTHORIZED', { headers: { authorization: TOKEN }, body: setIdle(60) }],
    ['a rebound Host name', 403, 'FORBIDDEN_HOST', { headers: { host: `evil.example:${port}` }, body: setIdle(60) }],
    ['a Host on another port', 403, 'FORBIDDEN_HOST', { headers: { host: `127.0.0.1:${port + 1}` }, body: setIdle(60) }],
    ['a foreign Origin', 403, 'FORBIDDEN_ORIGIN', { headers: { origin: 'https://evil.example' }, body: setIdle(60) }],
    ['an oversized body', 413, 'BODY_TOO_LARGE', { body: JSON.stringify({ patch: { pad: 'x'.repeat(MAX_BODY) } }) }],
    ['an oversized chunked body', 413, 'BODY_TOO_LARGE', { chunked: true, body: JSON.stringify({ patch: { pad: 'x'.repeat(MAX_BODY * 4) } }) }],
    ['bad JSON', 400, 'BAD_JSON', { body: '{"patch": {"idle": ' }],
    ['a form post', 415, 'NOT_JSON', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'patch=1' }],
    ['a GET', 405, 'METHOD_NOT_ALLOWED', { method: 'GET' }],
  ];

  it.each(refusals)('refuses %s with %i and changes nothing', async (_, status, code, options) => {
    const before = await snapshot();
    const reply = await send('/api/config.set', options);
    expect(reply.status).toBe(status);
    expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code, messageKey: expect.stringMatching(/^errors\./) } });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an unknown method with 404', async () => {
    const reply = await send('/api/admin.shell', { body: '{}' });
    expect(reply.status).toBe(404);
  });
});

describe('web host static files', () => {
  it('serves the app with the CSP and no token needed', async () => {
    const reply = await send('/', { method: 'GET', headers: { authorization: '' } });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>kiosk</title>');
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of ['/../package.json', '/%2e%2e/%2e%2e/package.json', '/assets/../../' + 'kiosk.sqlite3']) {
      const reply = await send(path, { method: 'GET' });
      expect(reply.body).not.toContain('court-kiosk');
      expect(reply.body).not.toContain('SQLite format');
    }
  });

  it('answers a request target that is not an origin-form path with 400 and goes on serving', async () => {
    // Each of these once threw before any check and ended the process (an <img> on any web page could send one).
    for (const target of ['//', '///', '//a', '//x.png', 'http://', 'http://127.0.0.1/', '*']) {
      const before = await snapshot();
      const reply = await send(target, { method: 'GET' });
      expect(reply.status, target).toBe(400);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST_TARGET' } });
      expect(await snapshot()).toEqual(before);
    }
    expect((await send('/', { method: 'GET' })).status).toBe(200);
  });

  it('serves no file for a path with an encoded NUL or control character, and never answers 500', async () => {
    for (const path of ['/index.html%00.png', '/assets/app.js%00', '/%01', '/assets%0a/app.js']) {
      const reply = await send(path, { method: 'GET' });
      expect(reply.status, path).toBe(404);
    }
  });

  it('still checks the Host for static files', async () => {
    const reply = await send('/', { method: 'GET', headers: { host: 'evil.example' } });
    expect(reply.status).toBe(403);
  });
});

describe('web host events', () => {
  it.each(['HEAD', 'POST', 'DELETE'])('refuses to open the stream to a %s', async (method) => {
    // A HEAD's head is never flushed (it has no body): it once held a subscription open, silent, until Node's request timeout.
    const reply = await send('/api/events', { method });
    expect(reply.status).toBe(405);
  });

  it('streams config.changed to a caller with the token, and refuses one without', async () => {
    expect((await fetch(`${host.origin}api/events`)).status).toBe(401);
    const res = await fetch(`${host.origin}api/events`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    await reader.read(); // the opening comment: subscribed from here on
    await send('/api/config.set', { body: setIdle(120) });
    // Other events share the stream (the outbox's sync.status may come first): read on to this one.
    const changed = /event: config\.changed\ndata: (.+)\n\n/;
    let text = '';
    while (!changed.test(text)) text += (await reader.read()).value ?? '';
    expect(JSON.parse(changed.exec(text)![1]!)).toMatchObject({ idle: { timeoutSeconds: 120 } });
    await reader.cancel();
  });
});

describe('web host launch codes', () => {
  const codeOf = (launchUrl: string) => new URLSearchParams(new URL(launchUrl).hash.slice(1)).get('code') ?? '';
  const trade = (code: string, headers: Record<string, string> = {}) =>
    send(LAUNCH_CODE_PATH, { headers: { authorization: '', [STAFF_TOKEN_HEADER]: '', ...headers }, body: JSON.stringify({ code }) });

  it('puts a fresh one-time code in each launch address, and never the token', () => {
    const [first, second] = [host.launchUrl(), host.launchUrl('?screen=display')];
    expect(first).toMatch(new RegExp(`^${host.origin}#code=[\\w-]{32}$`));
    expect(second).toMatch(new RegExp(`^${host.origin}\\?screen=display#code=[\\w-]{32}$`));
    expect(codeOf(first)).not.toBe(codeOf(second));
    for (const url of [first, second]) expect(url).not.toContain(TOKEN);
  });

  it('trades a code for the token once; the spent code is refused', async () => {
    const code = codeOf(host.launchUrl());
    const first = await trade(code);
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body)).toEqual({ ok: true, value: { token: TOKEN } });
    expect(first.headers['cache-control']).toBe('no-store');
    const again = await trade(code);
    expect(again.status).toBe(401);
    expect(JSON.parse(again.body)).toEqual({ ok: false, error: { code: 'LAUNCH_CODE_REFUSED', messageKey: 'errors.http.unauthorized' } });
  });

  it('refuses a code past its lifetime, even never used', async () => {
    const stale = codeOf(host.launchUrl());
    const fresh = codeOf(host.launchUrl());
    const [printed, printedLate] = [1, 2].map(() => codeOf(host.launchUrl('', 2 * LAUNCH_CODE_LIFETIME_MS)));
    now += LAUNCH_CODE_LIFETIME_MS;
    expect((await trade(stale)).status).toBe(401);
    expect((await trade(fresh)).status).toBe(401);
    expect((await trade(codeOf(host.launchUrl()))).status).toBe(200);
    // A code given a longer life (the launcher's printed address) lasts that long, and no longer.
    expect((await trade(printed!)).status).toBe(200);
    now += LAUNCH_CODE_LIFETIME_MS;
    expect((await trade(printedLate!)).status).toBe(401);
  });

  it('refuses a made-up code, a body without one, and a caller from another origin, without a token', async () => {
    for (const reply of [
      await trade('not-a-code'),
      await send(LAUNCH_CODE_PATH, { headers: { authorization: '' }, body: '{}' }),
      await trade(codeOf(host.launchUrl()), { origin: 'https://evil.example' }),
    ]) {
      expect(reply.status).toBeGreaterThanOrEqual(400);
      expect(reply.body).not.toContain(TOKEN);
    }
    expect((await send(LAUNCH_CODE_PATH, { method: 'GET', headers: { authorization: '' } })).status).toBe(405);
  });
});
