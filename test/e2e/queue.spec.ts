// Take a number on the kiosk, call it at the helper desk, see and hear it on the waiting-area
// display: three pages of one kiosk, the desk and the display opened by their own addresses.
import type { BrowserContext, Page } from '@playwright/test';
import { checkScreen, expect, openKiosk, test, visibleTextOutside, type KioskUnderTest } from './fixtures';
import { expectStepReady } from './touch';
import { pickPerson, provisionAdmin, staffApi, typePin } from './staff-steps';

const CJK = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/;

// Several pages, each scanned by axe and photographed, and a staff sign-in (scrypt): more than the default 30 s.
test.describe.configure({ timeout: 240_000 });

const HELPER_PIN = '639027';

/** A helper account whose first PIN has been changed already, as after its first day. */
async function provisionHelper(kiosk: KioskUnderTest): Promise<void> {
  const admin = await provisionAdmin(kiosk);
  expect((await staffApi(kiosk, admin, 'staff.add', { staffId: 'h01', name: '王芳', role: 'helper', pin: '482913' })).ok).toBe(true);
  const signIn = await kiosk.api('staff.signIn', { pin: '482913', staffId: 'h01' });
  if (!signIn.ok) throw new Error(`helper sign-in failed: ${signIn.error.code}`);
  expect((await staffApi(kiosk, signIn.value.token, 'staff.changePin', { currentPin: '482913', newPin: HELPER_PIN })).ok).toBe(true);
  await staffApi(kiosk, signIn.value.token, 'staff.signOut', {});
}

/** Opens a standalone screen (?screen=…) with its own launch code, as the TV or the desk browser would. */
async function openScreen(context: BrowserContext, kiosk: KioskUnderTest, screen: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(kiosk.launchUrl(`?screen=${screen}`));
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  return page;
}

test('a number taken on the kiosk is called at the helper desk and shown on the display', async ({ page, context, kiosk }) => {
  const display = await openScreen(context, kiosk, 'display');
  await expect(display.getByText('请取号后在等候区稍坐，留意叫号')).toBeVisible();
  await checkScreen(display, 'queue-display-empty');

  await openKiosk(page, kiosk);
  await page.locator('.service-card', { hasText: '取号排队' }).tap();
  await page.getByRole('button', { name: '下一步', exact: true }).tap();
  await expect(page.getByText('请先选择要办理的事项。')).toBeVisible();
  await page.getByRole('button', { name: /立案帮办/ }).tap();
  await page.getByRole('button', { name: /我是老年人/ }).tap();
  await expect(page.getByRole('button', { name: /我是老年人/ })).toHaveAttribute('aria-pressed', 'true');
  await expectStepReady(page, { opened: true });
  await checkScreen(page, 'queue-1-service-zh');
  await page.getByRole('button', { name: '下一步', exact: true }).tap();
  await expect(page.locator('.ticket__number')).toHaveText('A001');
  await expect(page.getByText('优先号')).toBeVisible();
  await expect(page.getByText('马上就到您')).toBeVisible();
  await expectStepReady(page);
  await checkScreen(page, 'queue-2-ticket-zh');

  // Someone else, not priority, queues for the same desk.
  const second = await kiosk.api('queue.take', { service: 'filing', priority: false, language: 'zh-CN' });
  expect(second.ok && second.value.number).toBe('A002');

  // The desk's queue controls are a helper's: nothing of them shows before the PIN pad is passed.
  await provisionHelper(kiosk);
  const desk = await openScreen(context, kiosk, 'helper-queue');
  const signIn = desk.getByRole('dialog', { name: '工作人员登录' });
  await expect(desk.getByRole('button', { name: '叫下一位' })).toHaveCount(0);
  await pickPerson(desk, '王芳');
  await typePin(signIn, HELPER_PIN);
  await signIn.getByRole('button', { name: '登录' }).tap();
  await expect(signIn).toHaveCount(0);
  await desk.getByRole('button', { name: '2', exact: true }).tap();
  await expect(desk.getByRole('button', { name: /立案帮办/ })).toContainText('2 人');
  await checkScreen(desk, 'queue-desk-idle');
  await desk.getByRole('button', { name: '叫下一位' }).tap();
  await expect(desk.locator('.desk__number')).toHaveText('A001');

  await expect(display.locator('.display__number')).toHaveText('A001');
  await expect(display.locator('.display__window')).toContainText('请到 2 号窗口');
  await expect(display.locator('.display__window')).toContainText('Please go to window 2');
  await checkScreen(display, 'queue-display-called');

  await desk.getByRole('button', { name: '重新叫号' }).tap();
  await desk.getByRole('button', { name: '办理完毕' }).tap();
  await expect(desk.locator('.desk__number')).toHaveCount(0);
  // A served number leaves the display's big spot at once and heads the recent calls (issue 14).
  await expect(display.locator('.display__number')).toHaveCount(0);
  await expect(display.locator('.display__table tbody tr').first()).toContainText('A001');
  await checkScreen(display, 'queue-display-served');
  await desk.getByRole('button', { name: '叫下一位' }).tap();
  await expect(desk.locator('.desk__number')).toHaveText('A002');
  await checkScreen(desk, 'queue-desk-calling');

  // The display moves A001 to the recent calls as A002 is called.
  await expect(display.locator('.display__number')).toHaveText('A002');
  await expect(display.locator('.display__table tbody tr').first()).toContainText('A001');
  await checkScreen(display, 'queue-display-recent');

  // Transfer sends A002 to the fees queue; skip on an empty desk leaves nothing at the window.
  await desk.getByRole('button', { name: '转到其他事项' }).tap();
  await desk.getByRole('dialog').getByRole('button', { name: '交费 / 退费' }).tap();
  await expect(desk.locator('.desk__number')).toHaveCount(0);
  await expect(desk.getByRole('button', { name: /交费 \/ 退费/ })).toContainText('1 人');
  const board = await kiosk.api('queue.board', {});
  expect(board.ok && board.value.waiting).toMatchObject({ filing: 0, fees: 1 });
  // Every call the helper made at the desk is in the audit log under their id.
  const actions = await kiosk.query<{ action: string }>("SELECT action FROM audit_log WHERE actor = 'h01' AND action LIKE 'queue.%' ORDER BY id");
  expect(actions.map((a) => a.action)).toEqual(['queue.callNext', 'queue.recall', 'queue.serve', 'queue.callNext', 'queue.transfer']);

  // The counter's screen keeps its window over a reload: a setting of that device, not of the helper (issue 14).
  await desk.reload();
  await pickPerson(desk, '王芳');
  await typePin(signIn, HELPER_PIN);
  await signIn.getByRole('button', { name: '登录' }).tap();
  await expect(desk.getByRole('group', { name: '本窗口号' }).getByRole('button', { name: '2', exact: true })).toHaveAttribute('aria-pressed', 'true');
});

test('takes a number in English', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: 'English' }).tap();
  await page.locator('.service-card', { hasText: 'Take a queue number' }).tap();
  await page.getByRole('button', { name: /Fees and refunds/ }).tap();
  await expectStepReady(page);
  await checkScreen(page, 'queue-1-service-en');
  await page.getByRole('button', { name: 'Next', exact: true }).tap();
  await expect(page.locator('.ticket__number')).toHaveText('B001');
  await expect(page.getByText('You are next')).toBeVisible();
  expect(await visibleTextOutside(page, 'en')).not.toMatch(CJK);
  await expectStepReady(page);
  await checkScreen(page, 'queue-2-ticket-en');
});

test('fits a portrait screen in elder mode', async ({ page, kiosk }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await kiosk.api('queue.take', { service: 'mediation', priority: false, language: 'zh-CN' });
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: '大字' }).tap();
  await page.locator('.service-card', { hasText: '取号排队' }).tap();
  await page.getByRole('button', { name: /诉前调解/ }).tap();
  await expectStepReady(page);
  await checkScreen(page, 'queue-portrait-1-service');
  await page.getByRole('button', { name: '下一步', exact: true }).tap();
  await expect(page.locator('.ticket__number')).toHaveText('C002');
  await expect(page.getByText('1 人')).toBeVisible();
  await expectStepReady(page);
  await checkScreen(page, 'queue-portrait-2-ticket');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
});
