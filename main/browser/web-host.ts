// The browser shell: serves the renderer build and the contract on 127.0.0.1, so any Chromium in
// --kiosk --app= mode is a working kiosk. Every API call needs this launch's secret token, which the
// page gets by trading a one-time launch code; the Host header is checked against DNS rebinding;
// bodies are JSON and small.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sep } from 'node:path';
import { z } from 'zod';
import { EVENT_NAMES, type KioskErrorShape } from '../../contract';
import { dispatch, isMethodName, type Log } from '../shared/dispatch';
import { systemClock, type Clock } from '../services/clock';
import type { Kiosk } from '../services/kiosk';
import { LaunchCodes } from './launch-codes';
import { contentTypeOf, rendererFile } from '../shared/renderer-files';
import { SECURITY_HEADERS } from '../shared/security-policy';

export interface WebHostOptions {
  kiosk: Kiosk;
  /** The built renderer (index.html and assets). */
  rendererDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Given by tests and by the host's supervisor, so a restarted host keeps the page's token; else random. */
  token?: string;
  maxBodyBytes?: number;
  /** Ages the launch codes; tests move it. */
  clock?: Clock;
  log: Log;
}

export interface WebHost {
  /** The kiosk's address without the token, e.g. http://127.0.0.1:41234/ */
  origin: string;
  /**
   * A fresh address to open, e.g. launchUrl('?screen=display'): a new one-time launch code rides in
   * the fragment (never sent to a server, so never in a log) and the page trades it for the token.
   * lifetimeMs: see LaunchCodes.mint.
   */
  launchUrl(search?: string, lifetimeMs?: number): string;
  /** This launch's session token, for tests and tools that call the API themselves; never put in a URL. */
  token: string;
  close(): Promise<void>;
}

const DEFAULT_MAX_BODY = 64 * 1024;
/** Carries a signed-in helper's or admin's session token (contract/, beside Access). */
export const STAFF_TOKEN_HEADER = 'x-kiosk-staff';
const HEARTBEAT_MS = 15_000;
/** Where the page trades its launch code for the token (preload/web.ts, which cannot import this). */
export const LAUNCH_CODE_PATH = '/api/launch-code';
const LaunchCodeInput = z.object({ code: z.string() });

// Beyond the shared headers: no other window may hold a reference to the kiosk, nor embed its files.
const HOST_HEADERS = {
  ...SECURITY_HEADERS,
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

class HttpFailure extends Error {
  constructor(
    readonly status: number,
    readonly error: KioskErrorShape,
  ) {
    super(error.code);
  }
}

const hostOf = (url: string): string => {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
};

const fail = (status: number, code: string, messageKey: string) => new HttpFailure(status, { code, messageKey });

/**
 * The path of an origin-form request target ("/api/x?y"), or null for anything else: an absolute
 * URL, "*", or a target starting "//" (which URL parsing reads as a host, and once threw before any
 * check, ending the process). A browser only ever sends origin-form to a server it was not told is a proxy.
 */
export function originFormPath(target: string | undefined): string | null {
  if (target === undefined || !target.startsWith('/') || target.startsWith('//')) return null;
  try {
    return new URL(target, 'http://kiosk.invalid').pathname;
  } catch {
    return null;
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const close = status === 413 ? { connection: 'close' } : {};
  res.writeHead(status, { ...HOST_HEADERS, ...close, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.reject(fail(413, 'BODY_TOO_LARGE', 'errors.http.bodyTooLarge'));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit, answer at once but let the rest drain: destroying the socket would lose the 413.
      if (size <= limit) chunks.push(chunk);
      else reject(fail(413, 'BODY_TOO_LARGE', 'errors.http.bodyTooLarge'));
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    // A body cut short (the caller hung up, or its chunked framing broke) is the caller's failure, not the kiosk's.
    req.on('error', () => reject(fail(400, 'BODY_INCOMPLETE', 'errors.http.badJson')));
  });
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const tokenBytes = Buffer.from(`Bearer ${token}`);
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const launchCodes = new LaunchCodes(options.clock ?? systemClock);
  let allowedHosts: Set<string> = new Set();

  const hasToken = (req: IncomingMessage): boolean => {
    const given = Buffer.from(req.headers.authorization ?? '');
    return given.length === tokenBytes.length && timingSafeEqual(given, tokenBytes);
  };

  function checkCaller(req: IncomingMessage): void {
    // A web page that rebinds its own name to 127.0.0.1 still sends its own Host.
    if (!allowedHosts.has(req.headers.host ?? '')) throw fail(403, 'FORBIDDEN_HOST', 'errors.http.forbidden');
    const callerOrigin = req.headers.origin;
    if (callerOrigin !== undefined && !allowedHosts.has(hostOf(callerOrigin))) throw fail(403, 'FORBIDDEN_ORIGIN', 'errors.http.forbidden');
  }

  async function readJson(req: IncomingMessage): Promise<unknown> {
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) throw fail(415, 'NOT_JSON', 'errors.http.notJson');
    const body = await readBody(req, maxBody);
    try {
      return body === '' ? {} : JSON.parse(body);
    } catch {
      throw fail(400, 'BAD_JSON', 'errors.http.badJson');
    }
  }

  /** The one call without the token: it is how the page gets it, once per launch code. */
  async function handleLaunchCode(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') throw fail(405, 'METHOD_NOT_ALLOWED', 'errors.http.methodNotAllowed');
    const input = LaunchCodeInput.safeParse(await readJson(req));
    if (!input.success || !launchCodes.redeem(input.data.code)) {
      // The kiosk's own page trades its code within a second of opening: a refusal may be someone
      // who read Chromium's command line and came second (or first — then the kiosk page is refused).
      options.log('launch code refused: unknown, spent or expired');
      throw fail(401, 'LAUNCH_CODE_REFUSED', 'errors.http.unauthorized');
    }
    sendJson(res, 200, { ok: true, value: { token } });
  }

  async function handleCall(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (!hasToken(req)) throw fail(401, 'UNAUTHORIZED', 'errors.http.unauthorized');
    if (req.method !== 'POST') throw fail(405, 'METHOD_NOT_ALLOWED', 'errors.http.methodNotAllowed');
    if (!isMethodName(name)) throw fail(404, 'UNKNOWN_METHOD', 'errors.unknownMethod');
    const input = await readJson(req);
    const staffToken = req.headers[STAFF_TOKEN_HEADER];
    const caller = await options.kiosk.staff.resolve(typeof staffToken === 'string' ? staffToken : undefined);
    sendJson(res, 200, await dispatch(options.kiosk.handlers, name, input, options.log, caller));
  }

  function handleEvents(req: IncomingMessage, res: ServerResponse): void {
    if (!hasToken(req)) throw fail(401, 'UNAUTHORIZED', 'errors.http.unauthorized');
    // EventSource only GETs. A HEAD's head is never sent (it has no body to flush it), so it held a
    // subscription and the socket open, silent, until Node's request timeout.
    if (req.method !== 'GET') throw fail(405, 'METHOD_NOT_ALLOWED', 'errors.http.methodNotAllowed');
    res.writeHead(200, { ...HOST_HEADERS, 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(`: events ${EVENT_NAMES.join(' ')}\n\n`);
    const unsubscribe = options.kiosk.events.subscribe((event, payload) => res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`));
    const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS);
    req.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  }

  function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw fail(405, 'METHOD_NOT_ALLOWED', 'errors.http.methodNotAllowed');
    const file = rendererFile(options.rendererDir, pathname);
    if (file === null) throw fail(404, 'NOT_FOUND', 'errors.http.notFound');
    const cache = file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
    res.writeHead(200, { ...HOST_HEADERS, 'content-type': contentTypeOf(file), 'cache-control': cache });
    if (req.method === 'HEAD') res.end();
    else
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
  }

  const server = createServer((req, res) => {
    const pathname = originFormPath(req.url);
    const route = async () => {
      if (pathname === null) throw fail(400, 'BAD_REQUEST_TARGET', 'errors.http.badRequest');
      checkCaller(req);
      if (pathname === '/api/events') handleEvents(req, res);
      else if (pathname === LAUNCH_CODE_PATH) await handleLaunchCode(req, res);
      else if (pathname.startsWith('/api/')) await handleCall(req, res, pathname.slice('/api/'.length));
      else serveStatic(req, res, pathname);
    };
    // One request's failure, however it fails, ends that request only: never the kiosk.
    route()
      .catch((err: unknown) => {
        if (err instanceof HttpFailure) return sendJson(res, err.status, { ok: false, error: err.error });
        options.log('web host request failed', { path: pathname, error: err instanceof Error ? err.stack : String(err) });
        if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', messageKey: 'errors.internal' } });
      })
      .catch(() => res.destroy());
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const origin = `http://127.0.0.1:${port}/`;

  return {
    origin,
    launchUrl: (search = '', lifetimeMs) => `${origin}${search}#code=${launchCodes.mint(lifetimeMs)}`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
