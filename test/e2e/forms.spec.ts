// The parties form, the date picker and the small lookups by touch (issue #14, items 1, 8 and 17):
// a birth year far back picked in two taps and the month list that follows it full; a form that is
// not red before anything is typed; sex and birth date read from the ID number; 民族 picked; one
// party to a page; the receipt lookup preset to today; an overdue fee notice saying so. Landscape
// and portrait, Chinese and English, each screen scanned by axe and photographed.
import type { Page } from '@playwright/test';
import { checkScreen, expect, openKiosk, tapCaseNumber, tapKeypad, test } from './fixtures';
import { expectStepReady } from './touch';

test.describe.configure({ timeout: 180_000 });

const FILER = { name: '张建国', idNumber: '440703195502100012', address: '广东省示范市蓬江区港口路 16 号 2 栋 502 房' };
const PORTRAIT = { width: 1080, height: 1920 };

/** The screen as the litigant sees it once done typing: nothing focused, so no keyboard in the way. */
async function look(page: Page, name: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await expect(page.locator('.touch-keyboard:visible')).toHaveCount(0);
  await checkScreen(page, name);
}

async function toParties(page: Page, english: boolean): Promise<void> {
  await page.locator('[data-service=filing]').tap();
  await page.getByRole('button', { name: english ? 'Read ID card' : '读取身份证' }).tap();
  await expect(page.getByText(english ? 'ID card read' : '已读取身份证')).toBeVisible();
  await page.locator('.flow__next').tap();
  await page.getByRole('button', { name: english ? /You lent money and it was not paid back/ : /借钱给别人，到期不还/ }).tap();
  await page.locator('.flow__next').tap();
  await expect(page.locator('[data-party="plaintiffs.0"]')).toBeVisible();
}

test('zh-CN, landscape: the parties form by touch, one party to a page, a birth date from 1955 in a few taps', async ({ page, kiosk }) => {
  kiosk.simulators.idCardReader.present({ name: FILER.name, idNumber: FILER.idNumber, sex: 'male', birthDate: '1955-02-10', address: FILER.address });
  await openKiosk(page, kiosk);
  await toParties(page, false);

  // Nothing is red before anything is typed; the filer's sex and birth date come from the card, 民族 as a group.
  const filer = page.locator('[data-party="plaintiffs.0"]');
  await expect(filer.locator('[data-facts]')).toHaveText('性别：男　出生日期：1955年2月10日（从身份证号码读出）');
  await expect(filer.getByRole('button', { name: '民族 汉族' })).toBeVisible();
  await expect(page.locator('.field--invalid, .field__error')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: '当事人' })).toBeInViewport();
  await expectStepReady(page, { opened: true });
  await look(page, 'forms-parties-filer-zh');

  // A third party on a page of its own, typed as a person with no ID number known: sex and birth date are asked.
  await page.getByRole('button', { name: '增加一位第三人' }).tap();
  const third = page.locator('[data-party="thirdParties.0"]');
  await expect(third).toBeVisible();
  await expect(filer).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^第三人 1 / })).toHaveAttribute('aria-pressed', 'true');
  // Leaving the name empty says so; the untouched fields stay quiet.
  await third.getByLabel('姓名').tap();
  await third.getByLabel('居民身份证号码').tap();
  await expect(third.locator('.field--invalid')).toHaveCount(1);
  await expect(third.locator('.field--invalid')).toContainText('姓名');

  // Item 1: 1955 is two taps (the decade, then the year), and the month list after it is whole.
  await third.locator('[data-part="year"]').tap();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: /^2030|^2031/ })).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: '2020—2026 年' })).toBeVisible();
  await dialog.getByRole('button', { name: '1950—1959 年' }).tap();
  await dialog.getByRole('button', { name: '1955 年', exact: true }).tap();
  await expect(dialog.locator('.picker__choice')).toHaveCount(12);
  await checkScreen(page, 'forms-date-month-after-1955-zh');
  await dialog.getByRole('button', { name: '3 月', exact: true }).tap();
  await dialog.getByRole('button', { name: '8 日', exact: true }).tap();
  await expect(dialog).toHaveCount(0);
  await expect(third.locator('[data-part="month"]')).toHaveText('3 月');

  // 民族 from the 56 groups, 汉族 the first button; a group on the second page.
  await third.getByRole('button', { name: '民族 选择民族' }).tap();
  await expect(dialog.locator('.picker__choice').first()).toHaveText('汉族');
  await dialog.getByRole('button', { name: '下一页' }).tap();
  await dialog.getByRole('button', { name: '锡伯族' }).tap();
  await expect(third.getByRole('button', { name: '民族 锡伯族' })).toBeVisible();

  // A typed ID number gives sex and birth date instead of asking them.
  await third.getByLabel('居民身份证号码').fill('11010519491231002X');
  await expect(third.locator('[data-facts]')).toContainText('女');
  await expect(third.locator('[data-part="year"]')).toHaveCount(0);
  await look(page, 'forms-parties-third-zh');

  // Removing says whom; the filer's page comes back.
  await page.locator('.party-form__remove').tap();
  await expect(page.getByRole('button', { name: /^第三人 1 / })).toHaveCount(0);
  await expect(filer).toBeVisible();

  // The defendant's page: the area from the division pickers, then the street.
  await page.getByRole('button', { name: /^被告 1 / }).tap();
  const defendant = page.locator('[data-party="defendants.0"]');
  await defendant.locator('.address-field [data-level="0"]').tap();
  for (const name of ['广东省', '江门市', '江海区']) await dialog.getByRole('button', { name, exact: true }).tap();
  await expect(defendant.locator('.address-field [data-level="2"]')).toHaveText('江海区');
  await look(page, 'forms-parties-defendant-zh');
  await expectStepReady(page);
});

test('en, portrait: the same form in English, with the ethnic groups romanised and the years decade first', async ({ page, kiosk }) => {
  await page.setViewportSize(PORTRAIT);
  kiosk.simulators.idCardReader.present({ name: FILER.name, idNumber: FILER.idNumber, sex: 'male', birthDate: '1955-02-10', address: FILER.address });
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: 'English' }).tap();
  await toParties(page, true);
  const filer = page.locator('[data-party="plaintiffs.0"]');
  await expect(filer.locator('[data-facts]')).toHaveText('Sex: Male · Born: February 10, 1955 (read from the ID number)');
  await expect(filer.getByRole('button', { name: 'Ethnicity Han (汉族)' })).toBeVisible();
  await expect(page.locator('.field--invalid')).toHaveCount(0);
  await expectStepReady(page, { opened: true });
  await look(page, 'forms-parties-filer-en-portrait');

  await page.getByRole('button', { name: /^Defendant 1 / }).tap();
  const defendant = page.locator('[data-party="defendants.0"]');
  await defendant.locator('[data-part="year"]').tap();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: '1970–1979' }).tap();
  await dialog.getByRole('button', { name: '1979', exact: true }).tap();
  await expect(dialog.locator('.picker__choice')).toHaveCount(12);
  await dialog.getByRole('button', { name: 'Month 3', exact: true }).tap();
  await dialog.getByRole('button', { name: 'Day 15', exact: true }).tap();
  await defendant.getByRole('button', { name: 'Ethnicity Choose the ethnic group' }).tap();
  await expect(dialog.locator('.picker__choice').first()).toHaveText('Han');
  await look(page, 'forms-parties-ethnicity-en-portrait');
  await dialog.getByRole('button', { name: 'Zhuang' }).tap();
  await look(page, 'forms-parties-defendant-en-portrait');
  await expectStepReady(page);
});

test('status by receipt: the date is today already, and the box speaks of the receipt number', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await page.locator('.service-card', { hasText: '案件查询' }).tap();
  await page.getByRole('button', { name: /按回执查询/ }).tap();
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const [year, month, day] = today.split('-').map(Number);
  await expect(page.locator('.picker-field__part[data-part="year"]')).toHaveText(`${year} 年`);
  await expect(page.locator('.picker-field__part[data-part="month"]')).toHaveText(`${month} 月`);
  await expect(page.locator('.picker-field__part[data-part="day"]')).toHaveText(`${day} 日`);
  await expect(page.locator('[data-receipt-no]')).toContainText('请按回执上的回执编号依次选择');
  await expect(page.locator('[data-receipt-no]')).not.toContainText('案号');
  await checkScreen(page, 'forms-status-receipt-zh');

  await page.setViewportSize(PORTRAIT);
  await page.getByRole('button', { name: 'English' }).tap();
  await expect(page.locator('[data-receipt-no]')).toContainText('Pick each part as it is printed on your receipt');
  await checkScreen(page, 'forms-status-receipt-en-portrait');
});

async function findSampleNotice(page: Page, english: boolean): Promise<void> {
  await page.locator('.service-card', { hasText: english ? 'Court fee payment' : '诉讼费交纳' }).tap();
  await page.locator('.fee-choice[data-path="pay"]').tap();
  await tapCaseNumber(page, { year: '2026', type: '民初', sequence: '1234' }, english);
  await tapKeypad(page, '11010519491231002X');
  await page.getByRole('button', { name: english ? 'Find the fee notice' : '查询交费通知' }).tap();
  await expect(page.getByTestId('notice-total')).toBeVisible();
}

test('a fee notice past its due date says it is overdue; one still in time gives the date', async ({ page, kiosk }) => {
  // The sample notice is due 2026-12-01: a week later at the court it is overdue.
  await page.clock.setFixedTime(new Date('2026-12-08T10:00:00+08:00'));
  await openKiosk(page, kiosk);
  await findSampleNotice(page, false);
  await expect(page.locator('[data-overdue]')).toContainText('交费期限2026年12月1日已经过了');
  await checkScreen(page, 'forms-fee-notice-overdue-zh');

  // Ten days earlier the same notice is in time: the date, no warning.
  await page.setViewportSize(PORTRAIT);
  await page.clock.setFixedTime(new Date('2026-11-20T10:00:00+08:00'));
  await page.getByRole('button', { name: 'English' }).tap();
  await expect(page.locator('[data-overdue]')).toHaveCount(0);
  await expect(page.locator('.fee-notice__due')).toHaveText('Please pay by 1 December 2026');
  // In time is a plain fact: the page's text colour, not the warning red.
  const colours = await page.locator('.fee-notice__due').evaluate((due) => [getComputedStyle(due).color, getComputedStyle(document.body).color]);
  expect(colours[0]).toBe(colours[1]);
  await checkScreen(page, 'forms-fee-notice-in-time-en-portrait');
});
