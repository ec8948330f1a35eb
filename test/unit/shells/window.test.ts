// The kiosk window's security flags, in kiosk mode and out of it: none may drift.
import { describe, expect, it } from 'vitest';
import { kioskWindowOptions } from '../../../main/electron/window';

const paths = { preload: '/app/build/preload/index.js' };

describe.each([true, false])('kioskWindowOptions with kioskMode %s', (kioskMode) => {
  const options = kioskWindowOptions({ kioskMode }, paths);

  it('isolates and sandboxes the renderer', () => {
    expect(options.webPreferences).toMatchObject({
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    });
  });

  it(kioskMode ? 'turns devtools off' : 'leaves devtools on for the admin', () => {
    expect(options.webPreferences?.devTools).toBe(!kioskMode);
  });

  it('paints a background before the page does', () => {
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });
});

describe('window shape', () => {
  it('covers the screen in kiosk mode', () => {
    expect(kioskWindowOptions({ kioskMode: true }, paths)).toMatchObject({ kiosk: true, fullscreen: true, frame: false });
  });

  it('is an ordinary 1920×1080 window otherwise', () => {
    const options = kioskWindowOptions({ kioskMode: false }, paths);
    expect(options).toMatchObject({ width: 1920, height: 1080 });
    expect(options.kiosk).toBeUndefined();
    expect(options.fullscreen).toBeUndefined();
  });
});
