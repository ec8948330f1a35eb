// The URL-trust decision behind navigation and IPC-sender checks, the devtools shortcut filter,
// and the guards as installed on fake web contents and session.
import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN } from '../../../main/electron/app-protocol';
import { guardWebContents, hardenSession, isAppUrl, isDevToolsShortcut } from '../../../main/electron/security';

describe('isAppUrl', () => {
  it.each([
    ['app://kiosk/index.html', true, 'our entry page'],
    ['app://kiosk/', true, 'our root'],
    ['app://kiosk/assets/index.js?v=1#top', true, 'an asset with query and fragment'],
    ['app://kiosk', true, 'the bare origin'],
    ['app://evil/index.html', false, 'another host on our scheme'],
    ['app://kiosk.evil.example/', false, 'a lookalike host with our name as a label'],
    ['app://kioskx/', false, 'a lookalike host with our name as a prefix'],
    ['app://kiosk@evil/', false, 'our name as user info before another host'],
    ['app://user:pw@kiosk/', false, 'user info before our host'],
    ['app://kiosk:8080/', false, 'a port on our host'],
    ['app:kiosk/index.html', false, 'our scheme without an authority'],
    ['https://kiosk/index.html', false, 'our host on https'],
    ['http://127.0.0.1:5173/', false, 'a local web server'],
    ['file:///work/main/build/renderer/index.html', false, 'a local file'],
    ['file://kiosk/index.html', false, 'file: with our host name'],
    ['javascript:alert(1)', false, 'javascript:'],
    ['data:text/html,<script>alert(1)</script>', false, 'data:'],
    ['blob:app://kiosk/0c4e3e1a-0000-4000-8000-000000000000', false, 'a blob made by our page'],
    ['about:blank', false, 'about:blank'],
    ['', false, 'an empty string'],
    ['not a url', false, 'garbage'],
  ])('%s → %s (%s)', (url, trusted) => {
    expect(isAppUrl(url, APP_ORIGIN)).toBe(trusted);
  });

  it.each([
    ['http://127.0.0.1:41234/index.html', true],
    ['http://127.0.0.1:41235/index.html', false],
    ['http://127.0.0.1/index.html', false],
    ['https://127.0.0.1:41234/', false],
    ['http://localhost:41234/', false],
  ])('compares ports exactly for an http origin: %s → %s', (url, trusted) => {
    expect(isAppUrl(url, 'http://127.0.0.1:41234')).toBe(trusted);
  });
});

describe('isDevToolsShortcut', () => {
  const key = (k: string, mods: Partial<Record<'control' | 'meta' | 'shift' | 'alt', boolean>> = {}, type = 'keyDown') => ({
    type,
    key: k,
    control: false,
    meta: false,
    shift: false,
    alt: false,
    ...mods,
  });

  it.each([
    [key('F12'), true],
    [key('I', { control: true, shift: true }), true],
    [key('J', { control: true, shift: true }), true],
    [key('C', { control: true, shift: true }), true],
    [key('i', { meta: true, alt: true }), true],
    [key('F12', {}, 'keyUp'), false],
    [key('i', { control: true }), false],
    [key('c', { control: true }), false],
    [key('a'), false],
    [key('F5'), false],
  ])('%o → %s', (input, blocked) => {
    expect(isDevToolsShortcut(input)).toBe(blocked);
  });
});

/** A web contents that records the guards installed on it, for driving them as Electron would. */
class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }
  /** Emits like Electron and says whether a guard prevented the default. */
  fire(event: string, details: object = {}, ...args: unknown[]): boolean {
    let prevented = false;
    this.emit(event, { ...details, preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  }
}

function guarded(kioskMode: boolean) {
  const contents = new FakeContents();
  const log = vi.fn();
  guardWebContents(contents as unknown as WebContents, { appOrigin: APP_ORIGIN, isKioskMode: () => kioskMode, log });
  return { contents, log };
}

describe('guardWebContents', () => {
  it.each(['will-frame-navigate', 'will-redirect'])('%s: stays on the app, logs anything else', (event) => {
    const { contents, log } = guarded(true);
    expect(contents.fire(event, { url: 'app://kiosk/index.html' })).toBe(false);
    expect(contents.fire(event, { url: 'https://evil.example/' })).toBe(true);
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('denies every new window, even one for our own page', () => {
    const { contents } = guarded(false);
    expect(contents.openHandler?.({ url: 'app://kiosk/index.html' })).toEqual({ action: 'deny' });
  });

  it('refuses to attach a webview', () => {
    expect(guarded(false).contents.fire('will-attach-webview')).toBe(true);
  });

  it('swallows devtools shortcuts in kiosk mode only', () => {
    const f12 = { type: 'keyDown', key: 'F12', control: false, meta: false, shift: false, alt: false };
    expect(guarded(true).contents.fire('before-input-event', {}, f12)).toBe(true);
    expect(guarded(false).contents.fire('before-input-event', {}, f12)).toBe(false);
  });
});

describe('hardenSession', () => {
  it('refuses every permission request and check', () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (h: (...args: never[]) => unknown) => (handlers.request = h),
      setPermissionCheckHandler: (h: (...args: never[]) => unknown) => (handlers.check = h),
      setDevicePermissionHandler: (h: (...args: never[]) => unknown) => (handlers.device = h),
    };
    hardenSession(session as unknown as Session, () => undefined);
    const granted = vi.fn();
    (handlers.request as (contents: unknown, permission: string, callback: (granted: boolean) => void) => void)({}, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect((handlers.check as () => boolean)()).toBe(false);
    expect((handlers.device as () => boolean)()).toBe(false);
  });
});
