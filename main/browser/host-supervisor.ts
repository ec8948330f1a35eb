// Keeps the browser shell's web host alive: the launcher runs it as a child process and, when it
// dies, starts it again on the same port with the same data and the same token, so the open kiosk
// page finds it where it was with what it holds. The pause before a restart grows (restart-pacer.ts).
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { Clock } from '../services/clock';
import type { Log } from '../shared/dispatch';
import type { HostMessage, HostSettings, LauncherMessage } from './host-process';
import { RestartPacer } from './restart-pacer';

export interface SupervisorOptions {
  /** The program that runs the host (`start.ts` itself, bundled or under tsx) and its arguments. */
  script: string;
  args: readonly string[];
  settings: Omit<HostSettings, 'token'>;
  log: Log;
  clock?: Clock;
}

export interface SupervisedHost {
  /** The first start's origin; rejected if that start fails, since a host that never served has nothing to resume. */
  ready: Promise<string>;
  /** A fresh launch address (its own one-time code), from the host now serving or the next one; lifetimeMs: see LaunchCodes.mint. */
  launchUrl(lifetimeMs?: number): Promise<string>;
  /** Ends the host and restarts it no more. */
  stop(): Promise<void>;
}

export function superviseHost(options: SupervisorOptions): SupervisedHost {
  const pacer = new RestartPacer(options.clock);
  // One token for every start: the page keeps it across the host's restarts.
  const token = randomBytes(32).toString('base64url');
  let port = options.settings.port;
  let child: ChildProcess | undefined;
  /** The child once it serves: the one to ask for launch addresses. */
  let serving: ChildProcess | undefined;
  let stopping = false;
  let restartTimer: NodeJS.Timeout | undefined;
  /** Launch addresses asked for and not yet given, oldest first: a host answers in the order asked. */
  const waitingForUrl: { lifetimeMs: number | undefined; resolve(url: string): void }[] = [];
  let settle: { resolve(origin: string): void; reject(err: Error): void } | undefined;
  const ready = new Promise<string>((resolve, reject) => (settle = { resolve, reject }));
  const send = (host: ChildProcess, message: LauncherMessage) => host.send(message);

  function start(): void {
    pacer.started();
    const host = fork(options.script, [...options.args], { stdio: 'inherit' });
    child = host;
    host.on('error', (err) => options.log('browser host process error', { error: err.message }));
    host.on('message', (message: HostMessage) => {
      if (message.type === 'launch-url') return waitingForUrl.shift()?.resolve(message.url);
      port = Number(new URL(message.origin).port);
      options.log(settle ? 'browser host ready' : 'browser host back', { pid: host.pid, origin: message.origin });
      settle?.resolve(message.origin);
      settle = undefined;
      serving = host;
      // Asked while no host was serving, or of one that died before it answered.
      for (const { lifetimeMs } of waitingForUrl) send(host, { type: 'launch-url', lifetimeMs });
    });
    host.on('exit', (code, signal) => {
      child = serving = undefined;
      if (stopping) return;
      if (settle) return settle.reject(new Error(`the browser host ended before it served (${signal ?? `exit code ${code}`})`));
      const delayMs = pacer.delayMs();
      options.log('browser host ended, restarting', { code, signal, delayMs });
      restartTimer = setTimeout(start, delayMs);
    });
    send(host, { type: 'serve', settings: { ...options.settings, port, token } });
  }

  start();
  return {
    ready,
    launchUrl: (lifetimeMs) =>
      new Promise((resolve) => {
        waitingForUrl.push({ lifetimeMs, resolve });
        if (serving) send(serving, { type: 'launch-url', lifetimeMs });
      }),
    stop() {
      stopping = true;
      clearTimeout(restartTimer);
      const running = child;
      if (!running) return Promise.resolve();
      return new Promise((resolve) => {
        running.once('exit', () => resolve());
        running.kill('SIGTERM');
      });
    },
  };
}
