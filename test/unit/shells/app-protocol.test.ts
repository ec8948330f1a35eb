// The app:// handler serves build/renderer and nothing outside it, always with the CSP.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rendererResponse } from '../../../main/electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../main/shared/security-policy';
import { tempDir } from '../support/temp-kiosk';

const root = tempDir('app-protocol-');
const renderer = join(root.dir, 'renderer');
const INDEX = '<!doctype html><title>kiosk</title>';

beforeAll(() => {
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), INDEX);
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  // A secret right beside the renderer folder, one `..` away.
  writeFileSync(join(root.dir, 'secret.txt'), 'SECRET');
  writeFileSync(join(root.dir, 'renderer-evil.txt'), 'SECRET');
});
afterAll(() => root.remove());

const get = async (url: string) => {
  const res = await rendererResponse(url, renderer);
  return { status: res.status, type: res.headers.get('content-type'), csp: res.headers.get('content-security-policy'), body: await res.text() };
};

describe('rendererResponse', () => {
  it('serves a file with its type and the CSP', async () => {
    expect(await get('app://kiosk/assets/app.js')).toEqual({
      status: 200,
      type: 'text/javascript; charset=utf-8',
      csp: CONTENT_SECURITY_POLICY,
      body: 'console.log(1)',
    });
  });

  it.each([
    'app://kiosk/',
    'app://kiosk/filing/step-2',
    'app://kiosk/assets/missing.js',
    // A path through a file, or a name longer than the file system allows: stat threw (ENOTDIR, ENAMETOOLONG), a 500 in the browser shell.
    'app://kiosk/index.html/x',
    `app://kiosk/${'a'.repeat(300)}`,
  ])('answers %s with the app itself', async (url) => {
    expect(await get(url)).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', body: INDEX });
  });

  it.each([
    'app://kiosk/..%2fsecret.txt',
    'app://kiosk/%2e%2e%2fsecret.txt',
    'app://kiosk/assets/..%2f..%2fsecret.txt',
    'app://kiosk/..%5csecret.txt',
    'app://kiosk/..%2frenderer-evil.txt',
  ])('refuses to leave the renderer folder: %s', async (url) => {
    const reply = await get(url);
    expect(reply.body).not.toContain('SECRET');
    expect(reply.status === 404 || reply.body === INDEX).toBe(true);
  });

  it('refuses another host on the scheme and a malformed escape', async () => {
    expect((await get('app://evil/index.html')).status).toBe(404);
    expect((await get('app://kiosk/%E0%A4%A')).status).toBe(404);
  });
});
