// The URL-trust decision behind navigation and IPC-sender checks, and the devtools shortcut filter.
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../main/app-protocol';
import { isAppUrl, isDevToolsShortcut } from '../../main/security';

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
