// Keeps the browser shell's web host alive: the launcher runs it as a child process and, when it
// dies, starts it again on the same port with the same data and the same token, so the open kiosk
// page finds it where it was with what it holds. The pause before a restart grows, so a host that
// dies at once cannot spin the CPU.
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { systemClock, type Clock } from '../services/clock';
import type { Log } from '../shared/dispatch';
import type { HostReady, HostSettings } from './host-process';

/** The pause before each restart in a row; a host that stayed up for STABLE_MS starts the count again. */
export const RESTART_DELAYS_MS = [250, 1_000, 5_000, 15_000, 30_000] as const;
const STABLE_MS = 60_000;

export interface SupervisorOptions {
  /** The program that runs the host (`start.ts` itself, bundled or under tsx) and its arguments. */
  script: string;
  args: readonly string[];
  settings: Omit<HostSettings, 'token'>;
  log: Log;
  clock?: Clock;
}

export interface SupervisedHost {
  /** The first start's answer; rejected if that start fails, since a host that never served has nothing to resume. */
  ready: Promise<HostReady>;
  /** The running host's process id, if one is running. */
  pid(): number | undefined;
  /** Ends the host and restarts it no more. */
  stop(): Promise<void>;
}

export function superviseHost(options: SupervisorOptions): SupervisedHost {
  const clock = options.clock ?? systemClock;
  // One token for every start: the page keeps it across the host's restarts.
  const token = randomBytes(32).toString('base64url');
  let port = options.settings.port;
  let child: ChildProcess | undefined;
  let served = false;
  let stopping = false;
  let restartsInARow = 0;
  let restartTimer: NodeJS.Timeout | undefined;
  let settle: { resolve(ready: HostReady): void; reject(err: Error): void } | undefined;
  const ready = new Promise<HostReady>((resolve, reject) => (settle = { resolve, reject }));

  function start(): void {
    const startedAt = clock.now().getTime();
    const host = fork(options.script, [...options.args], { stdio: 'inherit' });
    child = host;
    host.on('error', (err) => options.log('browser host process error', { error: err.message }));
    host.on('message', (message: HostReady) => {
      if (message.type !== 'ready') return;
      port = Number(new URL(message.origin).port);
      options.log(served ? 'browser host back' : 'browser host ready', { pid: host.pid, origin: message.origin });
      if (!served) settle?.resolve(message);
      served = true;
    });
    host.on('exit', (code, signal) => {
      child = undefined;
      if (stopping) return;
      if (!served) return settle?.reject(new Error(`the browser host ended before it served (${signal ?? `exit code ${code}`})`));
      if (clock.now().getTime() - startedAt >= STABLE_MS) restartsInARow = 0;
      const delayMs = RESTART_DELAYS_MS[Math.min(restartsInARow, RESTART_DELAYS_MS.length - 1)];
      restartsInARow += 1;
      options.log('browser host ended, restarting', { code, signal, delayMs });
      restartTimer = setTimeout(start, delayMs);
    });
    host.send({ ...options.settings, port, token } satisfies HostSettings);
  }

  start();
  return {
    ready,
    pid: () => child?.pid,
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
