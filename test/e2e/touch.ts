// Driving the kiosk the way a litigant does: by finger. Taps are touch events (the context has
// touch on), a long press is a real touchStart … touchEnd through CDP, a signature is drawn with
// touch moves, and after every step the step's title and primary action must be on screen and on
// top where a finger would find them, without anything scrolling first (issue 14).
import type { CDPSession, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** A tap, as a finger does it: touchstart/touchend at the element's centre, no mouse. */
export async function tap(target: Locator): Promise<void> {
  await target.tap();
}

const sessions = new WeakMap<Page, CDPSession>();
async function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

async function centreOf(target: Locator): Promise<{ x: number; y: number }> {
  const box = await target.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * A real long press: the finger goes down on the target, `hold` runs while it stays there (e.g.
 * the page clock runs on and the test waits for what the press opens), then the finger lifts at
 * the same point — where whatever opened may now be lying.
 */
export async function longPress(page: Page, target: Locator, hold: () => Promise<void>): Promise<void> {
  const session = await cdp(page);
  const point = await centreOf(target);
  await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ ...point, id: 1 }] });
  await hold();
  await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/**
 * One stroke of a finger through `points`, at a finger's pace: a point every 16 ms by the event's
 * own clock, and the finger lifts while still moving. That flick is the hard case: Chromium reads
 * it as a fling, and before the pads took their touches for themselves (use-ink-surface.ts) the
 * next tap on the page was swallowed as the fling's stop (issue 14 item 4).
 */
export async function stroke(page: Page, points: readonly { x: number; y: number }[]): Promise<void> {
  const session = await cdp(page);
  let at = Date.now() / 1000;
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', point?: { x: number; y: number }) =>
    session.send('Input.dispatchTouchEvent', { type, touchPoints: point ? [{ ...point, id: 1 }] : [], timestamp: (at += 0.016) });
  await touch('touchStart', points[0]);
  for (const point of points.slice(1)) await touch('touchMove', point);
  await touch('touchEnd');
}

/** Draws a signature with a finger: two strokes, like a short name. */
export async function signByTouch(page: Page, pad: Locator): Promise<void> {
  // The litigant scrolls the step to the pad first; a touch beside the viewport would land elsewhere.
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  for (const [from, to] of [
    [0.2, 0.7],
    [0.5, 0.3],
  ] as const) {
    const at = (i: number) => ({ x: box.x + box.width * (from + i * 0.03), y: box.y + box.height * (to + (i === 0 ? 0 : i % 2 ? 0.1 : -0.1)) });
    await stroke(
      page,
      Array.from({ length: 11 }, (_, i) => at(i)),
    );
  }
  await expect(pad).toHaveAttribute('data-signed', 'yes');
}

/**
 * Each wanted element that is outside the viewport or not on top at its centre (elementFromPoint returns
 * neither it nor something inside it), as the page stands: nothing is scrolled into view first.
 */
export function unreachable(page: Page, selectors: readonly string[]): Promise<string[]> {
  return page.evaluate((wanted) => {
    const problems: string[] = [];
    for (const selector of wanted) {
      const element = [...document.querySelectorAll(selector)].find((candidate) => candidate.getClientRects().length > 0);
      if (!element) {
        problems.push(`${selector}: not on the page`);
        continue;
      }
      const box = element.getBoundingClientRect();
      const inside = box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      // Clipped by the step's own scrolling panel, what lies at its centre is whatever is drawn there (the action bar): not an overlap.
      const panel = element.closest('.flow__step')?.getBoundingClientRect();
      const clipped = panel && (box.top < panel.top || box.bottom > panel.bottom);
      if (!inside) problems.push(`${selector} 「${element.textContent}」 outside the viewport`);
      else if (clipped) problems.push(`${selector} 「${element.textContent}」 outside the step's scrolled view`);
      else if (!hit || !element.contains(hit)) problems.push(`${selector} 「${element.textContent}」 covered by ${hit?.className || hit?.tagName}`);
    }
    return problems;
  }, selectors);
}

/**
 * After each step: the step's title and its primary action (Next, File, Finish…) are on screen and
 * on top without scrolling (issue 14 item 2). `opened`: the step has just opened, so its body must
 * be at its top (item 3). `primary: false` for a screen whose way on is first one of its own
 * choices (how to look a case up).
 */
export async function expectStepReady(page: Page, { primary = true, opened = false }: { primary?: boolean; opened?: boolean } = {}): Promise<void> {
  await expect(page.locator('.step-header__title')).toBeVisible();
  const wanted = ['.step-header__title', ...(primary ? ['.flow__primary .button--primary'] : [])];
  await expect.poll(() => unreachable(page, wanted), { message: 'title and primary action on screen and on top' }).toEqual([]);
  if (opened) expect(await page.locator('.flow__step').evaluate((body) => body.scrollTop), 'the step opens at its top').toBe(0);
}

/** Picks year, month and day on a date field by taps, as a litigant does; `field` is the field's group of three buttons. */
export async function pickDate(page: Page, field: Locator, iso: string, language: 'zh' | 'en'): Promise<void> {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const dialog = page.getByRole('dialog');
  await field.locator('[data-part="year"]').tap();
  await expect(dialog).toBeVisible();
  // A long range of years is picked decade first, so any year is two taps; a short one lists the years at once.
  const decade = dialog.getByRole('button', { name: new RegExp(`^${year - (year % 10)}[—–]`) });
  if ((await decade.count()) > 0) await decade.tap();
  const names = language === 'zh' ? [`${year} 年`, `${month} 月`, `${day} 日`] : [`${year}`, `Month ${month}`, `Day ${day}`];
  const parts = ['year', 'month', 'day'];
  for (const [index, name] of names.entries()) {
    // Each pick opens the next part still missing; a part already chosen (a default) is opened by its own button.
    if (index > 0 && (await dialog.count()) === 0) await field.locator(`[data-part="${parts[index]}"]`).tap();
    await dialog.getByRole('button', { name, exact: true }).tap();
  }
  await expect(dialog).toHaveCount(0);
}
