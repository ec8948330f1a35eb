// Issue #15 (hardening): thousands of hostile requests at the browser shell's host over real HTTP —
// malformed input to every contract method as every role, and attacks on the HTTP layer itself (tokens,
// Host, Origin, verbs, bodies, request targets, traversal, the event stream) — must get no 5xx, leave
// the kiosk answering, pollute no prototype and change no row of the database.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES, methods, type Access, type MethodName } from '../../../contract';
import { LAUNCH_CODE_PATH, startWebHost, STAFF_TOKEN_HEADER, type WebHost } from '../../../main/browser/web-host';
import { Database } from '../../../main/services/storage/database';
import { DB_FILE } from '../../../main/services/storage/open-storage';
import { volley, type RawShot, type Reply, type Shot } from '../support/http-volley';
import { invalidPayloads } from '../support/invalid-payloads';
import { staffCalls } from '../support/staff-calls';
import { REPO_ROOT, tempDir, tempKiosk } from '../support/temp-kiosk';

/** Per method and role; the whole volley must reach MIN_REQUESTS. A method that takes nothing gets 9. */
const PAYLOADS_PER_METHOD = 24;
const MIN_PAYLOADS_PER_METHOD = 8;
const MIN_REQUESTS = 5_000;
const SECRET = 'SECRET-BESIDE-THE-RENDERER-7f3a';

type Role = 'litigant' | 'helper' | 'admin';
const ROLES: Role[] = ['litigant', 'helper', 'admin'];
const MAY_CALL: Record<Access, Role[]> = { public: ['litigant', 'helper', 'admin'], helper: ['helper', 'admin'], admin: ['admin'] };

interface Attack {
  label: string;
  shot: Shot | RawShot;
  /** What the reply must not be, beyond what every attack checks; null when it is right. */
  check?: (reply: Reply) => string | null;
  /** Whether it carries the launch's token, an allowed Host and no foreign Origin: without all three, no 2xx from the API. */
  trusted: boolean;
  mayGoUnanswered?: true;
}

let kiosk: Awaited<ReturnType<typeof tempKiosk>>;
let host: WebHost;
let port: number;
let staff: { admin: string; helper: string };
const hostLog: { message: string; context?: Record<string, unknown> }[] = [];
const root = tempDir('hostile-');

beforeAll(async () => {
  kiosk = await tempKiosk();
  const renderer = join(root.dir, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>kiosk</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  // What a path traversal would reach first: a file beside the build.
  writeFileSync(join(root.dir, 'secret.txt'), SECRET);
  host = await startWebHost({ kiosk, rendererDir: renderer, log: (message, context) => hostLog.push({ message, context }) });
  port = Number(new URL(host.origin).port);
  staff = await staffCalls(kiosk).staffReady();
});
afterAll(async () => {
  await host.close();
  await kiosk.dispose();
  root.remove();
});

/** Every row of every table, as one digest per table: a refused request must change none. */
async function tableDigests(): Promise<Record<string, string>> {
  const db = await Database.open(join(kiosk.dataDir, DB_FILE));
  try {
    const tables = await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    const digests: Record<string, string> = {};
    for (const { name } of tables) {
      const rows = await db.all(`SELECT * FROM "${name}"`);
      digests[name] = createHash('sha256').update(JSON.stringify(rows)).digest('hex');
    }
    return digests;
  } finally {
    await db.close();
  }
}

/** "ns.path.to.key" of every locale file of a language, as main's translator and i18next read them. */
function localeKeys(language: string): Set<string> {
  const keys = new Set<string>();
  const walk = (tree: Record<string, unknown>, prefix: string) => {
    for (const [name, value] of Object.entries(tree)) {
      if (typeof value === 'string') keys.add(`${prefix}.${name}`);
      else walk(value as Record<string, unknown>, `${prefix}.${name}`);
    }
  };
  const folder = join(REPO_ROOT, 'resources', 'locales', language);
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.json'))) {
    walk(JSON.parse(readFileSync(join(folder, file), 'utf8')) as Record<string, unknown>, file.replace(/\.json$/, ''));
  }
  return keys;
}

const good = () => ({ host: `127.0.0.1:${port}`, authorization: `Bearer ${host.token}`, 'content-type': 'application/json' });
const staffHeader = (role: Role): Record<string, string> => (role === 'litigant' ? {} : { [STAFF_TOKEN_HEADER]: staff[role] });
const envelopeOf = (reply: Reply): { ok?: boolean; error?: { code?: string; messageKey?: string } } | null => {
  try {
    return JSON.parse(reply.body) as { ok?: boolean; error?: { code?: string; messageKey?: string } };
  } catch {
    return null;
  }
};

/** Malformed input to every method, as every role: refused with the role's refusal, in words both locales have. */
function contractAttacks(): Attack[] {
  const translated = [localeKeys('en'), localeKeys('zh-CN')];
  const attacks: Attack[] = [];
  for (const name of METHOD_NAMES) {
    const payloads = invalidPayloads(methods[name].input, PAYLOADS_PER_METHOD);
    // A method the generator finds little to break in would be attacked in name only.
    if (payloads.length < MIN_PAYLOADS_PER_METHOD) throw new Error(`only ${payloads.length} malformed inputs for ${name}`);
    for (const role of ROLES) {
      const expected = MAY_CALL[methods[name].access].includes(role) ? 'INVALID_INPUT' : 'FORBIDDEN';
      for (const [i, payload] of payloads.entries()) {
        attacks.push({
          label: `${name} as ${role}, payload ${i}: ${JSON.stringify(payload).slice(0, 120)}`,
          trusted: true,
          shot: { method: 'POST', path: `/api/${name}`, headers: { ...good(), ...staffHeader(role) }, body: JSON.stringify(payload) },
          check: (reply) => {
            const envelope = envelopeOf(reply);
            if (reply.status !== 200 || envelope?.ok !== false) return `expected a refusal, got ${reply.status} ${reply.body.slice(0, 200)}`;
            if (envelope.error?.code !== expected) return `expected ${expected}, got ${JSON.stringify(envelope.error)}`;
            const key = envelope.error.messageKey ?? '';
            return translated.every((keys) => keys.has(key)) ? null : `messageKey ${key} is missing from a locale`;
          },
        });
      }
    }
  }
  return attacks;
}

/**
 * Patches config.set's shape takes (a record of sections) but the terminal config must refuse: names every
 * object inherits, settings under them, and sections that are not one. A "__proto__" key is refused by
 * dispatch before the handler (the record would have made it the patch's prototype).
 */
const REFUSED_PATCHES: [patch: string, code: string][] = [
  ['{"__proto__": {}}', 'INVALID_INPUT'],
  ['{"__proto__": {"services": {"payment": false}}}', 'INVALID_INPUT'],
  ['{"idle": {"__proto__": {"polluted": "yes"}}}', 'INVALID_INPUT'],
  ['{"constructor": {}}', 'CONFIG_INVALID'],
  ['{"constructor": {"prototype": {"polluted": "yes"}}}', 'CONFIG_INVALID'],
  ['{"toString": 1}', 'CONFIG_INVALID'],
  ['{"hasOwnProperty": {}}', 'CONFIG_INVALID'],
  ['{"services": {"constructor": true}}', 'CONFIG_INVALID'],
  ['{"idle": "x"}', 'CONFIG_INVALID'],
  ['{"idle": {"timeoutSeconds": 1e400}}', 'CONFIG_INVALID'],
  ['{"unknownSection": 1}', 'CONFIG_INVALID'],
];

function configPatchAttacks(): Attack[] {
  return REFUSED_PATCHES.map(([patch, code]) => ({
    label: `config.set as admin with patch ${patch}`,
    trusted: true,
    shot: { method: 'POST', path: '/api/config.set', headers: { ...good(), ...staffHeader('admin') }, body: `{"patch": ${patch}}` },
    check: (reply: Reply) => (envelopeOf(reply)?.error?.code === code ? null : `expected ${code}, got ${reply.status} ${reply.body.slice(0, 200)}`),
  }));
}

const VERBS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE'];
/** Input no method takes: every contract input is a strict object. */
const NOBODYS_INPUT = JSON.stringify({ unexpected: true });
const CONTRACT_PATHS = ['/api/app.info', '/api/config.set', '/api/staff.signOut', '/api/app.info/', '/api/app.info?x=1', '/api//app.info', '/API/app.info'];
const EDGE_PATHS = [
  LAUNCH_CODE_PATH,
  '/api/events',
  '/api/',
  '/api',
  '/api/nope',
  '/api/__proto__',
  '/api/constructor',
  '/api/toString',
  '/api/app%2Einfo',
  '/api/app.info%00',
  '/api/..%2fapp.info',
];
const STATIC_PATHS = [
  '/',
  '/index.html',
  '/assets/app.js',
  '/assets/',
  '/.',
  '/..',
  '/../secret.txt',
  '/..%2fsecret.txt',
  '/%2e%2e/secret.txt',
  '/%2e%2e%2fsecret.txt',
  '/assets/..%2f..%2fsecret.txt',
  '/..%5csecret.txt',
  '/%c0%ae%c0%ae/secret.txt',
  '/index.html/x',
  '/assets/app.js/..',
  '/index.html%00',
  '/%00',
  '/%',
  '/%zz',
  `/${'a'.repeat(300)}`,
  `/${'a/'.repeat(2_000)}`,
];

/** Tokens a caller might send instead of the launch's. */
function authorizations(token: string): Record<string, string | undefined> {
  return {
    valid: `Bearer ${token}`,
    none: undefined,
    empty: '',
    'bare scheme': 'Bearer',
    'scheme and space': 'Bearer ',
    short: `Bearer ${token.slice(0, 8)}`,
    'wrong, same length': `Bearer ${'A'.repeat(token.length)}`,
    'without scheme': token,
    'lower-case scheme': `bearer ${token}`,
    'one more character': `Bearer ${token}x`,
    doubled: `Bearer Bearer ${token}`,
    basic: `Basic ${Buffer.from('admin:000000').toString('base64')}`,
    long: `Bearer ${'x'.repeat(8_000)}`,
  };
}

/** Every verb at every path with the token and without; every other kind of token at the API, as the page would call it. */
function verbAttacks(): Attack[] {
  const attacks: Attack[] = [];
  for (const [kind, authorization] of Object.entries(authorizations(host.token))) {
    const everything = ['valid', 'none'].includes(kind);
    const paths = everything ? [...CONTRACT_PATHS, ...EDGE_PATHS, ...STATIC_PATHS] : [...CONTRACT_PATHS, ...EDGE_PATHS];
    for (const path of paths) {
      for (const method of everything ? VERBS : ['GET', 'POST']) {
        const headers: Record<string, string> = good();
        if (authorization === undefined) delete headers.authorization;
        else headers.authorization = authorization;
        const body = method === 'GET' || method === 'HEAD' ? {} : { body: NOBODYS_INPUT };
        attacks.push({
          label: `${method} ${path.slice(0, 60)} with ${kind} token`,
          // No launch code is ever minted here: the token must never come back, whatever else is sent.
          trusted: kind === 'valid' && path !== LAUNCH_CODE_PATH,
          shot: { method, path, headers, ...body },
          // EventSource only GETs; a HEAD once held the stream open without ever answering.
          check: (reply) => (reply.contentType.startsWith('text/event-stream') && method !== 'GET' ? `opened the event stream to ${method}` : null),
        });
      }
    }
  }
  return attacks;
}

/** Hosts and Origins a rebinding page or another site would send. */
function hostAndOriginAttacks(): Attack[] {
  const hosts: Record<string, string | undefined> = {
    valid: `127.0.0.1:${port}`,
    localhost: `localhost:${port}`,
    none: undefined,
    empty: '',
    rebound: `evil.example:${port}`,
    'another port': `127.0.0.1:${port + 1}`,
    'no port': '127.0.0.1',
    'ipv6 loopback': `[::1]:${port}`,
    'upper case': `LOCALHOST:${port}`,
    'user info': `a@127.0.0.1:${port}`,
  };
  const origins: Record<string, string | undefined> = {
    none: undefined,
    own: `http://127.0.0.1:${port}`,
    null: 'null',
    foreign: 'https://evil.example',
    'own name as a prefix': `http://127.0.0.1:${port}.evil.example`,
    garbage: 'not a url',
    file: 'file://',
    'own on another port': `http://localhost:${port + 1}`,
  };
  const targets: Pick<Shot, 'method' | 'path' | 'body'>[] = [
    { method: 'POST', path: '/api/config.set', body: NOBODYS_INPUT },
    { method: 'GET', path: '/api/events' },
    { method: 'GET', path: '/' },
  ];
  const attacks: Attack[] = [];
  for (const [hostKind, hostHeader] of Object.entries(hosts)) {
    for (const [originKind, origin] of Object.entries(origins)) {
      for (const target of targets) {
        const headers: Record<string, string> = { ...good(), ...staffHeader('admin'), ...(origin === undefined ? {} : { origin }) };
        if (hostHeader === undefined) delete headers.host;
        else headers.host = hostHeader;
        const trusted = ['valid', 'localhost'].includes(hostKind) && ['none', 'own'].includes(originKind);
        attacks.push({ label: `${target.method} ${target.path} with ${hostKind} Host and ${originKind} Origin`, trusted, shot: { ...target, headers } });
      }
    }
  }
  return attacks;
}

/** Bodies that are not JSON, not the JSON asked for, or too large, under every content type. */
function bodyAttacks(): Attack[] {
  const bodies: Record<string, string | Buffer> = {
    empty: '',
    space: ' ',
    'open brace': '{',
    truncated: '{"patch": {"idle": ',
    'close brace': '}',
    nul: '\u0000',
    undefined: 'undefined',
    NaN: 'NaN',
    'number beyond double': '1e400',
    'negative zero': '-0',
    string: '"x"',
    array: '[]',
    'array of object': '[{}]',
    true: 'true',
    zero: '0',
    'proto key': '{"__proto__": {"polluted": "yes", "isAdmin": true}}',
    'constructor key': '{"constructor": {"prototype": {"polluted": "yes"}}}',
    'duplicate keys': '{"pin": "1", "pin": {"__proto__": null}}',
    'byte order mark': '\ufeff{}',
    'deep arrays': `${'['.repeat(30_000)}${']'.repeat(30_000)}`,
    'deep objects': `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`,
    'invalid UTF-8': Buffer.from([0xff, 0xfe, 0x7b, 0x7d, 0xc3]),
    'UTF-16': Buffer.from('{"patch": {}}', 'utf16le'),
    'too large': JSON.stringify({ pad: 'x'.repeat(70_000) }),
  };
  const contentTypes: Record<string, string | undefined> = {
    json: 'application/json',
    'json utf-8': 'application/json; charset=utf-8',
    'json utf-16': 'application/json; charset=utf-16le',
    'json lookalike': 'application/jsonp',
    'upper case json': 'APPLICATION/JSON',
    text: 'text/plain',
    form: 'application/x-www-form-urlencoded',
    multipart: 'multipart/form-data; boundary=x',
    none: undefined,
  };
  const targets: { method: MethodName; role: Role }[] = [
    { method: 'config.set', role: 'admin' },
    { method: 'staff.signIn', role: 'litigant' },
    { method: 'draft.save', role: 'litigant' },
    { method: 'filing.submit', role: 'helper' },
  ];
  const attacks: Attack[] = [];
  for (const { method, role } of targets) {
    for (const [bodyKind, body] of Object.entries(bodies)) {
      // A body the method would take is not hostile: only the refused ones are sent.
      if (parsesAsInputOf(method, body)) continue;
      for (const [typeKind, contentType] of Object.entries(contentTypes)) {
        const headers: Record<string, string> = { ...good(), ...staffHeader(role) };
        if (contentType === undefined) delete headers['content-type'];
        else headers['content-type'] = contentType;
        attacks.push({
          label: `${method} with ${bodyKind} body as ${typeKind}`,
          trusted: true,
          shot: { method: 'POST', path: `/api/${method}`, headers, body },
        });
      }
      attacks.push({
        label: `${method} with ${bodyKind} body, chunked`,
        trusted: true,
        shot: { method: 'POST', path: `/api/${method}`, headers: { ...good(), ...staffHeader(role), 'transfer-encoding': 'chunked' }, body, chunked: true },
      });
    }
  }
  return attacks;
}

function parsesAsInputOf(method: MethodName, body: string | Buffer): boolean {
  try {
    const text = body.toString();
    return methods[method].input.safeParse(text === '' ? {} : ((JSON.parse(text) as unknown) ?? {})).success;
  } catch {
    return false;
  }
}

/** Launch codes never minted, in every form: the one call without the token must never give it out. */
function launchCodeAttacks(): Attack[] {
  const codes = [
    '{}',
    '{"code": ""}',
    '{"code": "x"}',
    '{"code": 1}',
    '{"code": null}',
    '{"code": ["x"]}',
    `{"code": "${host.token}"}`,
    `{"code": "${'a'.repeat(60_000)}"}`,
  ];
  const bodies = [...codes, '{"__proto__": {"code": "x"}}', '{"code": "x", "code": {}}', 'null', '[]', '{'];
  return bodies.flatMap((body) =>
    ['application/json', 'text/plain'].map((contentType) => ({
      label: `launch code ${body.slice(0, 60)} as ${contentType}`,
      trusted: false,
      shot: { method: 'POST', path: LAUNCH_CODE_PATH, headers: { ...good(), 'content-type': contentType }, body },
    })),
  );
}

/** Staff tokens that are not a live session's: the caller is a litigant (whose session lapsed), never staff. */
function staffTokenAttacks(): Attack[] {
  const tokens: Record<string, { token: string; code: string }> = {
    empty: { token: '', code: 'FORBIDDEN' },
    short: { token: staff.admin.slice(0, 10), code: 'FORBIDDEN' },
    'one more character': { token: `${staff.admin}x`, code: 'FORBIDDEN' },
    'upper case': { token: staff.admin.toUpperCase(), code: 'FORBIDDEN' },
    'sent twice': { token: `${staff.admin}, ${staff.admin}`, code: 'FORBIDDEN' },
    'the launch token': { token: host.token, code: 'FORBIDDEN' },
    long: { token: 'x'.repeat(8_000), code: 'FORBIDDEN' },
    "a helper's": { token: staff.helper, code: 'FORBIDDEN' },
    "the admin's": { token: staff.admin, code: 'INVALID_INPUT' },
  };
  return Object.entries(tokens).flatMap(([kind, { token, code }]) =>
    ['staff.unlock', 'config.set', 'audit.recent'].map((method) => ({
      label: `${method} with ${kind} staff token`,
      trusted: true,
      shot: { method: 'POST', path: `/api/${method}`, headers: { ...good(), [STAFF_TOKEN_HEADER]: token }, body: NOBODYS_INPUT },
      check: (reply: Reply) => (envelopeOf(reply)?.error?.code === code ? null : `expected ${code}, got ${reply.status} ${reply.body.slice(0, 200)}`),
    })),
  );
}

/** What node:http will not send for us: request targets, unknown verbs and broken framing, as raw bytes. */
function rawAttacks(): Attack[] {
  const head = (line: string, extra = '') =>
    `${line}\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${host.token}\r\nContent-Type: application/json\r\n${extra}Connection: close\r\n`;
  const request = (line: string, body = '', extra = '') => `${head(line, extra)}Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
  const targets = [
    '//',
    '///',
    '//a',
    '//x.png',
    'http://x',
    `http://127.0.0.1:${port}/api/app.info`,
    'https://evil.example/api/app.info',
    '*',
    '/%00',
    '/api/%00',
    '/api/app.info%00',
    '..%2f',
    '/..%2f..%2fsecret.txt',
    'x',
    '/\x7f',
    '/\u00fc',
    '/api/app.info#fragment',
    '/?',
    `/api/app.info?${'a'.repeat(3_000)}`,
    `/${'a'.repeat(5_000)}`,
    `/${'a'.repeat(20_000)}`,
  ];
  const attacks: Attack[] = targets.flatMap((target) =>
    ['GET', 'POST', 'OPTIONS'].map((verb) => ({
      label: `raw ${verb} ${target.slice(0, 60)}`,
      trusted: true,
      shot: { raw: Buffer.from(request(`${verb} ${target} HTTP/1.1`, verb === 'POST' ? NOBODYS_INPUT : '')) },
    })),
  );
  const framings: Record<string, string> = {
    'an unknown verb': request('FOO / HTTP/1.1'),
    'HTTP/9.9': request('GET / HTTP/9.9'),
    'HTTP/0.9': 'GET /\r\n\r\n',
    'HTTP/1.0 without Host': 'GET / HTTP/1.0\r\n\r\n',
    'HTTP/1.1 without Host': 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n',
    'two Hosts': request('GET / HTTP/1.1', '', 'Host: evil.example\r\n'),
    'a header line without a colon': request('GET / HTTP/1.1', '', 'Bad Header\r\n'),
    'a folded header': request('GET / HTTP/1.1', '', 'X-A: a\r\n b\r\n'),
    'a NUL in a header': request('GET / HTTP/1.1', '', 'X-A: a\u0000b\r\n'),
    'a non-ASCII token': request('POST /api/app.info HTTP/1.1', NOBODYS_INPUT).replace(`Bearer ${host.token}`, `Bearer ${'\u00fc'.repeat(host.token.length)}`),
    'length and chunked both': `${head('POST /api/config.set HTTP/1.1', 'Transfer-Encoding: chunked\r\n')}Content-Length: 4\r\n\r\n0\r\n\r\n`,
    'a bad chunk size': `${head('POST /api/config.set HTTP/1.1', 'Transfer-Encoding: chunked\r\n')}\r\nzz\r\n{}\r\n0\r\n\r\n`,
    'a negative length': `${head('POST /api/config.set HTTP/1.1')}Content-Length: -1\r\n\r\n{}`,
    'a length that is not a number': `${head('POST /api/config.set HTTP/1.1')}Content-Length: abc\r\n\r\n{}`,
    'a declared length beyond the limit': `${head('POST /api/config.set HTTP/1.1')}Content-Length: 1000000000000\r\n\r\n{}`,
    'two lengths': `${head('POST /api/config.set HTTP/1.1')}Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}`,
    'Expect: 100-continue': request('POST /api/config.set HTTP/1.1', NOBODYS_INPUT, 'Expect: 100-continue\r\n'),
    'an unknown expectation': request('POST /api/config.set HTTP/1.1', NOBODYS_INPUT, 'Expect: teapot\r\n'),
    'an upgrade to websocket': request(
      'GET /api/events HTTP/1.1',
      '',
      'Upgrade: websocket\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n',
    ),
    'a pipelined second request': `${request('POST /api/config.set HTTP/1.1', NOBODYS_INPUT)}GET //x HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`,
    'an oversized header': request('GET / HTTP/1.1', '', `X-Big: ${'a'.repeat(20_000)}\r\n`),
  };
  // All but one carry the launch's token and Host: what is odd is their framing.
  for (const [kind, raw] of Object.entries(framings)) {
    attacks.push({ label: `raw request with ${kind}`, trusted: kind !== 'a non-ASCII token', shot: { raw: Buffer.from(raw, 'latin1') } });
  }
  // Node's server has no tunnel to offer and closes a CONNECT's connection unanswered, before any code of ours runs.
  attacks.push({
    label: 'raw CONNECT',
    trusted: false,
    mayGoUnanswered: true,
    shot: { raw: Buffer.from(`CONNECT 127.0.0.1:${port} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`, 'latin1') },
  });
  return attacks;
}

/** What no reply may be, whatever was sent: a server error, silence, a file from outside the build, the API to a stranger. */
function problemsOf(attack: Attack, reply: Reply): string | null {
  if (reply.status >= 500) return `${reply.status}: ${reply.body.slice(0, 200)}`;
  if (reply.status === 0) return attack.mayGoUnanswered ? null : `no answer (${reply.error ?? 'connection closed'})`;
  if (reply.body.includes(SECRET) || reply.body.includes('SQLite format') || reply.body.includes('"name": "court-kiosk"'))
    return 'served a file from outside the build';
  const reachedApi = reply.status < 300 && (reply.contentType.startsWith('application/json') || reply.contentType.startsWith('text/event-stream'));
  if (reachedApi && !attack.trusted) return `answered ${reply.status} ${reply.contentType} without the token, an allowed Host or its own Origin`;
  return attack.check?.(reply) ?? null;
}

describe('hostile input at the browser shell', () => {
  it('refuses every malformed call and HTTP attack without a 5xx, keeps serving, and changes nothing', { timeout: 120_000 }, async () => {
    const digestsBefore = await tableDigests();
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype);
    const contract = [...contractAttacks(), ...configPatchAttacks()];
    const http = [...verbAttacks(), ...hostAndOriginAttacks(), ...bodyAttacks(), ...staffTokenAttacks(), ...launchCodeAttacks(), ...rawAttacks()];
    const attacks = [...contract, ...http];

    const started = Date.now();
    const shooter = volley(port, 8);
    const replies = await shooter.fire(attacks.map((a) => a.shot));

    const byClass: Record<string, number> = {};
    for (const { status } of replies) {
      const statusClass = status === 0 ? 'none' : `${Math.floor(status / 100)}xx`;
      byClass[statusClass] = (byClass[statusClass] ?? 0) + 1;
    }
    const problems = attacks.flatMap((attack, i) => {
      const problem = problemsOf(attack, replies[i]!);
      return problem === null ? [] : [`${attack.label}: ${problem}`];
    });
    console.log(
      `hostile input: ${attacks.length} requests in ${Date.now() - started} ms — ${contract.length} malformed calls to ${METHOD_NAMES.length} methods ` +
        `as ${ROLES.join('/')}, ${http.length} HTTP attacks; by status ${JSON.stringify(byClass)}; ${problems.length} problems`,
    );

    expect(problems.slice(0, 20), `${problems.length} problems, the first 20`).toEqual([]);
    expect(attacks.length).toBeGreaterThanOrEqual(MIN_REQUESTS);
    expect(await tableDigests()).toEqual(digestsBefore);
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // The one thing the host logs on purpose: a launch code refused, which may be someone who read Chromium's command line.
    expect(hostLog.filter(({ message }) => !message.startsWith('launch code refused'))).toEqual([]);
    // Still serving, with the staff sessions the volley could not end.
    const [after] = await shooter.fire([{ method: 'POST', path: '/api/staff.whoami', headers: { ...good(), ...staffHeader('admin') }, body: '{}' }]);
    shooter.close();
    expect(after!.status).toBe(200);
    expect(envelopeOf(after!)).toMatchObject({ ok: true, value: { staffId: 'admin' } });
  });
});
