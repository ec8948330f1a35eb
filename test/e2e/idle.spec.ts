// The idle wipe: quiet for the configured time → "are you still there?" with a countdown → home,
// with every trace of the visit gone from the screen, from memory and from main. Time is moved
// with Playwright's clock, never waited for.
import type { Page } from '@playwright/test';
import { checkScreen, expect, openKiosk, tapKeypad, test, type KioskUnderTest } from './fixtures';
import { provisionAdmin, staffApi } from './staff-steps';

const IDLE = { timeoutSeconds: 15, countdownSeconds: 5 };

async function shortIdle(kiosk: KioskUnderTest, idle = IDLE): Promise<void> {
  expect((await staffApi(kiosk, await provisionAdmin(kiosk), 'config.set', { patch: { idle } })).ok).toBe(true);
}

/** axe-core needs the page's timers running; a long countdown leaves it time to look. */
const SLOW_IDLE = { timeoutSeconds: 15, countdownSeconds: 120 };

/**
 * From here on only runFor moves the page's time, so a slow step (an axe scan) can't eat into the
 * countdown. Jumping a minute ahead first is safe: nobody has touched the screen yet.
 */
async function stopTime(page: Page): Promise<void> {
  await page.clock.pauseAt(Date.now() + 60_000);
}

const SAVE_DEBOUNCE_MS = 1000;

test('after the countdown the visit is wiped: screen, memory, language, elder mode and drafts', async ({ page, kiosk }) => {
  await shortIdle(kiosk);
  await page.clock.install();
  await openKiosk(page, kiosk);
  await stopTime(page);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Large text' }).click();
  await page.locator('[data-service=filing]').click();
  await page.getByLabel('Full name').fill('赵秀兰');
  // The docked keyboard gives way to the ID keypad on a timer, and this test holds the page's clock.
  await page.getByRole('region', { name: 'On-screen keyboard' }).getByRole('button', { name: 'Done' }).click();
  await page.clock.runFor(500);
  await tapKeypad(page, '11010519491231002X');
  await page.clock.runFor(SAVE_DEBOUNCE_MS);
  await expect.poll(async () => JSON.stringify(await kiosk.api('draft.load', { flow: 'filing' }))).toContain('赵秀兰');

  await page.clock.runFor(IDLE.timeoutSeconds * 1000 - SAVE_DEBOUNCE_MS);
  const dialog = page.getByRole('alertdialog', { name: 'Are you still there?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('In 5 seconds')).toBeVisible();

  await page.clock.runFor(IDLE.countdownSeconds * 1000);
  await expect(page.locator('.service-grid')).toBeVisible();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('html')).not.toHaveAttribute('data-elder', /.*/);
  const everything = await page.evaluate(() => document.documentElement.outerHTML + [...document.querySelectorAll('input')].map((i) => i.value).join(''));
  expect(everything).not.toContain('赵秀兰');
  expect(everything).not.toContain('002X');

  // Nothing of the visit is left in main either.
  await expect.poll(async () => (await kiosk.query<{ n: number }>('SELECT COUNT(*) AS n FROM drafts'))[0]?.n).toBe(0);
  expect((await kiosk.api('session.start', { language: 'zh-CN' })).ok).toBe(true);
  expect(await kiosk.api('draft.load', { flow: 'filing' })).toEqual({ ok: true, value: { data: null, provenance: {}, assistedBy: null } });
});

test('"I\'m still here" cancels the wipe and starts the quiet time again', async ({ page, kiosk }) => {
  await shortIdle(kiosk);
  await page.clock.install();
  await openKiosk(page, kiosk);
  await stopTime(page);
  await page.locator('[data-service=filing]').click();
  await page.getByLabel('姓名').fill('钱卫东');
  await page.clock.runFor(IDLE.timeoutSeconds * 1000);
  const dialog = page.getByRole('alertdialog', { name: '您还在吗？' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('5 秒后将返回首页')).toBeVisible();
  await page.clock.runFor(2000);
  await expect(dialog.getByText('3 秒后将返回首页')).toBeVisible();

  await dialog.getByRole('button', { name: '我还在' }).click();
  await expect(dialog).toHaveCount(0);
  await page.clock.runFor(IDLE.countdownSeconds * 1000);
  await expect(page.getByLabel('姓名')).toHaveValue('钱卫东');

  // The quiet time starts over from the answer: the question comes back only after all of it.
  await page.clock.runFor((IDLE.timeoutSeconds - IDLE.countdownSeconds) * 1000 - 1000);
  await expect(dialog).toHaveCount(0);
  await page.clock.runFor(1000);
  await expect(dialog).toBeVisible();
});

test('the untouched home screen never asks', async ({ page, kiosk }) => {
  await shortIdle(kiosk);
  await page.clock.install();
  await openKiosk(page, kiosk);
  await page.clock.runFor(10 * 60 * 1000);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  expect((await kiosk.query<{ n: number }>('SELECT COUNT(*) AS n FROM sessions'))[0]?.n).toBe(0);
});

test('the question is accessible, in Chinese and in English large text', async ({ page, kiosk }) => {
  await shortIdle(kiosk, SLOW_IDLE);
  await page.clock.install();
  await openKiosk(page, kiosk);
  await page.locator('[data-service=risk]').click();
  await page.clock.runFor(SLOW_IDLE.timeoutSeconds * 1000);
  await expect(page.getByRole('alertdialog', { name: '您还在吗？' })).toBeVisible();
  await checkScreen(page, 'idle-dialog');

  await page.getByRole('button', { name: '我还在' }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Large text' }).click();
  await page.clock.runFor(SLOW_IDLE.timeoutSeconds * 1000);
  await expect(page.getByRole('alertdialog', { name: 'Are you still there?' })).toBeVisible();
  await checkScreen(page, 'idle-dialog-elder-en');
});

/** Types on the docked keyboard's Latin layout, by taps: letters on the letters page, digits on the symbols page. */
async function tapLatin(page: Page, text: string): Promise<void> {
  const keys = page.getByRole('region', { name: '屏幕键盘' });
  // The keyboard opens for the field a moment after the tap, on its letters page.
  await expect(keys.getByRole('button', { name: 'q', exact: true })).toBeVisible();
  for (const char of text.toLowerCase()) {
    const key = keys.getByRole('button', { name: char, exact: true });
    if ((await key.count()) === 0) await keys.getByRole('button', { name: /^[0-9]$/.test(char) ? '符号' : '英文', exact: true }).tap();
    await key.tap();
  }
}

// A resident ID on the number pad; a passport (or a permit) after 其他证件, on the Latin keyboard.
for (const filer of [
  { name: '孙桂兰', idNumber: '11010519491231002X', document: null, screen: 'filing-resume-after-wipe' },
  { name: '陈美玲', idNumber: 'E12345678', document: '护照', screen: 'filing-resume-after-wipe-passport' },
] as const)
  test(`a visit wiped while idle is taken up again, by touch, with the resume code and the filer's number (${filer.document ?? '居民身份证'})`, async ({
    page,
    kiosk,
  }) => {
    // Quiet long enough that, once the page's time runs again, a busy machine's slow taps never wipe the visit being resumed.
    const idle = { timeoutSeconds: 120, countdownSeconds: 5 };
    await shortIdle(kiosk, idle);
    await page.clock.install();
    await openKiosk(page, kiosk);
    await stopTime(page);
    await page.locator('[data-service=filing]').tap();
    await page.getByLabel('姓名').fill(filer.name);
    await page.getByRole('region', { name: '屏幕键盘' }).getByRole('button', { name: '完成' }).tap();
    await page.clock.runFor(500);
    if (filer.document) {
      await page.getByRole('button', { name: /^其他证件/ }).tap();
      await page.getByRole('group', { name: '证件类型' }).getByRole('button', { name: filer.document, exact: true }).tap();
      await page.getByLabel(`${filer.document}号码`).fill(filer.idNumber);
      await page.getByRole('region', { name: '屏幕键盘' }).getByRole('button', { name: '完成' }).tap();
    } else await tapKeypad(page, filer.idNumber);
    await page.locator('.flow__next').tap();
    const code = (await page.locator('[data-resume-code]').getAttribute('data-resume-code'))!;
    await page.getByRole('button', { name: /借钱给别人，到期不还/ }).tap();
    await page.clock.runFor(SAVE_DEBOUNCE_MS);
    await expect.poll(async () => JSON.stringify(await kiosk.api('draft.load', { flow: 'filing' }))).toContain('private_lending');

    // Walked away: the wipe ends the visit, and its draft is kept only sealed under the code and the ID.
    await page.clock.runFor(idle.timeoutSeconds * 1000);
    await expect(page.getByRole('alertdialog', { name: '您还在吗？' })).toBeVisible();
    await page.clock.runFor(idle.countdownSeconds * 1000);
    await expect(page.locator('.service-grid')).toBeVisible();
    await expect.poll(async () => (await kiosk.query<{ n: number }>('SELECT COUNT(*) AS n FROM filing_sealed'))[0]?.n).toBe(1);
    await page.clock.resume();

    // Back at the screen: the code on the Latin keyboard, the ID number on the number pad, then 接着填.
    await page.locator('[data-service=filing]').tap();
    await page.getByRole('button', { name: '之前填过一半？接着填' }).tap();
    const dialog = page.getByRole('dialog', { name: '接着填写上次的立案材料' });
    await dialog.getByLabel('续填码').tap();
    await tapLatin(page, code);
    await expect(dialog.getByLabel('续填码')).toHaveValue(code);
    if (filer.document) {
      await dialog.getByRole('button', { name: /^其他证件/ }).tap();
      await dialog.getByRole('group', { name: '证件类型' }).getByRole('button', { name: filer.document, exact: true }).tap();
      await dialog.getByLabel(`${filer.document}号码`).tap();
      await tapLatin(page, filer.idNumber);
      await expect(dialog.getByLabel(`${filer.document}号码`)).toHaveValue(filer.idNumber);
    } else {
      await dialog.getByLabel('身份证号码').tap();
      await tapKeypad(page, filer.idNumber);
    }
    await checkScreen(page, filer.screen);
    await page.getByRole('region', { name: '屏幕键盘' }).getByRole('button', { name: '完成' }).tap();
    await dialog.getByRole('button', { name: '接着填', exact: true }).tap();

    // On the step the filer had reached, with what they had entered.
    await expect(page.getByText('第 2 步，共 10 步')).toBeVisible();
    await expect(page.getByRole('button', { name: /借钱给别人，到期不还/ })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: '上一步' }).tap();
    await expect(page.getByLabel('姓名')).toHaveValue(filer.name);
    expect((await kiosk.query<{ n: number }>('SELECT COUNT(*) AS n FROM filing_sealed'))[0]?.n).toBe(0);
  });
