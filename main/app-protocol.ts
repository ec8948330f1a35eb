// The app:// scheme the Electron renderer is loaded from: one origin, app://kiosk, that can only
// ever serve the files of build/renderer, with the same Content Security Policy as the browser shell.
//
// Why not file://: under file:// every file on the disk is the page's "self", so the CSP's
// script-src 'self' would admit any local script, and the navigation and IPC-sender checks would have
// to reason about paths instead of comparing one origin (Electron security checklist, "Use a custom
// protocol instead of file://"). A standard, secure custom scheme makes 'self', isAppUrl and the
// sender check exact, and costs one small handler.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from './security-policy';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://kiosk`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Registered before the app is ready. standard: a real origin, so relative URLs and 'self' work;
 * secure: treated like https (secure-context APIs, no mixed-content downgrade); fetch: the renderer
 * may read its own assets, which connect-src 'self' allows anyway.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } };

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

// Session webRequest header hooks never fire for custom schemes (electron/electron#6021), so the
// policy rides on each response this handler makes: the only way pages reach the renderer.
const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

const notFound = () => new Response(null, { status: 404, headers: SECURITY_HEADERS });

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The answer to one app:// request: a file from rendererDir, never anything outside it. */
export async function rendererResponse(url: string, rendererDir: string): Promise<Response> {
  const requested = new URL(url);
  if (`${requested.protocol}//${requested.host}` !== APP_ORIGIN) return notFound();
  let relative: string;
  try {
    relative = decodeURIComponent(requested.pathname);
  } catch {
    return notFound();
  }
  const root = normalize(rendererDir + sep);
  let file = normalize(join(root, relative));
  // Encoded dots and backslashes survive URL parsing; after decoding, the path must still be inside.
  if (!file.startsWith(root)) return notFound();
  // The renderer routes in the page, like the browser shell: any unknown path is the app itself.
  if (!(await isFile(file))) file = join(root, 'index.html');
  const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
  return new Response(await readFile(file), { headers: { ...SECURITY_HEADERS, 'content-type': type } });
}

export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => rendererResponse(request.url, rendererDir));
}
