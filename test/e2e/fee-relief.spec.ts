// Fee relief at the kiosk: an organisation told it may defer or reduce but not waive (Art 44); a person's
// situations mapped by main to what may follow and the proof to bring; the application sent, queued
// and its form printed and read back; in both languages and once in elder mode.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { checkScreen, expect, openKiosk, tapCaseNumber, tapKeypad, test, type KioskUnderTest } from './fixtures';

const APPLICANT = { name: '王秀英', idNumber: '11010519491231002X', phone: '13800138000' };
const PRINTED = { timeout: 30_000 };

test.describe.configure({ timeout: 90_000 });

function printedText(kiosk: KioskUnderTest, documentNo: string): string {
  const folder = join(kiosk.dataDir, 'printed');
  const file = readdirSync(folder).find((f) => f.includes(documentNo));
  if (!file) throw new Error(`${documentNo} was not printed`);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', join(folder, file), '-']).toString();
}

/** Done typing: no field focused, so the docked keyboard is away and the screen is as the litigant sees it. */
async function doneTyping(page: Page) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await expect(page.locator('.touch-keyboard:visible')).toHaveCount(0);
}

async function openRelief(page: Page, kiosk: KioskUnderTest, options: { english?: boolean; elder?: boolean } = {}) {
  await openKiosk(page, kiosk);
  if (options.english) await page.getByRole('button', { name: 'English' }).click();
  if (options.elder) await page.getByRole('button', { name: options.english ? /Large text|大字/ : '大字' }).click();
  await page.locator('.service-card', { hasText: options.english ? 'Court fee payment' : '诉讼费交纳' }).click();
  await page.locator('.fee-choice[data-path="relief"]').click();
}

test('a person on subsistence allowance, hurt in an accident: may be waived or deferred, applies and prints the form', async ({ page, kiosk }) => {
  await openRelief(page, kiosk);
  await checkScreen(page, 'fee-relief-who-zh');
  await page.getByRole('button', { name: /为我自己/ }).click();
  await page.getByRole('button', { name: /我领低保/ }).click();
  await page.getByRole('button', { name: /交通事故/ }).click();
  await expect(page.locator('.relief__situation[aria-pressed="true"]')).toHaveCount(2);
  await checkScreen(page, 'fee-relief-situations-zh');
  await page.getByRole('button', { name: '看看能申请什么' }).click();

  const options = page.locator('.relief__option');
  await expect(options).toHaveCount(2);
  await expect(options.nth(0)).toContainText('免交诉讼费');
  await expect(options.nth(0)).toContainText('第四十五条第（三）项');
  await expect(options.nth(1)).toContainText('缓交诉讼费');
  await expect(page.locator('.relief__proof-list li')).toHaveText([/最低生活保障证/, '无其他收入的证明', /事故或人身伤害的证明/, '家庭经济困难的证明']);
  await checkScreen(page, 'fee-relief-answer-zh');
  await page.getByRole('button', { name: '填写申请书' }).click();

  await page.getByLabel('您的姓名').fill(APPLICANT.name);
  await doneTyping(page);
  await tapKeypad(page, APPLICANT.idNumber);
  await page.getByLabel('您的手机号码').click();
  await tapKeypad(page, APPLICANT.phone);
  await expect(page.getByLabel('您的手机号码')).toHaveValue('138 0013 8000');
  await checkScreen(page, 'fee-relief-form-zh');
  await page.getByRole('button', { name: '提交申请' }).click();

  const receiptNo = page.getByTestId('receipt-no');
  await expect(receiptNo).toHaveText(/^KIOSK-01-JZ-\d{8}-0001-\d{5}$/);
  const number = (await receiptNo.textContent())!;
  const [queued] = await kiosk.query<{ kind: string; payload: string }>('SELECT kind, payload FROM outbox');
  expect(queued?.kind).toBe('relief');
  expect(JSON.parse(queued!.payload)).toMatchObject({
    caseNumber: null,
    relief: 'waive',
    grounds: ['subsistenceAllowance', 'accidentVictim'],
    applicant: APPLICANT,
  });
  await page.getByRole('button', { name: '打印申请书' }).click();
  await expect(page.locator('[data-print-state="done"]')).toBeVisible(PRINTED);
  await checkScreen(page, 'fee-relief-done-zh');
  const text = printedText(kiosk, number);
  for (const expected of [
    '诉讼费用司法救助申请书',
    APPLICANT.name,
    APPLICANT.idNumber,
    '第四十五条第（三）项',
    '申请免交',
    '最低生活保障对象',
    '无其他收入的证明',
    '申请人（签名）',
  ])
    expect(text).toContain(expected);
});

// 办法 Art 44 limits only waiver to natural persons: a welfare institution may ask for a reduction (Art 46(3)).
test('an organisation is told it may defer or reduce, not waive, and applies by its credit code, in English', async ({ page, kiosk }) => {
  await openRelief(page, kiosk, { english: true });
  await checkScreen(page, 'fee-relief-who-en');
  await expect(page.locator('.step-header__count')).toHaveText('Step 2 of 6');
  await page.getByRole('button', { name: /For a company or organisation/ }).click();
  await expect(page.locator('[data-relief="organisation"]')).toContainText('defer or reduce');
  await expect(page.locator('.step-header__count')).toHaveText('Step 3 of 7');
  await checkScreen(page, 'fee-relief-organisation-en');
  await page.getByRole('button', { name: 'See what the organisation may ask for' }).click();
  // Only the situations an organisation can be in: no waiver ground is offered.
  await expect(page.locator('.relief__situation')).toHaveText([
    'We are a social welfare institution or a relief station',
    'The organisation really cannot pay the fee right now',
  ]);
  await page.getByRole('button', { name: /welfare institution/ }).click();
  await checkScreen(page, 'fee-relief-situations-organisation-en');
  await page.getByRole('button', { name: 'See what I can ask for' }).click();
  await expect(page.locator('.relief__option')).toHaveCount(1);
  await expect(page.locator('.relief__option')).toContainText('第四十六条第（三）项');
  await page.getByRole('button', { name: 'Fill in the application' }).click();
  await page.getByLabel('Name of the organisation').fill('示范市阳光养老院');
  await page.getByLabel("The organisation's unified social credit code").fill('91350100M000100Y43');
  await doneTyping(page);
  await page.getByLabel('Your mobile number').click();
  await tapKeypad(page, APPLICANT.phone);
  await checkScreen(page, 'fee-relief-form-organisation-en');
  await page.getByRole('button', { name: 'Send the application' }).click();
  await expect(page.getByTestId('receipt-no')).toHaveText(/^KIOSK-01-JZ-/);
  const [queued] = await kiosk.query<{ payload: string }>('SELECT payload FROM outbox');
  expect(JSON.parse(queued!.payload)).toMatchObject({
    relief: 'reduce',
    grounds: ['welfareInstitution'],
    applicant: { name: '示范市阳光养老院', idType: 'creditCode', idNumber: '91350100M000100Y43' },
  });
});

test('no situation chosen finds nothing to apply for and says where to ask', async ({ page, kiosk }) => {
  await openRelief(page, kiosk);
  await page.getByRole('button', { name: /为我自己/ }).click();
  await page.getByRole('button', { name: '看看能申请什么' }).click();
  await expect(page.locator('[data-relief="noGround"]')).toContainText('帮办窗口');
});

test('in elder mode and English: deferral for legal aid, a mistyped ID refused beside the field, then printed', async ({ page, kiosk }) => {
  await openRelief(page, kiosk, { english: true, elder: true });
  await page.getByRole('button', { name: /For myself/ }).click();
  await page.getByRole('button', { name: /legal aid centre is helping me/ }).click();
  await checkScreen(page, 'fee-relief-situations-elder-en');
  await page.getByRole('button', { name: 'See what I can ask for' }).click();
  await expect(page.locator('.relief__option')).toHaveCount(1);
  await checkScreen(page, 'fee-relief-answer-elder-en');
  await page.getByRole('button', { name: 'Fill in the application' }).click();
  await page.getByLabel('Your name').fill('Wang Xiuying');
  await tapCaseNumber(page, { year: '2026', type: '民初', sequence: '1234' }, true);
  await doneTyping(page);
  await tapKeypad(page, '110105194912310021');
  await page.getByLabel('Your mobile number').click();
  await tapKeypad(page, APPLICANT.phone);
  await page.getByRole('button', { name: 'Send the application' }).click();
  await expect(page.getByLabel('Your ID card number')).toHaveAttribute('aria-invalid', 'true');
  await checkScreen(page, 'fee-relief-form-elder-en');
  await page.getByLabel('Your ID card number').click();
  await page.getByRole('group', { name: 'Number keypad' }).getByRole('button', { name: 'Delete one' }).click();
  await tapKeypad(page, 'X');
  await page.getByRole('button', { name: 'Send the application' }).click();
  await expect(page.getByTestId('receipt-no')).toHaveText(/^KIOSK-01-JZ-/);
  await page.getByRole('button', { name: 'Print the application' }).click();
  await expect(page.locator('[data-print-state="done"]')).toBeVisible(PRINTED);
  await checkScreen(page, 'fee-relief-done-elder-en');
  const text = printedText(kiosk, (await page.getByTestId('receipt-no').textContent())!);
  for (const expected of ['Application for Relief from Court Fees', 'Wang Xiuying', '（2026）粤0703民初1234号', 'defer the court fees', 'Receiving legal aid'])
    expect(text).toContain(expected);
});
