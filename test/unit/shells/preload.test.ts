// The Electron preload, with electron mocked: window.kiosk reaches every contract method on its
// own channel, and event listeners get the payload only, never the IPC event.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EVENT_NAMES, METHOD_NAMES, type KioskBridge } from '../../../contract';
import { ipcChannel } from '../../../contract/ipc-channel';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn((channel: string, input: unknown) => Promise.resolve({ ok: true, value: { channel, input } })),
  on: vi.fn(),
  removeListener: vi.fn(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: { invoke: electron.invoke, on: electron.on, removeListener: electron.removeListener },
}));

let kiosk: KioskBridge;
beforeAll(async () => {
  await import('../../../preload/index');
  kiosk = electron.exposed.get('kiosk') as KioskBridge;
});

describe('Electron preload', () => {
  it('exposes window.kiosk and nothing else', () => {
    expect([...electron.exposed.keys()]).toEqual(['kiosk']);
  });

  it.each(METHOD_NAMES)('invokes %s on its channel with the input as given', async (method) => {
    const input = { probe: method };
    expect(await kiosk.invoke(method, input as never)).toEqual({ ok: true, value: { channel: ipcChannel(method), input } });
  });

  it.each(EVENT_NAMES)('relays %s payloads alone, and unsubscribes the same relay', (event) => {
    const listener = vi.fn();
    const unsubscribe = kiosk.on(event, listener);
    const [channel, relay] = electron.on.mock.calls.at(-1) as [string, (event: unknown, payload: unknown) => void];
    expect(channel).toBe(ipcChannel(event));
    relay({ sender: 'the IPC event' }, { some: 'payload' });
    expect(listener).toHaveBeenCalledWith({ some: 'payload' });
    expect(listener.mock.calls[0]).toHaveLength(1);
    expect(unsubscribe()).toBeUndefined();
    expect(electron.removeListener).toHaveBeenLastCalledWith(channel, relay);
  });
});
