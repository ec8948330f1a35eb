// The IPC adapter over a real kiosk: one handler per contract method, calls from our renderer
// reach the services, calls from any other frame are refused and change nothing.
import type { IpcMainInvokeEvent } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../main/electron/app-protocol';
import { bindIpc, FORBIDDEN_SENDER, forwardEvents, senderIsApp } from '../../../main/electron/ipc';
import { OPERATOR } from '../../../main/services/staff/caller';
import { createKiosk, type Kiosk } from '../../../main/services/kiosk';
import { methods, type Envelope } from '../../../contract';
import { ipcChannel } from '../../../contract/ipc-channel';
import { REPO_ROOT, tempDir } from '../support/temp-kiosk';

type Listener = (event: IpcMainInvokeEvent, input: unknown) => Promise<Envelope<unknown>>;

/** Records what bindIpc registers, and lets a test call a channel as a given frame. */
class FakeIpcMain {
  readonly registered: string[] = [];
  private readonly listeners = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    this.registered.push(channel);
    this.listeners.set(channel, listener);
  }
  call(channel: string, input: unknown, frameUrl: string | null = `${APP_ORIGIN}/index.html`): Promise<Envelope<unknown>> {
    const event = { senderFrame: frameUrl === null ? null : { url: frameUrl } } as unknown as IpcMainInvokeEvent;
    return this.listeners.get(channel)!(event, input);
  }
}

const data = tempDir('ipc-');
const logged: string[] = [];
let kiosk: Kiosk;
let ipc: FakeIpcMain;
const invoke = (method: keyof typeof methods, input: unknown, frameUrl?: string | null) => ipc.call(ipcChannel(method), input, frameUrl);

beforeAll(async () => {
  kiosk = await createKiosk({ dataDir: data.dir, appRoot: REPO_ROOT, shell: 'electron', version: 'test', simulatedPayerDelayMs: 0, log: () => undefined });
  ipc = new FakeIpcMain();
  // Every trusted call goes through as the operator: this file tests the sender check; who may
  // call what is test/unit/access.test.ts's.
  bindIpc(
    ipc,
    kiosk.handlers,
    senderIsApp(APP_ORIGIN),
    (message) => logged.push(message),
    async () => OPERATOR,
  );
});
afterAll(async () => {
  await kiosk.close();
  data.remove();
});

describe('bindIpc', () => {
  it('registers exactly one handler per contract method', () => {
    expect([...ipc.registered].sort()).toEqual(
      Object.keys(methods)
        .map((name) => ipcChannel(name as keyof typeof methods))
        .sort(),
    );
  });

  it.each(Object.keys(methods) as (keyof typeof methods)[])('passes %s from our renderer on to the contract', async (method) => {
    const envelope = await invoke(method, {});
    // An empty input is valid for some methods and invalid for others; it is never refused or unknown.
    expect(envelope.ok || envelope.error.code === 'INVALID_INPUT').toBe(true);
  });

  it('answers app.info as the Electron shell', async () => {
    expect(await invoke('app.info', {})).toEqual({ ok: true, value: expect.objectContaining({ name: 'court-kiosk', shell: 'electron' }) as unknown });
  });

  it.each([
    ['another origin', 'https://evil.example/'],
    ['a lookalike host', 'app://kiosk.evil/'],
    ['a local file', 'file:///tmp/index.html'],
    ['a frame that is gone', null],
  ])('refuses config.set from %s and changes nothing', async (_what, frameUrl) => {
    const before = await invoke('config.get', {});
    logged.length = 0;
    expect(await invoke('config.set', { patch: { idle: { timeoutSeconds: 600, countdownSeconds: 30 } } }, frameUrl)).toEqual({
      ok: false,
      error: FORBIDDEN_SENDER,
    });
    expect(logged).toEqual(['refused an IPC call from a foreign frame']);
    expect(await invoke('config.get', {})).toEqual(before);
  });

  it('refuses bad input with INVALID_INPUT and changes nothing', async () => {
    const before = await invoke('config.get', {});
    const reply = await invoke('config.set', { patch: 'kioskMode=false' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', messageKey: 'errors.invalidInput' } });
    expect(await invoke('session.start', { language: 'not a language' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await invoke('config.get', {})).toEqual(before);
  });
});

describe('forwardEvents', () => {
  it('sends each event on its contract channel until unsubscribed, and never to a destroyed window', async () => {
    const sent: [string, unknown][] = [];
    let destroyed = false;
    const unsubscribe = forwardEvents(kiosk.events, {
      send: (channel: string, payload: unknown) => void sent.push([channel, payload]),
      isDestroyed: () => destroyed,
    });

    const changed = await invoke('config.set', { patch: { idle: { timeoutSeconds: 120, countdownSeconds: 20 } } });
    expect(changed.ok).toBe(true);
    expect(sent).toContainEqual([ipcChannel('config.changed'), (changed as { value: unknown }).value]);

    sent.length = 0;
    destroyed = true;
    await invoke('config.set', { patch: { idle: { timeoutSeconds: 150, countdownSeconds: 20 } } });
    expect(sent).toEqual([]);

    destroyed = false;
    unsubscribe();
    await invoke('config.set', { patch: { idle: { timeoutSeconds: 180, countdownSeconds: 20 } } });
    expect(sent).toEqual([]);
  });
});
