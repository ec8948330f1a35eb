// A real kiosk over a real SQLite file in a fresh temp folder, for tests that go through the contract.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Clock } from '../../../main/services/clock';
import { createKiosk, type Kiosk } from '../../../main/services/kiosk';
import type { BackoffPolicy } from '../../../main/services/outbox/backoff';

export const REPO_ROOT = resolve(__dirname, '../../..');

export function tempDir(prefix = 'kiosk-test-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TempKioskOptions {
  clock?: Clock;
  dataDir?: string;
  payerDelayMs?: number;
  backoff?: BackoffPolicy;
  log?: (message: string, context?: Record<string, unknown>) => void;
}

export async function tempKiosk(options: TempKioskOptions = {}): Promise<Kiosk & { dataDir: string; dispose(): Promise<void> }> {
  const data = options.dataDir ? { dir: options.dataDir, remove: () => undefined } : tempDir();
  const kiosk = await createKiosk({
    dataDir: data.dir,
    appRoot: REPO_ROOT,
    shell: 'browser',
    // Tests beat the hub themselves, when they mean to.
    hubHeartbeatMs: 0,
    version: 'test',
    simulatedPayerDelayMs: options.payerDelayMs ?? 0,
    simulatedDeviceDelayMs: 0,
    log: options.log ?? (() => undefined),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.backoff ? { backoff: options.backoff } : {}),
  });
  return {
    ...kiosk,
    dataDir: data.dir,
    async dispose() {
      await kiosk.close();
      data.remove();
    },
  };
}

/** A clock the test moves by hand. */
export function manualClock(start = '2026-11-23T09:00:00.000Z'): Clock & { advance(ms: number): void } {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), advance: (ms) => (now += ms) };
}
