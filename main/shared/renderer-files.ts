// Which file of the renderer build answers a path, for both shells (app:// in Electron, HTTP in the
// browser shell): never one outside the build, and the app itself for any path it routes in the page.
import { statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

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

export const contentTypeOf = (file: string): string => CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';

/** The file for a URL path, or null when the path is malformed or escapes the build folder. */
export function rendererFile(rendererDir: string, urlPath: string): string | null {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  // A NUL or other control character names no file (and makes the file system throw).
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(relative)) return null;
  const root = normalize(rendererDir + sep);
  const file = normalize(join(root, relative));
  // Encoded dots and backslashes survive URL parsing; after decoding, the path must still be inside.
  if (!file.startsWith(root)) return null;
  return isFile(file) ? file : join(root, 'index.html');
}

/** Whether a file is there: a path through a file ("index.html/x") or with an overlong name names none, rather than throwing. */
function isFile(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}
