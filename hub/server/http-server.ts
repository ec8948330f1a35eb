// The hub's HTTP face: the terminal protocol (signed), the court receiver (signed), the update feed
// (feed token) and the console's API (session cookie), plus the console's own files. Each route is a
// row in a table; bad input gets a status, a stable code and a message key, and changes nothing.
import { readFileSync, existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { z } from 'zod';
import { EnrolRequest, Heartbeat } from '../../contract/hub-protocol';
import { AccountEnrolment, SignIn } from './accounts';
import { GroupName, ConfigPatch, configDiff } from './desired-config';
import { fleetStatistics } from './statistics';
import { badInput, HubError } from './hub-error';
import type { Hub } from './hub';
import type { TerminalIdentity } from './terminals';

const MAX_BODY = { terminal: 2 * 2 ** 20, console: 512 * 2 ** 20 };
const SESSION_COOKIE = 'hub_session';

interface Request {
  method: string;
  path: string;
  /** Path with query, exactly as signed. */
  target: string;
  query: URLSearchParams;
  params: string[];
  body: string;
  headers: IncomingMessage['headers'];
}
type Reply = { status?: number; json?: unknown; text?: string; type?: string; bytes?: Buffer; headers?: Record<string, string> };
type Route = {
  method: string;
  pattern: RegExp;
  auth: 'none' | 'terminal' | 'feed' | 'staff';
  handle: (req: Request, who: { terminal?: TerminalIdentity; account?: string }) => Promise<Reply>;
};

const parse = <T>(schema: z.ZodType<T>, raw: unknown): T => {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw badInput(parsed.error.issues[0]!.path.join('.') || '(body)', parsed.error.issues[0]!.message);
  return parsed.data;
};
const jsonOf = (req: Request): unknown => {
  try {
    return req.body === '' ? {} : JSON.parse(req.body);
  } catch {
    throw new HubError(400, 'BAD_JSON', 'errors.badJson');
  }
};
const dayRange = (query: URLSearchParams) => {
  const from = query.get('from') ?? '1970-01-01';
  const to = query.get('to') ?? '9999-12-31';
  if (!/^\d{4}-\d{2}-\d{2}/.test(from) || !/^\d{4}-\d{2}-\d{2}/.test(to)) throw badInput('from', 'a date like 2026-12-01');
  return { from, to };
};

function routes(hub: Hub): Route[] {
  const staff = (method: string, pattern: RegExp, handle: Route['handle']): Route => ({ method, pattern, auth: 'staff', handle });
  return [
    {
      method: 'POST',
      pattern: /^\/terminal\/v1\/enrol$/,
      auth: 'none',
      handle: async (req) => ({ json: await hub.terminals.enrol(parse(EnrolRequest, jsonOf(req))) }),
    },
    {
      method: 'POST',
      pattern: /^\/terminal\/v1\/heartbeat$/,
      auth: 'terminal',
      handle: async (req, who) => ({ json: await hub.terminals.heartbeat(who.terminal!, parse(Heartbeat, jsonOf(req))) }),
    },
    {
      method: 'GET',
      pattern: /^\/terminal\/v1\/config$/,
      auth: 'terminal',
      handle: async (_req, who) => ({ json: await hub.configs.forTerminal(who.terminal!.terminalId, who.terminal!.group) }),
    },
    { method: 'GET', pattern: /^\/terminal\/v1\/data-package$/, auth: 'terminal', handle: async () => ({ json: { package: await hub.packages.latest() } }) },
    {
      method: 'POST',
      pattern: /^\/court\/v1\/submissions$/,
      auth: 'terminal',
      handle: async (req, who) => ({ json: await hub.court.submit(who.terminal!.terminalId, jsonOf(req)) }),
    },
    {
      method: 'GET',
      pattern: /^\/court\/v1\/fee-notices$/,
      auth: 'terminal',
      handle: async (req) => ({ json: await hub.court.feeNotice(req.query.get('caseNumber') ?? '', req.query.get('payerIdNumber') ?? '') }),
    },
    {
      method: 'GET',
      pattern: /^\/court\/v1\/audit-witness$/,
      auth: 'terminal',
      handle: async (_req, who) => ({ json: await hub.court.auditWitness(who.terminal!.terminalId) }),
    },
    {
      method: 'GET',
      pattern: /^\/court\/v1\/cases\/status$/,
      auth: 'terminal',
      handle: async (req) => ({ json: await hub.court.caseStatus(req.query.get('caseNumber') ?? '', req.query.get('partyIdNumber') ?? '') }),
    },
    {
      method: 'GET',
      pattern: /^\/updates\/([A-Za-z0-9-]{1,32})\/([A-Za-z0-9._-]{1,120})$/,
      auth: 'feed',
      handle: async (req, who) => {
        const file = req.params[1]!;
        if (/^latest(-[a-z]+)?\.yml$/.test(file)) {
          const yml = await hub.updates.latestYml(who.terminal!.group);
          if (yml === null) throw new HubError(404, 'NO_RELEASE', 'errors.noRelease');
          return { text: yml, type: 'text/yaml; charset=utf-8' };
        }
        const bytes = await hub.updates.artifact(who.terminal!.group, file);
        if (!bytes) throw new HubError(404, 'NO_RELEASE', 'errors.noRelease');
        return { bytes, type: 'application/octet-stream' };
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/accounts\/enrol$/,
      auth: 'none',
      handle: async (req) => (await hub.accounts.enrol(parse(AccountEnrolment, jsonOf(req))), { json: { done: true } }),
    },
    {
      method: 'POST',
      pattern: /^\/api\/sign-in$/,
      auth: 'none',
      handle: async (req) => {
        const { token, account } = await hub.accounts.signIn(parse(SignIn, jsonOf(req)));
        return { json: { account }, headers: { 'set-cookie': `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/` } };
      },
    },
    staff('POST', /^\/api\/sign-out$/, async (req) => {
      await hub.accounts.signOut(sessionToken(req.headers) ?? '');
      return { json: { done: true }, headers: { 'set-cookie': `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0` } };
    }),
    staff('GET', /^\/api\/me$/, async (_req, who) => ({ json: { account: who.account } })),
    staff('GET', /^\/api\/terminals$/, async () => ({ json: { terminals: await hub.terminals.list() } })),
    staff('POST', /^\/api\/terminals\/([A-Za-z0-9-]{1,32})\/revoke$/, async (req) => (await hub.terminals.revoke(req.params[0]!), { json: { done: true } })),
    staff('POST', /^\/api\/alerts\/(\d{1,18})\/clear$/, async (req) => (await hub.terminals.clearAlert(Number(req.params[0])), { json: { done: true } })),
    staff('POST', /^\/api\/enrolment-codes$/, async (req) => {
      const input = parse(
        z.discriminatedUnion('purpose', [
          z.object({ purpose: z.literal('terminal'), site: z.string().trim().min(1).max(60), group: GroupName }).strict(),
          z.object({ purpose: z.literal('admin') }).strict(),
        ]),
        jsonOf(req),
      );
      return { json: { code: await hub.newEnrolmentCode(input.purpose, input.purpose === 'terminal' ? { site: input.site, group: input.group } : null) } };
    }),
    staff('GET', /^\/api\/config\/groups$/, async () => ({ json: { groups: await hub.configs.groups() } })),
    staff('POST', /^\/api\/config\/groups\/([^/]{1,40})\/diff$/, async (req) => {
      const group = parse(GroupName, decodeURIComponent(req.params[0]!));
      const patch = parse(z.object({ patch: ConfigPatch }).strict(), jsonOf(req)).patch;
      hub.configs.validate(patch);
      return { json: { changes: configDiff(await hub.configs.groupPatch(group), patch) } };
    }),
    staff('PUT', /^\/api\/config\/groups\/([^/]{1,40})$/, async (req, who) => {
      const group = parse(GroupName, decodeURIComponent(req.params[0]!));
      return { json: await hub.configs.setGroup(group, parse(z.object({ patch: ConfigPatch }).strict(), jsonOf(req)).patch, who.account!) };
    }),
    staff('PUT', /^\/api\/config\/terminals\/([A-Za-z0-9-]{1,32})$/, async (req, who) => ({
      json: await hub.configs.setOverride(req.params[0]!, parse(z.object({ patch: ConfigPatch }).strict(), jsonOf(req)).patch, who.account!),
    })),
    staff('GET', /^\/api\/data-packages$/, async () => ({ json: { packages: await hub.packages.list(), draft: await hub.packages.draft() } })),
    staff('POST', /^\/api\/data-packages$/, async (req, who) => ({
      json: await hub.packages.publish(parse(z.object({ version: z.unknown(), content: z.unknown() }).strict(), jsonOf(req)), who.account!),
    })),
    staff('GET', /^\/api\/statistics$/, async (req) => {
      const { from, to } = dayRange(req.query);
      return { json: await fleetStatistics(hub.store, from, to) };
    }),
    staff('GET', /^\/api\/submissions$/, async (req) => {
      const kind = req.query.get('kind') || undefined;
      const terminalId = req.query.get('terminalId') || undefined;
      const before = req.query.get('before') || undefined;
      const limit = parse(z.coerce.number().int().min(1).max(500), req.query.get('limit') ?? '50');
      return {
        json: {
          submissions: await hub.court.inbox({ limit, ...(kind ? { kind } : {}), ...(terminalId ? { terminalId } : {}), ...(before ? { before } : {}) }),
        },
      };
    }),
    staff('GET', /^\/api\/submissions\/export$/, async (req) => {
      const format = parse(z.enum(['csv', 'json']), req.query.get('format') ?? 'csv');
      const { from, to } = dayRange(req.query);
      const text = await hub.court.export(format, from, to);
      return {
        text,
        type: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
        headers: { 'content-disposition': `attachment; filename="submissions.${format}"` },
      };
    }),
    staff('GET', /^\/api\/updates$/, async () => ({ json: { releases: await hub.updates.releases() } })),
    staff('POST', /^\/api\/updates$/, async (req) => ({ json: await hub.updates.release(jsonOf(req)) })),
    staff(
      'PUT',
      /^\/api\/updates\/([0-9A-Za-z.-]{1,40})\/groups$/,
      async (req) => (
        await hub.updates.setGroups(req.params[0]!, parse(z.object({ groups: z.array(z.string()) }).strict(), jsonOf(req)).groups),
        { json: { done: true } }
      ),
    ),
  ];
}

function sessionToken(headers: IncomingMessage['headers']): string | undefined {
  const cookie = headers.cookie ?? '';
  return cookie
    .split(';')
    .map((c) => c.trim().split('='))
    .find(([name]) => name === SESSION_COOKIE)?.[1];
}

const readBody = (req: IncomingMessage, limit: number) =>
  new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new HubError(413, 'TOO_LARGE', 'errors.tooLarge'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

const STATIC_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...reply.headers };
  if (reply.bytes)
    res
      .writeHead(reply.status ?? 200, { ...headers, 'content-type': reply.type ?? 'application/octet-stream', 'content-length': String(reply.bytes.length) })
      .end(reply.bytes);
  else if (reply.text !== undefined)
    res.writeHead(reply.status ?? 200, { ...headers, 'content-type': reply.type ?? 'text/plain; charset=utf-8' }).end(reply.text);
  else res.writeHead(reply.status ?? 200, { ...headers, 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(reply.json));
}

/** The console's built files (hub/console → consoleDir); any other path gets its index.html. */
function consoleFile(consoleDir: string | null, path: string): Reply | null {
  if (!consoleDir) return null;
  const relative = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, '');
  let file = join(consoleDir, relative);
  if (!file.startsWith(consoleDir) || !existsSync(file) || !extname(file)) file = join(consoleDir, 'index.html');
  if (!existsSync(file)) return null;
  return {
    bytes: readFileSync(file),
    type: STATIC_TYPES[extname(file)] ?? 'application/octet-stream',
    headers: { 'content-security-policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'" },
  };
}

export function createHubServer(hub: Hub, options: { consoleDir: string | null; log: (message: string, context?: Record<string, unknown>) => void }): Server {
  const table = routes(hub);
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://hub');
      const method = req.method ?? 'GET';
      const found = table.map((r) => ({ r, m: r.method === method ? r.pattern.exec(url.pathname) : null })).find((x) => x.m);
      try {
        if (!found) {
          const file = method === 'GET' && !url.pathname.startsWith('/api/') ? consoleFile(options.consoleDir, url.pathname) : null;
          return send(res, file ?? { status: 404, json: { error: { code: 'NOT_FOUND', messageKey: 'errors.notFound' } } });
        }
        const body = await readBody(req, found.r.auth === 'staff' ? MAX_BODY.console : MAX_BODY.terminal);
        const request: Request = {
          method,
          path: url.pathname,
          target: `${url.pathname}${url.search}`,
          query: url.searchParams,
          params: found.m!.slice(1),
          body,
          headers: req.headers,
        };
        const who: { terminal?: TerminalIdentity; account?: string } = {};
        if (found.r.auth === 'terminal') who.terminal = await hub.terminals.authenticate(method, request.target, body, req.headers);
        if (found.r.auth === 'feed')
          who.terminal = await hub.terminals.authenticateFeed(request.params[0]!, (req.headers.authorization ?? '').replace(/^Bearer /, ''));
        if (found.r.auth === 'staff') {
          // A form on another site cannot send JSON with this header to the console's API.
          if (method !== 'GET' && !(req.headers['content-type'] ?? '').startsWith('application/json')) throw new HubError(415, 'JSON_ONLY', 'errors.badJson');
          who.account = await hub.accounts.accountFor(sessionToken(req.headers));
        }
        send(res, await found.r.handle(request, who));
      } catch (err) {
        if (err instanceof HubError)
          return send(res, { status: err.status, json: { error: { code: err.code, messageKey: err.messageKey, details: err.details } } });
        options.log('hub request failed', { method, path: url.pathname, error: err instanceof Error ? err.stack : String(err) });
        send(res, { status: 500, json: { error: { code: 'HUB_FAULT', messageKey: 'errors.fault' } } });
      }
    })();
  });
  // Terminals and load balancers keep connections open between heartbeats; Node's 5 s default would
  // close them just as a client reuses one, and the request would fail with a reset.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return server;
}
