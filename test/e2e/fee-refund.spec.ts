// Asking for court fees back at the kiosk: the case and reason, the account (a card number that
// fails its check digit is refused beside the field), the read-back, the receipt number with the
// request in the outbox, and the printed receipt read back from the print folder.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { checkScreen, expect, openKiosk, tapCaseNumber, tapKeypad, test, type KioskUnderTest } from './fixtures';

const CASE_NUMBER = '（2026）粤0703民初1234号';
const CASE_PARTS = { year: '2026', type: '民初', sequence: '1234' };
const GOOD_CARD = '6222021234567894';
const PRINTED = { timeout: 30_000 };

test.describe.configure({ timeout: 90_000 });

/** The text of the printed PDF whose file name carries the document number. */
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

async function openRefund(page: Page, kiosk: KioskUnderTest, english = false) {
  await openKiosk(page, kiosk);
  if (english) await page.getByRole('button', { name: 'English' }).click();
  await page.locator('.service-card', { hasText: english ? 'Court fee payment' : '诉讼费交纳' }).click();
  await expect(page.locator('.fee-choice')).toHaveCount(4);
  await page.locator('.fee-choice[data-path="refund"]').click();
}

test('a refund request in Chinese: a mistyped card is refused in words, then sent, queued and printed', async ({ page, kiosk }) => {
  await openRefund(page, kiosk);
  await expect(page.locator('.step-header__count')).toHaveText('第 2 步，共 5 步');
  await checkScreen(page, 'fee-refund-case-zh');
  await page.getByRole('button', { name: '下一步，核对' }).click();
  await expect(page.getByText('请填写这一项。')).toHaveCount(2);
  await tapCaseNumber(page, CASE_PARTS);
  await expect(page.locator('[data-case-number]')).toHaveAttribute('data-case-number', CASE_NUMBER);
  await doneTyping(page);
  await page.getByRole('button', { name: '撤诉了' }).click();
  await expect(page.getByRole('button', { name: '撤诉了' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: '下一步，核对' }).click();

  await page.getByLabel('收款人姓名').fill('张建国');
  await page.getByLabel('收款银行卡号').fill('6222 0212 3456 7895');
  await page.getByLabel('开户银行').fill('中国工商银行示范市江海支行');
  await doneTyping(page);
  await tapKeypad(page, '13800138000');
  await checkScreen(page, 'fee-refund-account-zh');
  await page.getByRole('button', { name: '下一步，核对' }).click();
  await expect(page.getByTestId('refund-card')).toHaveText('6222 0212 3456 7895');
  await checkScreen(page, 'fee-refund-confirm-zh');
  await page.getByRole('button', { name: '确认提交' }).click();

  // main's Luhn check sends the litigant back to the card, with the reason beside it.
  await expect(page.locator('.field--invalid')).toContainText('银行卡号有误，请逐位核对');
  await checkScreen(page, 'fee-refund-bad-card-zh');
  expect(await kiosk.query('SELECT * FROM outbox')).toEqual([]);
  await page.getByLabel('收款银行卡号').fill(GOOD_CARD);
  await doneTyping(page);
  await expect(page.locator('.field--invalid')).toHaveCount(0);
  await page.getByRole('button', { name: '下一步，核对' }).click();
  await page.getByRole('button', { name: '确认提交' }).click();

  const receiptNo = page.getByTestId('receipt-no');
  await expect(receiptNo).toHaveText(/^KIOSK-01-TF-\d{8}-0001-\d{5}$/);
  const number = (await receiptNo.textContent())!;
  const [queued] = await kiosk.query<{ kind: string; receipt_no: string; payload: string }>('SELECT kind, receipt_no, payload FROM outbox');
  expect(queued).toMatchObject({ kind: 'refund', receipt_no: number });
  expect(JSON.parse(queued!.payload)).toMatchObject({ caseNumber: CASE_NUMBER, reason: 'withdrawn', bankCardNumber: GOOD_CARD, phone: '13800138000' });

  await page.getByRole('button', { name: '打印回执' }).click();
  await expect(page.locator('[data-print-state="done"]')).toBeVisible(PRINTED);
  await checkScreen(page, 'fee-refund-done-zh');
  const text = printedText(kiosk, number);
  for (const expected of ['退费申请回执', number, CASE_NUMBER, '撤诉', '张建国', '中国工商银行示范市江海支行', '尾号 7894']) expect(text).toContain(expected);
  expect(text).not.toContain('6222');
  // Sent: no Back that would reopen the read-back and send it twice; Finish leaves the desk.
  await expect(page.locator('.flow__back')).toHaveCount(0);
  await page.locator('.flow__finish').tap();
  await expect(page.locator('.service-card')).not.toHaveCount(0);
  expect(await kiosk.query('SELECT * FROM outbox')).toHaveLength(1);
});

test('a refund request in English, with a case number not yet whole asked for on its screen', async ({ page, kiosk }) => {
  await openRefund(page, kiosk, true);
  await checkScreen(page, 'fee-refund-case-en');
  await page.locator('.case-number').getByRole('button', { name: '（2026）', exact: true }).tap();
  await page.locator('.case-number').getByRole('button', { name: '民初', exact: true }).tap();
  await page.getByRole('button', { name: 'I paid too much' }).tap();
  await page.getByRole('button', { name: 'Next: check it' }).tap();
  await expect(page.getByLabel('Number (the digits before 号)')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Number (the digits before 号)').tap();
  await tapKeypad(page, '1234');
  await doneTyping(page);
  await page.getByRole('button', { name: 'Next: check it' }).tap();
  await page.getByLabel("Account holder's name").fill('Zhang Jianguo');
  await page.getByLabel('Bank card number to pay into').fill(GOOD_CARD);
  await page.getByLabel('Bank and branch').fill('ICBC Jianghai');
  await doneTyping(page);
  await tapKeypad(page, '13800138000');
  await page.getByRole('button', { name: 'Next: check it' }).click();
  await checkScreen(page, 'fee-refund-confirm-en');
  await page.getByRole('button', { name: 'Send the request' }).click();
  await expect(page.getByTestId('receipt-no')).toHaveText(/^KIOSK-01-TF-/);
  await page.getByRole('button', { name: 'Print the receipt' }).click();
  await expect(page.locator('[data-print-state="done"]')).toBeVisible(PRINTED);
  await checkScreen(page, 'fee-refund-done-en');
  const text = printedText(kiosk, (await page.getByTestId('receipt-no').textContent())!);
  for (const expected of ['Refund Request Receipt', 'Fee overpaid', 'Zhang Jianguo', 'ending 7894']) expect(text).toContain(expected);
});
