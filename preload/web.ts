// window.kiosk for the browser shell: the same bridge as the Electron preload, over fetch to the
// local web host, with events over one streamed server-sent-events response.
import { type Envelope, type EventName, type KioskBridge, type KioskErrorShape } from '../contract';
import { staffTokenHolder } from './staff-token';

const TOKEN_KEY = 'kiosk-token';

/**
 * The launcher's address carries a one-time launch code in its fragment (a token there would sit in
 * `ps` for any local user to read); trade it for the session token and take it out of sight. The
 * token is kept in this tab's sessionStorage, not in memory alone, so that a reload (the page's own,
 * or after the host restarts) still finds it: sessionStorage belongs to this tab and origin only,
 * and Chromium keeps it in the kiosk user's own profile folder, which no other local user can read.
 */
async function takeToken(): Promise<string> {
  const code = new URLSearchParams(location.hash.slice(1)).get('code');
  if (code) {
    history.replaceState(null, '', location.pathname + location.search);
    try {
      // The path is LAUNCH_CODE_PATH of main/browser/web-host.ts, which the page cannot import.
      const res = await fetch('/api/launch-code', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
      const envelope = (await res.json()) as Envelope<{ token: string }>;
      if (envelope.ok) sessionStorage.setItem(TOKEN_KEY, envelope.value.token);
    } catch {
      // The host is away: the calls will say so, and a token kept from before may still serve.
    }
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

const UNREACHABLE: KioskErrorShape = { code: 'HOST_UNREACHABLE', messageKey: 'errors.hostUnreachable' };

/**
 * `hostBack` runs when the events stream answers again after it broke: the host was restarted (its
 * supervisor keeps the port and the token), and whatever it said meanwhile is lost. The browser
 * shell reloads, starting again from the home screen, as the Electron shell does after a crash.
 */
export function createWebBridge(token: string, hostBack: () => void = () => location.reload()): KioskBridge {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  let streaming = false;
  const staffToken = staffTokenHolder();

  async function stream(): Promise<void> {
    let broken = false;
    for (;;) {
      try {
        const res = await fetch('/api/events', { headers });
        if (!res.ok || !res.body) throw new Error(`events: HTTP ${res.status}`);
        if (broken) return hostBack();
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const event = /^event: (.+)$/m.exec(block)?.[1] as EventName | undefined;
            const data = /^data: (.+)$/m.exec(block)?.[1];
            if (event && data) for (const listener of listeners.get(event) ?? []) listener(JSON.parse(data) as never);
          }
        }
      } catch {
        // The host is restarting (or gone for good); try again shortly.
      }
      broken = true;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }

  return {
    async invoke(method, input) {
      try {
        const staff = staffToken.current();
        // The header name is STAFF_TOKEN_HEADER of main/browser/web-host.ts, which the page cannot import.
        const res = await fetch(`/api/${method}`, {
          method: 'POST',
          headers: staff ? { ...headers, 'x-kiosk-staff': staff } : headers,
          body: JSON.stringify(input),
        });
        const envelope = (await res.json()) as Envelope<never>;
        staffToken.observe(method, envelope);
        return envelope;
      } catch {
        return { ok: false, error: UNREACHABLE };
      }
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: never) => void);
      listeners.set(event, set);
      if (!streaming) {
        streaming = true;
        void stream();
      }
      return () => set.delete(listener as (payload: never) => void);
    },
  };
}

export async function installWebBridge(): Promise<void> {
  (window as unknown as { kiosk: KioskBridge }).kiosk = createWebBridge(await takeToken());
}
