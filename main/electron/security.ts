// Every guard on what the kiosk's web contents may do, in one place (Electron security checklist):
// no navigation or redirect off our origin, no new windows, no webviews, no permissions, and no
// devtools shortcuts while the terminal is in kiosk mode.
import type { Input, Session, WebContents } from 'electron';
import type { Log } from '../shared/dispatch';

/**
 * Whether a URL belongs to the app: same scheme and host (with port) as appOrigin, and no user
 * info, so `app://kiosk@evil/` or `app://kiosk.evil/` never pass for `app://kiosk`.
 */
export function isAppUrl(url: string, appOrigin: string): boolean {
  let candidate: URL;
  let origin: URL;
  try {
    candidate = new URL(url);
    origin = new URL(appOrigin);
  } catch {
    return false;
  }
  return (
    candidate.protocol === origin.protocol && candidate.host !== '' && candidate.host === origin.host && candidate.username === '' && candidate.password === ''
  );
}

/** F12, Ctrl+Shift+I/J/C and their macOS forms: the keys that open devtools. */
export function isDevToolsShortcut(input: Pick<Input, 'type' | 'key' | 'control' | 'meta' | 'shift' | 'alt'>): boolean {
  if (input.type !== 'keyDown') return false;
  const key = input.key.toLowerCase();
  if (key === 'f12') return true;
  const inspectorKey = key === 'i' || key === 'j' || key === 'c';
  return inspectorKey && ((input.control && input.shift) || (input.meta && input.alt));
}

export interface WebContentsGuardOptions {
  appOrigin: string;
  /** Read on every key press: an admin may leave kiosk mode while the app runs. */
  isKioskMode: () => boolean;
  log: Log;
}

/** For every web contents the app creates (app 'web-contents-created'), before it loads anything. */
export function guardWebContents(contents: WebContents, { appOrigin, isKioskMode, log }: WebContentsGuardOptions): void {
  const stayOnApp = (event: { url: string; preventDefault(): void }, what: string) => {
    if (isAppUrl(event.url, appOrigin)) return;
    event.preventDefault();
    log(`blocked ${what} off the app`, { url: event.url });
  };
  // will-frame-navigate covers subframes too, which will-navigate does not.
  contents.on('will-frame-navigate', (event) => stayOnApp(event, 'navigation'));
  contents.on('will-redirect', (event) => stayOnApp(event, 'redirect'));
  contents.setWindowOpenHandler(({ url }) => {
    log('blocked a new window', { url });
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('blocked a webview');
  });
  contents.on('before-input-event', (event, input) => {
    if (isKioskMode() && isDevToolsShortcut(input)) event.preventDefault();
  });
}

/** The kiosk needs no browser permission (camera, geolocation, notifications…): all are refused. */
export function hardenSession(session: Session, log: Log): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log('refused a permission request', { permission });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
