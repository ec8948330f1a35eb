// Receipts bench: per kind, cold (fresh process, font load included) and warm render time and
// size, against the same filing receipt as HTML printed by Chromium's own PDF printer.
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { loadDefaultConfig } from '../../main/services/config/config-store';
import { resourcePaths } from '../../main/services/resource-paths';
import { ReceiptService } from '../../main/services/receipts/receipt-service';
import { ReceiptKind } from '../../contract';
import type { PageSizeName } from '../../main/services/receipts/page-sizes.data';
import { receiptHtml } from './receipt-html';

const WARM_RUNS = 20;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export interface BenchRow {
  name: string;
  coldMs: number;
  warmMs: number;
  kb: number;
}

export async function receiptsBench(root: string): Promise<{ rows: BenchRow[]; baseline: BenchRow; table: string }> {
  const paths = resourcePaths(root);
  const config = loadDefaultConfig(paths.defaultConfig);
  const service = new ReceiptService({
    fonts: paths.receiptFonts,
    localesDir: paths.locales,
    clock: { now: () => new Date('2026-11-23T09:00:00Z') },
    config: async () => config,
  });
  const rows: BenchRow[] = [];
  // Every kind once first, so the JIT has seen the whole engine before anything is timed warm.
  for (const kind of ReceiptKind.options) for (let i = 0; i < 5; i++) await service.render(kind, service.sample(kind), { language: 'zh-CN' });
  for (const kind of ReceiptKind.options) {
    for (const size of service.sizes(kind)) {
      const cold = JSON.parse(
        execFileSync(process.execPath, ['--import', 'tsx', 'test/bench/receipt-cold.ts', kind, size, root], { cwd: root, encoding: 'utf8' }),
      ) as { ms: number; bytes: number };
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < WARM_RUNS + 3; i++) {
        const t = performance.now();
        bytes = (await service.render(kind, service.sample(kind), { language: 'zh-CN', size: size as PageSizeName })).pdf.length;
        if (i >= 3) times.push(performance.now() - t);
      }
      rows.push({ name: `${kind} ${size}`, coldMs: cold.ms, warmMs: median(times), kb: bytes / 1024 });
    }
  }
  const baseline = await chromiumBaseline(service);
  const ours = rows.find((r) => r.name === 'filing-receipt 80mm')!;
  const fmt = (r: BenchRow) =>
    `| ${r.name} | ${r.coldMs.toFixed(0)} | ${r.warmMs.toFixed(1)} | ${r.kb.toFixed(1)} | ${(baseline.warmMs / r.warmMs).toFixed(1)}× |`;
  const table = [
    '| document | cold ms | warm ms (median of 20) | KB | Chromium page.pdf() warm ÷ ours |',
    '|---|---:|---:|---:|---:|',
    ...rows.map(fmt),
    `| **baseline:** filing-receipt 80mm as HTML, Chromium page.pdf() | ${baseline.coldMs.toFixed(0)} | ${baseline.warmMs.toFixed(1)} | ${baseline.kb.toFixed(1)} | 1.0× |`,
    '',
    `filing-receipt 80mm: warm ${ours.warmMs.toFixed(1)} ms (goal ≤ 60), cold ${ours.coldMs.toFixed(0)} ms (goal ≤ 400), ${ours.kb.toFixed(1)} KB (goal ≤ 40), ` +
      `${(baseline.warmMs / ours.warmMs).toFixed(1)}× faster than page.pdf() warm (goal ≥ 5×).`,
  ].join('\n');
  return { rows, baseline, table };
}

/** The same receipt as HTML, printed by Chromium: cold = launch + first PDF, warm = median of later ones. */
async function chromiumBaseline(service: ReceiptService): Promise<BenchRow> {
  const html = await receiptHtml(service);
  const t0 = performance.now();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const print = async () => {
      await page.setContent(html);
      return page.pdf({ width: '80mm', height: '230mm', printBackground: true });
    };
    let pdf = await print();
    const coldMs = performance.now() - t0;
    const times: number[] = [];
    for (let i = 0; i < WARM_RUNS; i++) {
      const t = performance.now();
      pdf = await print();
      times.push(performance.now() - t);
    }
    return { name: 'chromium', coldMs, warmMs: median(times), kb: pdf.length / 1024 };
  } finally {
    await browser.close();
  }
}
