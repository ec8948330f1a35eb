// A kiosk process that pays one fee notice and delivers it to the (built-in) court, and kills itself
// with SIGKILL just before its k-th durable step: every SQLite write and every file it replaces (the
// terminal's ledger among them) counts as one. k = 0 runs to the end and prints how many steps it took.
// Started by spawnTs(): payment-step-victim.ts <dataDir> <k>
import fs from 'node:fs';
import sqlite3 from 'sqlite3';
import { createKiosk } from '../../../main/services/kiosk';
import { reply } from './contract-call';

const appRoot = process.env.KIOSK_APP_ROOT ?? '';
let armed = false;
let steps = 0;

/** Wraps `owner[name]` so that, once armed, its k-th call among all wrapped ones never happens. */
function crashBefore(owner: object, name: string, k: number): void {
  const target = owner as Record<string, (...args: unknown[]) => unknown>;
  const original = target[name]!;
  target[name] = function (this: unknown, ...args: unknown[]) {
    if (armed && ++steps === k) process.kill(process.pid, 'SIGKILL');
    return original.apply(this, args);
  };
}

async function main([dataDir = '', k = '0']: string[]) {
  const at = Number(k);
  crashBefore(sqlite3.Database.prototype, 'run', at);
  crashBefore(sqlite3.Database.prototype, 'exec', at);
  crashBefore(fs, 'renameSync', at);
  const kiosk = await createKiosk({ dataDir, appRoot, shell: 'browser', version: 'test', simulatedPayerDelayMs: 0, log: () => undefined });
  // The start's own housekeeping first, so that step k is the same step in every run.
  await kiosk.payments.reconcile();
  armed = true;
  const paid = await reply(kiosk, 'fees.pay', { caseNumber: '（2026）粤0703民初1234号', payerIdNumber: '11010519491231002X', method: 'card' });
  if (!paid.ok) throw new Error(JSON.stringify(paid.error));
  for (;;) {
    await kiosk.payments.idle();
    await kiosk.sync.syncOnce();
    if ((await kiosk.payments.get(paid.value.id)).state === 'confirmed') break;
  }
  armed = false;
  await kiosk.close();
  process.stdout.write(`${steps}\n`);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`${String(err)}\n`);
  process.exit(2);
});
