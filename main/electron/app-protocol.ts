// The app:// scheme the Electron renderer is loaded from: one origin, app://kiosk, that can only
// ever serve the files of build/renderer, with the same Content Security Policy as the browser shell.
//
// Why not file://: under file:// every file on the disk is the page's "self", so the CSP's
// script-src 'self' would admit any local script, and the navigation and IPC-sender checks would have
// to reason about paths instead of comparing one origin (Electron security checklist, "Use a custom
// protocol instead of file://"). A standard, secure custom scheme makes 'self', isAppUrl and the
// sender check exact, and costs one small handler.
import { readFile } from 'node:fs/promises';
import type { CustomScheme, Protocol } from 'electron';
import { contentTypeOf, rendererFile } from '../shared/renderer-files';
import { SECURITY_HEADERS } from '../shared/security-policy';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://kiosk`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Registered before the app is ready. standard: a real origin, so relative URLs and 'self' work;
 * secure: treated like https (secure-context APIs, no mixed-content downgrade); fetch: the renderer
 * may read its own assets, which connect-src 'self' allows anyway.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } };

// Session webRequest header hooks never fire for custom schemes (electron/electron#6021), so the
// policy rides on each response this handler makes: the only way pages reach the renderer.
const notFound = () => new Response(null, { status: 404, headers: SECURITY_HEADERS });

/** The answer to one app:// request: a file from rendererDir, never anything outside it. */
export async function rendererResponse(url: string, rendererDir: string): Promise<Response> {
  const requested = new URL(url);
  if (`${requested.protocol}//${requested.host}` !== APP_ORIGIN) return notFound();
  const file = rendererFile(rendererDir, requested.pathname);
  if (file === null) return notFound();
  return new Response(await readFile(file), { headers: { ...SECURITY_HEADERS, 'content-type': contentTypeOf(file) } });
}

export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => rendererResponse(request.url, rendererDir));
}
