// The browser shell's web host as a child of the launcher (host-supervisor.ts): it takes its
// settings over the IPC channel — so the token is never on a command line or in the environment —
// says when it is serving, mints launch addresses on request, and ends with the launcher, so a dead
// launcher leaves no host behind.
import { join } from 'node:path';
import type { Log } from '../shared/dispatch';
import { createKiosk } from '../services/kiosk';
import { startWebHost, type WebHost } from './web-host';

export interface HostSettings {
  dataDir: string;
  appRoot: string;
  version: string;
  /** 0 on the first start (a free port); the port that start got on every restart after it. */
  port: number;
  token: string;
}

/** From the launcher: how to serve (once, first), and a request for a fresh launch address. */
export type LauncherMessage = { type: 'serve'; settings: HostSettings } | { type: 'launch-url'; lifetimeMs?: number };
/** To the launcher: serving at origin, and a launch address with a fresh one-time code. */
export type HostMessage = { type: 'ready'; origin: string } | { type: 'launch-url'; url: string };

/** The argument that makes `start.ts` run as the host rather than as the launcher. */
export const HOST_PROCESS_ARG = '--browser-host';

export function runHostProcess(log: Log): void {
  let host: WebHost | undefined;
  const send = (message: HostMessage) => process.send?.(message);
  process.on('message', (message: LauncherMessage) => {
    if (message.type === 'launch-url' && host) send({ type: 'launch-url', url: host.launchUrl('', message.lifetimeMs) });
    if (message.type !== 'serve') return;
    serve(message.settings, log)
      .then((started) => {
        host = started;
        send({ type: 'ready', origin: started.origin });
      })
      .catch((err: unknown) => {
        log('the browser host failed to start', { error: err instanceof Error ? err.stack : String(err) });
        process.exit(1);
      });
  });
  // Ctrl-C in a terminal reaches the whole process group: the launcher decides, and ends the host with SIGTERM.
  process.on('SIGINT', () => undefined);
}

async function serve(settings: HostSettings, log: Log): Promise<WebHost> {
  // createKiosk resumes what a dead host left: the sync worker starts on the outbox, print jobs cut
  // off are marked for a reprint, and payments in flight are reconciled with the terminal and court.
  const kiosk = await createKiosk({ dataDir: settings.dataDir, appRoot: settings.appRoot, shell: 'browser', version: settings.version, log });
  const host = await startWebHost({
    kiosk,
    rendererDir: join(settings.appRoot, 'build', 'renderer'),
    port: settings.port,
    token: settings.token,
    log,
  });
  let closing = false;
  const close = async () => {
    if (closing) return;
    closing = true;
    await host.close();
    await kiosk.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void close());
  process.on('disconnect', () => void close());
  return host;
}
