// One real kiosk per test: createKiosk over a fresh temp data folder and the browser shell on a
// free port with a known token, so tests are independent and can call the same API the page does.
// E2E_RENDERER_DIR points at another renderer build, so two checkouts' builds never overwrite each other.
import { expect, test as base, type Page } from '@playwright/test';
import axe from 'axe-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sqlite3 from 'sqlite3';
import type { Envelope, MethodInput, MethodName, MethodOutput } from '../../contract';
import { createKiosk } from '../../main/services/kiosk';
import { DB_FILE } from '../../main/services/storage/open-storage';
import { startWebHost, type WebHost } from '../../main/browser/web-host';

const REPO_ROOT = resolve(__dirname, '../..');
const SCREENSHOTS = join(REPO_ROOT, 'test', 'artifacts', 'screenshots');

export interface KioskUnderTest {
  /** A fresh address with its own one-time launch code, as the launcher gives Chromium. */
  launchUrl(search?: string): string;
  dataDir: string;
  host: WebHost;
  /** Calls the contract over HTTP exactly as the page does; returns the envelope. */
  api<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Envelope<MethodOutput<M>>>;
  /** Runs a read-only query on the kiosk's SQLite file. */
  query<T>(sql: string): Promise<T[]>;
  /** The simulated devices, to script how the next payment goes. */
  simulators: Awaited<ReturnType<typeof createKiosk>>['simulators'];
}

export const test = base.extend<{ kiosk: KioskUnderTest; payerDelayMs: number }>({
  /** How long the simulated payer takes at the terminal; a test that must see the prompt sets it. */
  payerDelayMs: [0, { option: true }],
  kiosk: async ({ payerDelayMs }, use, testInfo) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-e2e-'));
    const log: string[] = [];
    const kiosk = await createKiosk({
      dataDir,
      appRoot: REPO_ROOT,
      shell: 'browser',
      version: 'e2e',
      simulatedPayerDelayMs: payerDelayMs,
      log: (message, context) => log.push(`${message} ${JSON.stringify(context ?? {})}`),
    });
    const host = await startWebHost({
      kiosk,
      rendererDir: process.env.E2E_RENDERER_DIR ?? join(REPO_ROOT, 'build', 'renderer'),
      token: `e2e-${testInfo.workerIndex}-${Date.now()}`,
      log: (message) => log.push(message),
    });
    const api: KioskUnderTest['api'] = async (method, input) => {
      const res = await fetch(`${host.origin}api/${method}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      return (await res.json()) as never;
    };
    const query = <T>(sql: string) =>
      new Promise<T[]>((done, fail) => {
        const db = new sqlite3.Database(join(dataDir, DB_FILE), sqlite3.OPEN_READONLY, (err) => err && fail(err));
        db.all(sql, (err, rows) => {
          db.close();
          if (err) fail(err);
          else done(rows as T[]);
        });
      });
    await use({ launchUrl: (search) => host.launchUrl(search), dataDir, host, api, query, simulators: kiosk.simulators });
    await host.close().catch(() => undefined);
    await kiosk.close();
    if (log.length > 0) await testInfo.attach('kiosk-log', { body: log.join('\n'), contentType: 'text/plain' });
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };

/** Opens the kiosk and waits for the home screen, fonts included (screenshots must show the real font). */
export async function openKiosk(page: Page, kiosk: KioskUnderTest): Promise<void> {
  await page.goto(kiosk.launchUrl());
  await expect(page.locator('.service-grid, .home__none')).toBeVisible();
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}

/**
 * axe-core's violations on the page as it stands, all rules (the same run @axe-core/playwright makes).
 * axe is injected once per document and run in place: AxeBuilder re-injects its 580 kB source on every
 * call and finishes in a new tab, which took ten times as long as the scan itself. The kiosk has no
 * frames, so a run in the page sees everything the partial runs across frames would.
 */
async function axeViolations(page: Page): Promise<axe.Result[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  // Passes and inapplicable rules are only counted, not collected: the check reads violations alone.
  return page.evaluate(async () => (await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] })).violations);
}

/**
 * The checks every screen gets: axe-core with zero violations, and a screenshot saved as
 * test/artifacts/screenshots/<name>.png for people to look at.
 */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  const violations = await axeViolations(page);
  expect(violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** Types digits and X on the on-screen keypad, the way a litigant does. */
export async function tapKeypad(page: Page, text: string): Promise<void> {
  const docked = page.getByRole('region', { name: /屏幕键盘|On-screen keyboard/ });
  const keypad = page.getByRole('group', { name: /数字键盘|Number keypad/ }).filter({ visible: true });
  // A number field opens the docked keyboard as a number pad; a pad on the page gives way while the
  // docked keyboard is up for another field (one keyboard at a time): done with that first.
  await expect(keypad.or(docked).first()).toBeVisible();
  if ((await keypad.count()) === 0) await docked.getByRole('button', { name: /^(完成|Done)$/ }).click();
  for (const key of text) await keypad.getByRole('button', { name: key, exact: true }).tap();
}

/**
 * Builds a case number (案号) on the tap-to-build picker, as a litigant does with the paper at hand:
 * year, kind of case, then the number on the on-screen keyboard (the terminal's own court is already chosen).
 * Returns the touches it took.
 */
export async function tapCaseNumber(page: Page, parts: { year: string; type: string; sequence: string }, english = false): Promise<number> {
  const builder = page.locator('.case-number');
  await builder.getByRole('button', { name: `（${parts.year}）`, exact: true }).tap();
  await builder.getByRole('button', { name: parts.type, exact: true }).tap();
  await builder.getByLabel(english ? 'Number (the digits before 号)' : '号码（“号”字前面的数字）').tap();
  // The number opens the docked keyboard as a number pad; 完成 closes it, so a pad on the page is the one typed on next.
  await tapKeypad(page, parts.sequence);
  const keyboard = page.getByRole('region', { name: english ? 'On-screen keyboard' : '屏幕键盘' });
  await keyboard.getByRole('button', { name: english ? 'Done' : '完成', exact: true }).tap();
  await expect(keyboard).toHaveCount(0);
  return 4 + parts.sequence.length;
}

/** Every text node's content outside elements marked with another language (e.g. the language switch). */
export function visibleTextOutside(page: Page, language: string): Promise<string> {
  return page.evaluate((lng) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const owner = node.parentElement?.closest('[lang]');
      if (owner && owner.getAttribute('lang') !== lng) continue;
      parts.push(node.textContent ?? '');
    }
    return parts.join(' ');
  }, language);
}
