// The browser shell supervised for real: `npm start`'s launcher (bundled) runs the web host as its
// child and a stand-in Chromium that dies at once; the window is opened again on a fresh launch
// code, a host killed outright comes back on the same port, over the same data, taking the same
// token, and the launcher takes both down with it on SIGTERM.
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { LAUNCH_CODE_PATH } from '../../../main/browser/web-host';
import { spawnTs } from '../support/spawn-ts';
import { REPO_ROOT, tempDir } from '../support/temp-kiosk';

const data = tempDir('supervised-');
const chromiumLog = join(data.dir, 'chromium-apps.txt');
const fakeChromium = join(data.dir, 'fake-chromium');
// Notes the address it was given, then ends as a crashed Chromium would.
writeFileSync(fakeChromium, `#!/bin/sh\nfor a in "$@"; do case "$a" in --app=*) echo "\${a#--app=}" >> '${chromiumLog}';; esac; done\nexit 1\n`, {
  mode: 0o755,
});
let launcher: ChildProcess | undefined;
afterAll(async () => {
  if (launcher && launcher.exitCode === null) {
    launcher.kill('SIGTERM');
    await once(launcher, 'exit');
  }
  data.remove();
});

/** The launcher's output lines not yet matched, and a wake-up for whoever waits on the next one. */
const lines: string[] = [];
let wake: () => void = () => undefined;
const collect = (stream: Readable | null) =>
  stream &&
  createInterface({ input: stream }).on('line', (line) => {
    lines.push(line);
    wake();
  });

/** The first line, from the last one matched on, that matches; every line up to it is used up. */
async function line(pattern: RegExp): Promise<RegExpExecArray> {
  for (;;) {
    const at = lines.findIndex((text) => pattern.test(text));
    if (at >= 0) return pattern.exec(lines.splice(0, at + 1).at(-1)!)!;
    if (launcher?.exitCode !== null) throw new Error(`the launcher ended (${launcher?.exitCode}) before ${pattern}:\n${lines.join('\n')}`);
    await new Promise<void>((resolve) => (wake = resolve));
  }
}

const post = async (url: string, body: unknown, token = '') =>
  fetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('the supervised browser shell', () => {
  // The timeout is a margin for two whole kiosk starts on a loaded machine, not a speed target.
  it('opens a dead window again on a fresh code, and brings a killed host back on the same port with the same data and token', async () => {
    launcher = spawnTs(join(REPO_ROOT, 'main', 'start.ts'), [], ['ignore', 'pipe', 'pipe'], {
      KIOSK_DATA_DIR: data.dir,
      KIOSK_SHELL: 'browser',
      KIOSK_PORT: '0',
      CHROME_PATH: fakeChromium,
      DISPLAY: ':99',
    });
    collect(launcher.stdout);
    collect(launcher.stderr);
    launcher.on('exit', () => wake());

    const first = JSON.parse((await line(/^browser host ready (\{.*\})$/))[1]!) as { pid: number; origin: string };
    await line(/^Chromium ended, opening it again/);
    await line(/^Chromium ended, opening it again/);
    const launchUrls = readFileSync(chromiumLog, 'utf8')
      .trim()
      .split('\n')
      .map((url) => new URL(url));
    const codes = launchUrls.map((url) => new URLSearchParams(url.hash.slice(1)).get('code'));
    expect(launchUrls.map((url) => `${url.origin}/`)).toEqual([first.origin, first.origin]);
    expect(codes[0]).not.toBe(codes[1]);
    const code = codes[0];
    const traded = (await (await post(`${first.origin}${LAUNCH_CODE_PATH.slice(1)}`, { code })).json()) as { value: { token: string } };
    const token = traded.value.token;
    for (const url of launchUrls) expect(url.href).not.toContain(token);
    const take = async () => {
      const res = await post(`${first.origin}api/queue.take`, { service: 'enquiry', priority: false, language: 'zh-CN' }, token);
      return ((await res.json()) as { value: { id: number } }).value.id;
    };
    const before = await take();

    process.kill(first.pid, 'SIGKILL');
    const back = JSON.parse((await line(/^browser host back (\{.*\})$/))[1]!) as { pid: number; origin: string };
    expect(back.origin).toBe(first.origin);
    expect(back.pid).not.toBe(first.pid);
    // The same token still works, and the ticket numbers carry on from the same database.
    expect(await take()).toBe(before + 1);
    // The launch code was spent before the kill, and buys nothing from the new host either.
    expect((await post(`${first.origin}${LAUNCH_CODE_PATH.slice(1)}`, { code })).status).toBe(401);

    launcher.kill('SIGTERM');
    const [exitCode] = (await once(launcher, 'exit')) as [number | null];
    expect(exitCode).toBe(0);
    expect(() => process.kill(back.pid, 0)).toThrow();
  }, 60_000);
});
