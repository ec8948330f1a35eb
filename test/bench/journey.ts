// Journey part of `npm run bench` (issue 14, "how it must be shown"): the loan case walked from home
// to the queue ticket by touch in Debian's Chromium through the browser shell against a fresh kiosk —
// the walk in test/e2e/journey-walk.ts, shared with the journey E2E spec — once with the filer's ID
// read by the simulated card reader and once with everything typed on the on-screen keyboard. It
// counts touches and screens, notes every step whose title or primary action was off screen or
// covered and every other target a finger had to scroll to, times each tap to the next frame after
// the DOM changed and the filing's submit tap to its receipt PDF handed to the print queue, and compares
// the JS heap after 1, 10 and 100 wiped visits (journey-heap.ts). A leg the harness cannot walk is named
// in the table with the error that stopped it.
import { chromium, type Page } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebHost } from '../../main/browser/web-host';
import { createKiosk } from '../../main/services/kiosk';
import type { PrintJob } from '../../contract';
import { countTouches, FILER, LEGS, Walk, type Variant } from '../e2e/journey-walk';
import { heapOverVisits, type HeapSample } from './journey-heap';

const GOALS = { touchesCard: 120, touchesTyped: 180, offScreen: 0, p95Ms: 100, heapGrowth: 0.1 };
const VISITS = 100;
const VIEWPORT = { width: 1920, height: 1080 };
const CHROMIUM = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? ['/usr/bin/chromium'].find((path) => existsSync(path));

/** In the page: pointerdown → the first requestAnimationFrame after the DOM changed, per tap. */
function instrumentTaps() {
  const latencies: number[] = [];
  (window as unknown as { tapLatencies: number[] }).tapLatencies = latencies;
  document.addEventListener(
    'pointerdown',
    () => {
      const start = performance.now();
      const observer = new MutationObserver(() => {
        observer.disconnect();
        requestAnimationFrame(() => latencies.push(performance.now() - start));
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      // A tap that changes nothing (a disabled button) is not a frame to wait for.
      setTimeout(() => observer.disconnect(), 2_000);
    },
    true,
  );
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

type Kiosk = Awaited<ReturnType<typeof createKiosk>>;

async function withKiosk<T>(root: string, use: (page: Page, kiosk: Kiosk) => Promise<T>, { instrumented = true } = {}): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-journey-'));
  const kiosk = await createKiosk({ dataDir, appRoot: root, shell: 'browser', version: 'bench', simulatedPayerDelayMs: 0, log: () => undefined });
  const host = await startWebHost({
    kiosk,
    rendererDir: process.env.E2E_RENDERER_DIR ?? join(root, 'build', 'renderer'),
    token: `journey-${Date.now()}`,
    log: () => undefined,
  });
  const browser = await chromium.launch({
    ...(CHROMIUM ? { executablePath: CHROMIUM } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--enable-precise-memory-info'],
  });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, hasTouch: true, locale: 'zh-CN', deviceScaleFactor: 1 });
    if (instrumented) {
      await context.addInitScript(instrumentTaps);
      await context.addInitScript(countTouches);
    }
    const page = await context.newPage();
    await page.goto(host.launchUrl());
    await page.locator('.service-grid').waitFor();
    return await use(page, kiosk);
  } finally {
    await browser.close();
    await host.close().catch(() => undefined);
    await kiosk.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

interface Run {
  variant: Variant;
  goal: number;
  touches: { taps: number; keys: number };
  screens: number;
  offScreen: string[];
  scrolledTo: string[];
  p50: number;
  p95: number;
  /** Submit tapped → the filing receipt's PDF queued for the printer, ms; NaN when not reached. */
  receiptMs: number;
  stopped: string[];
}

async function journey(root: string, variant: Variant): Promise<Run> {
  return withKiosk(root, async (page, kiosk) => {
    if (variant === 'card reader')
      kiosk.simulators.idCardReader.present({ name: FILER.name, idNumber: FILER.idNumber, sex: 'male', birthDate: '1955-02-10', address: FILER.address });
    let submitted = NaN;
    let receiptMs = NaN;
    const unsubscribe = kiosk.events.subscribe((event, payload) => {
      const job = payload as PrintJob;
      if (event === 'print.changed' && job.kind === 'filing-receipt' && job.state === 'queued' && Number.isNaN(receiptMs))
        receiptMs = performance.now() - submitted;
    });
    const walk = new Walk(page, undefined, () => (submitted = performance.now()));
    const stopped: string[] = [];
    for (const leg of LEGS) {
      if (stopped.length) {
        stopped.push(`${leg.name}: not reached`);
        continue;
      }
      await leg.walk(walk, variant).catch(async (error: Error) => {
        const title = await page
          .locator('.step-header__title')
          .first()
          .textContent({ timeout: 1_000 })
          .catch(() => '?');
        stopped.push(`${leg.name}, at 「${title}」: ${error.message.split('\n')[0]}`);
        // What the harness saw when it stopped, for a person to look at (gitignored).
        const folder = join(root, 'test', 'artifacts', 'screenshots');
        mkdirSync(folder, { recursive: true });
        await page.screenshot({ path: join(folder, `journey-stopped-${variant.replace(' ', '-')}.png`) });
      });
    }
    unsubscribe();
    const latencies = (await page.evaluate(() => (window as unknown as { tapLatencies: number[] }).tapLatencies)).sort((a, b) => a - b);
    return {
      variant,
      goal: variant === 'typed' ? GOALS.touchesTyped : GOALS.touchesCard,
      touches: await walk.touches(),
      screens: walk.screens.size,
      offScreen: walk.offScreen,
      scrolledTo: walk.scrolledTo,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      receiptMs,
      stopped,
    };
  });
}

/** The heap after 1, 10 (code loaded lazily is in by then) and 100 wiped visits, on an uninstrumented page. */
async function heapGrowth(root: string): Promise<HeapSample[]> {
  return withKiosk(root, (page) => heapOverVisits(page, [1, 10, VISITS]), { instrumented: false });
}

const ratio = (value: number, goal: number) => (goal === 0 ? (value === 0 ? '0' : '∞') : (value / goal).toFixed(2));
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const percent = (growth: number) => `${(growth * 100).toFixed(1)} %`;

export async function journeyBench(root: string): Promise<{ table: string }> {
  const runs = [await journey(root, 'card reader'), await journey(root, 'typed')];
  const [after1, after10, after100] = await heapGrowth(root);
  const growth = (measure: keyof HeapSample, from?: HeapSample) => (after100 && from ? after100[measure] / from[measure] - 1 : NaN);
  const heapRows = (measure: keyof HeapSample, label: string) => [
    `| ${label} after 1 / 10 / ${VISITS} wiped visits | ${[after1, after10, after100].map((s) => mib(s?.[measure] ?? NaN)).join(' / ')} MiB | — | — |`,
    `| ${label} growth, visit 1 → ${VISITS} | ${percent(growth(measure, after1))} | ≤ ${GOALS.heapGrowth * 100} % | ${ratio(growth(measure, after1), GOALS.heapGrowth)} |`,
    `| ${label} growth, visit 10 → ${VISITS} | ${percent(growth(measure, after10))} | ≤ ${GOALS.heapGrowth * 100} % | ${ratio(growth(measure, after10), GOALS.heapGrowth)} |`,
  ];
  const rows = [
    '| measure | value | goal | value / goal |',
    '| --- | --- | --- | --- |',
    ...runs.flatMap((run) => [
      `| touches (taps + keys), ${run.variant} | ${run.touches.taps + run.touches.keys} (${run.touches.taps} + ${run.touches.keys}) | ≤ ${run.goal} | ${ratio(run.touches.taps + run.touches.keys, run.goal)} |`,
      `| screens, ${run.variant} | ${run.screens} | — | — |`,
      `| off-screen primary actions, ${run.variant} | ${run.offScreen.length} | ${GOALS.offScreen} | ${ratio(run.offScreen.length, GOALS.offScreen)} |`,
      `| other targets scrolled to first, ${run.variant} | ${run.scrolledTo.length} | — | — |`,
      `| tap → next frame p50 / p95, ${run.variant} | ${run.p50.toFixed(1)} / ${run.p95.toFixed(1)} ms | p95 ≤ ${GOALS.p95Ms} ms | ${ratio(run.p95, GOALS.p95Ms)} |`,
      `| submit tap → filing receipt PDF in the print queue, ${run.variant} | ${run.receiptMs.toFixed(0)} ms | — | — |`,
    ]),
    ...heapRows('objects', "JS heap, the app's objects"),
    ...heapRows('used', "JS heap, whole (objects and V8's compiled code)"),
  ];
  const notes = runs.flatMap((run) => [
    ...run.stopped.map((s) => `- ${run.variant}: journey incomplete — ${s}`),
    ...run.offScreen.map((o) => `- ${run.variant}: off screen — ${o}`),
    ...run.scrolledTo.map((o) => `- ${run.variant}: scrolled to — ${o}`),
  ]);
  return { table: [...rows, '', ...notes].join('\n') };
}
