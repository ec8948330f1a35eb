// The print queue with printers that misbehave like hardware: one that hangs, one out of paper,
// a CUPS queue answering through a fake lp/lpstat; and the helper desk's contract methods.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EventBus } from '../../../../main/services/events';
import { resourcePaths } from '../../../../main/services/resource-paths';
import { CupsPrinter } from '../../../../main/services/printing/cups-printer';
import type { CommandRunner } from '../../../../main/services/printing/command-runner';
import { PrintFailed, type Printer } from '../../../../main/services/printing/printer';
import { PrintService } from '../../../../main/services/printing/print-service';
import type { RenderedDocument } from '../../../../main/services/receipts/receipt-service';
import { openStorage } from '../../../../main/services/storage/open-storage';
import { reply } from '../../support/contract-call';
import { REPO_ROOT, manualClock, tempDir, tempKiosk } from '../../support/temp-kiosk';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const TICKET: RenderedDocument = {
  kind: 'queue-ticket',
  documentNo: 'PD-20261123-A017',
  title: '排队号',
  size: '80mm',
  language: 'zh-CN',
  verifyUrl: 'https://court.example/verify',
  pdf: new Uint8Array([37, 80, 68, 70]),
  pages: 1,
  heightMm: 110,
};

async function queueWith(printer: Printer, timeoutMs = 5_000) {
  const data = tempDir();
  const clock = manualClock();
  const db = await openStorage(data.dir, resourcePaths(REPO_ROOT).migrations, clock);
  const service = new PrintService({ db, clock, events: new EventBus(), log: () => undefined, printerFor: async () => printer, timeoutMs });
  cleanups.push(async () => {
    await service.idle();
    await db.close();
    data.remove();
  });
  return { service, doc: TICKET };
}

async function kioskForTest() {
  const kiosk = await tempKiosk();
  cleanups.push(() => kiosk.dispose());
  return kiosk;
}

describe('print queue', () => {
  it('answers at once while a printer hangs, then fails the job on the time limit and keeps it', async () => {
    let aborted = false;
    const hanging: Printer = {
      name: 'Stuck',
      status: async () => ({ ready: true, reason: null, detail: '' }),
      print: (_r, signal) => new Promise(() => signal.addEventListener('abort', () => (aborted = true))),
    };
    const { service, doc } = await queueWith(hanging, 200);
    const started = Date.now();
    const job = await service.submit(doc);
    expect(Date.now() - started).toBeLessThan(150);
    expect(job.state).toBe('queued');
    await service.idle();
    expect(await service.job(job.id)).toMatchObject({ state: 'failed', failure: 'timeout' });
    expect(aborted).toBe(true);
    expect((await service.jobs('failed')).map((j) => j.id)).toEqual([job.id]);
  });

  it('reports an empty paper tray as paperOut', async () => {
    const empty: Printer = {
      name: 'Empty',
      status: async () => ({ ready: false, reason: 'paperOut', detail: '' }),
      print: async () => Promise.reject(new PrintFailed('paperOut', 'media-empty')),
    };
    const { service, doc } = await queueWith(empty);
    const job = await service.submit(doc);
    await service.idle();
    expect(await service.job(job.id)).toMatchObject({ state: 'failed', failure: 'paperOut' });
  });

  it('marks jobs a crash interrupted as failed for the helper, rather than printing them twice', async () => {
    const never: Printer = { name: 'Later', status: async () => ({ ready: true, reason: null, detail: '' }), print: () => new Promise(() => undefined) };
    const { service, doc } = await queueWith(never, 300);
    const job = await service.submit(doc);
    await service.recover();
    expect(await service.job(job.id)).toMatchObject({ state: 'failed', failure: 'error' });
  });
});

describe('CUPS adapter', () => {
  const fakeCups = (lpstat: string): { run: CommandRunner; calls: string[][] } => {
    const calls: string[][] = [];
    const run: CommandRunner = async (command, args) => {
      calls.push([command, ...args]);
      if (command === 'lpstat' && args[0] === '-l') return { code: 0, stdout: lpstat, stderr: '' };
      if (command === 'lp') return { code: 0, stdout: 'request id is Roll-7 (1 file(s))\n', stderr: '' };
      return { code: 0, stdout: '', stderr: '' };
    };
    return { run, calls };
  };
  const request = { pdf: new Uint8Array([1]), title: 'T', paper: '80mm' as const, lengthMm: 121.3, fileName: 'f' };

  it('sends a roll receipt as a custom media as long as the receipt', async () => {
    const { run, calls } = fakeCups('printer Roll is idle.  enabled since today\n\tAlerts: none\n');
    await new CupsPrinter('Roll', run, { pollMs: 1 }).print(request, new AbortController().signal);
    expect(calls.find((c) => c[0] === 'lp')).toEqual(['lp', '-d', 'Roll', '-t', 'T', '-o', 'media=Custom.80x122mm']);
  });

  it.each([
    ['printer Roll is idle.  enabled since today\n\tAlerts: media-empty-error\n', 'paperOut'],
    ['printer Roll disabled since today -\n\tPaused\n', 'printerStopped'],
  ])('refuses to submit to a printer that says %j', async (lpstat, reason) => {
    const { run, calls } = fakeCups(lpstat);
    await expect(new CupsPrinter('Roll', run).print(request, new AbortController().signal)).rejects.toMatchObject({ reason });
    expect(calls.some((c) => c[0] === 'lp')).toBe(false);
  });
});

describe('helper desk through the contract', () => {
  it('lists a job saved to the print folder and reprints it', async () => {
    const kiosk = await kioskForTest();
    const sample = kiosk.receipts.sample('mediation-receipt');
    const { receiptNo: documentNo } = sample as { receiptNo: string };
    const doc = await kiosk.receipts.render('mediation-receipt', sample, { language: 'en' });
    const job = await kiosk.printing.submit(doc);
    await kiosk.printing.idle();
    const file = join(kiosk.dataDir, 'printed', `${job.id}-mediation-receipt-${documentNo}.pdf`);
    expect(existsSync(file)).toBe(true);
    const recent = await reply(kiosk, 'print.jobs', { filter: 'recent' });
    expect(recent).toMatchObject({ ok: true, value: { jobs: [{ id: job.id, state: 'done', printer: null, documentNo }] } });
    expect(await reply(kiosk, 'print.reprint', { jobId: job.id })).toMatchObject({ ok: true, value: { id: job.id, state: 'queued' } });
    await kiosk.printing.idle();
    expect(await kiosk.printing.job(job.id)).toMatchObject({ state: 'done', attempts: 2 });
    expect(await reply(kiosk, 'print.reprint', { jobId: 999 })).toMatchObject({ ok: false, error: { code: 'PRINT_JOB_NOT_FOUND' } });
  });
});
