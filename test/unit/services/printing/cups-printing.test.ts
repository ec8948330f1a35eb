// Printing through a real CUPS scheduler to a cups-pdf queue: a receipt comes out as a PDF whose
// text carries its number; a stopped printer fails the job cleanly, and it reprints once enabled.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrintJob } from '../../../../contract';
import { EventBus } from '../../../../main/services/events';
import { resourcePaths } from '../../../../main/services/resource-paths';
import { CupsPrinter } from '../../../../main/services/printing/cups-printer';
import { PrintService } from '../../../../main/services/printing/print-service';
import { ReceiptService } from '../../../../main/services/receipts/receipt-service';
import { loadDefaultConfig } from '../../../../main/services/config/config-store';
import { openStorage } from '../../../../main/services/storage/open-storage';
import type { Database } from '../../../../main/services/storage/database';
import { pdfText } from '../../support/pdf-tools';
import { startPrivateCups, until, type PrivateCups } from '../../support/private-cups';
import { REPO_ROOT, manualClock, tempDir } from '../../support/temp-kiosk';

const paths = resourcePaths(REPO_ROOT);
const clock = manualClock();
const receipts = new ReceiptService({
  fonts: paths.receiptFonts,
  localesDir: paths.locales,
  clock,
  config: async () => loadDefaultConfig(paths.defaultConfig),
});

describe('printing through CUPS', () => {
  let cups: PrivateCups;
  let db: Database;
  let printing: PrintService;
  const data = tempDir();
  const changes: PrintJob[] = [];

  beforeAll(async () => {
    cups = await startPrivateCups();
    db = await openStorage(data.dir, paths.migrations, clock);
    const events = new EventBus();
    events.subscribe((name, payload) => name === 'print.changed' && changes.push(payload as PrintJob));
    const printer = new CupsPrinter(cups.queue, cups.run, { pollMs: 50 });
    printing = new PrintService({ db, clock, events, log: () => undefined, printerFor: async () => printer, timeoutMs: 20_000 });
  }, 30_000);

  afterAll(async () => {
    await printing?.idle();
    await db?.close();
    await cups?.stop();
    data.remove();
  });

  const printedFiles = () => readdirSync(cups.outDir).filter((f) => f.endsWith('.pdf'));
  const printedTexts = () => Promise.all(printedFiles().map((f) => pdfText(new Uint8Array(readFileSync(join(cups.outDir, f))))));
  const finished = async (jobId: number) => {
    await printing.idle();
    return printing.job(jobId);
  };

  it('prints a receipt that comes out as a PDF carrying its number', async () => {
    const doc = await receipts.render('filing-receipt', receipts.sample('filing-receipt'), { language: 'zh-CN' });
    const queued = await printing.submit(doc);
    expect(queued.state).toBe('queued');
    const job = await finished(queued.id);
    expect(job).toMatchObject({ state: 'done', failure: null, printer: cups.queue, attempts: 1 });
    await until(() => printedFiles().length === 1, 15_000, 'cups-pdf wrote nothing');
    const [text] = await printedTexts();
    expect(text).toContain('LA-20261123-0007');
    expect(text).toContain('立案材料接收回执');
    expect(changes.filter((c) => c.id === job.id).map((c) => c.state)).toEqual(['queued', 'printing', 'done']);
  });

  it('fails a job cleanly on a stopped printer, keeps it, and reprints it once the printer is back', async () => {
    expect((await cups.run('cupsdisable', [cups.queue])).code).toBe(0);
    const before = printedFiles().length;
    const doc = await receipts.render('payment-voucher', receipts.sample('payment-voucher'), { language: 'zh-CN' });
    const failed = await finished((await printing.submit(doc)).id);
    expect(failed).toMatchObject({ state: 'failed', failure: 'printerStopped' });
    expect((await printing.jobs('failed')).map((j) => j.id)).toContain(failed.id);
    // Nothing left behind in CUPS to print by surprise when the printer comes back.
    expect((await cups.run('lpstat', ['-W', 'not-completed', '-o', cups.queue])).stdout.trim()).toBe('');

    expect((await cups.run('cupsenable', [cups.queue])).code).toBe(0);
    await printing.reprint(failed.id);
    const reprinted = await finished(failed.id);
    expect(reprinted).toMatchObject({ state: 'done', failure: null, attempts: 2 });
    expect((await printing.jobs('failed')).map((j) => j.id)).not.toContain(failed.id);
    await until(() => printedFiles().length === before + 1, 15_000, 'the reprint did not come out');
    expect((await printedTexts()).filter((t) => t.includes('JF-20261123-0031'))).toHaveLength(1);
  });
});
