// The heap leg of the journey bench (issue 14): does a wiped visit leave anything behind in the renderer?
// A short visit — the risk service opened, a dispute type chosen, 返回首页 — is repeated 100 times and the
// renderer's JS heap compared after the 1st, 10th and 100th, each after a full garbage collection.
//
// Two figures, because V8's heap holds two kinds of thing. **Objects** are what the app keeps: state,
// DOM wrappers, closures; a leak shows here. **Compiled code** is V8's: bytecode, and machine code for
// the functions that have grown hot, which its tiers (Sparkplug, Maglev, TurboFan) add visit after visit
// until every hot function has its code — growth that a leak check must not mistake for the app's. The
// objects are summed from a heap snapshot (every node but code and Blink's native objects), the whole
// heap is `Runtime.getHeapUsage`.
//
// Touches land at an element's centre through `Input.dispatchTouchEvent` and the page is watched with
// plain `Runtime.evaluate`, as a finger and an eye would: Playwright's locators run its selector engine
// inside the page, and its code, growing hot in the same heap, would be counted as the app's.
import type { CDPSession, Page } from '@playwright/test';

export interface HeapSample {
  /** V8's whole heap in use (objects and compiled code), bytes. */
  used: number;
  /** The objects alone, bytes. */
  objects: number;
}

/** Snapshot node types that are not the app's objects: V8's compiled code and Blink's native objects. */
const NOT_OBJECTS = new Set(['code', 'native']);

/** Waits until the selector matches a laid-out element and returns its centre. */
async function centreOf(cdp: CDPSession, selector: string): Promise<{ x: number; y: number }> {
  const expression = `(() => {
    const box = document.querySelector(${JSON.stringify(selector)})?.getBoundingClientRect();
    return box && box.width > 0 ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null;
  })()`;
  for (let waited = 0; waited < 10_000; waited += 25) {
    const { result } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
    if (result.value) return result.value as { x: number; y: number };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${selector} did not appear`);
}

async function tap(page: Page, cdp: CDPSession, selector: string): Promise<void> {
  const { x, y } = await centreOf(cdp, selector);
  await page.touchscreen.tap(x, y);
}

async function present(cdp: CDPSession, selector: string): Promise<boolean> {
  const { result } = await cdp.send('Runtime.evaluate', { expression: `!!document.querySelector(${JSON.stringify(selector)})`, returnByValue: true });
  return result.value === true;
}

/** One short visit ended by the home button, which wipes it (home asks first when something was answered). */
async function visit(page: Page, cdp: CDPSession): Promise<void> {
  await tap(page, cdp, '.service-card[data-service="risk"]');
  await tap(page, cdp, '.risk__dispute');
  await tap(page, cdp, '.flow__home');
  const leave = '[role="dialog"] .button--accent';
  await centreOf(cdp, `${leave}, .service-grid`);
  if (await present(cdp, leave)) await tap(page, cdp, leave);
  await centreOf(cdp, '.service-grid .service-card');
}

/** Sums the self size of every node of a heap snapshot that is one of the app's objects. */
function objectBytes(snapshot: string): number {
  const { snapshot: meta, nodes } = JSON.parse(snapshot) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
  };
  const fields = meta.meta.node_fields;
  const [typeNames] = meta.meta.node_types;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  let bytes = 0;
  for (let node = 0; node < nodes.length; node += fields.length)
    if (!NOT_OBJECTS.has(typeNames[nodes[node + typeAt] ?? 0] ?? '')) bytes += nodes[node + sizeAt] ?? 0;
  return bytes;
}

async function sample(cdp: CDPSession): Promise<HeapSample> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const chunks: string[] = [];
  const collect = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  return { used: usedSize, objects: objectBytes(chunks.join('')) };
}

/** The heap after each visit count in `at` (ascending), on a page at the home screen. */
export async function heapOverVisits(page: Page, at: readonly number[]): Promise<HeapSample[]> {
  const cdp = await page.context().newCDPSession(page);
  const samples: HeapSample[] = [];
  for (let done = 1; done <= Math.max(...at); done += 1) {
    await visit(page, cdp);
    if (at.includes(done)) samples.push(await sample(cdp));
  }
  await cdp.detach();
  return samples;
}
