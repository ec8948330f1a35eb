// Case progress: a party looks up the demo court's sample case by tapping the case number's parts,
// a stranger gets the same refusal as a wrong number, and a kiosk receipt is followed to the court —
// by its number with its check and the filer's phone digits; someone else's digits are refused.
import type { Page } from '@playwright/test';
import { checkScreen, expect, openKiosk, tapCaseNumber, tapKeypad, test, visibleTextOutside, type KioskUnderTest } from './fixtures';
import { expectStepReady, pickDate } from './touch';

const ZHANG_ID = '11010519491231002X';

async function openStatus(page: Page, english = false) {
  await page.locator('.service-card', { hasText: english ? 'Case progress' : '案件查询' }).tap();
}

test('a party finds where the case stands and when the hearing is, by taps alone', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await openStatus(page);
  await expectStepReady(page, { primary: false, opened: true });
  await checkScreen(page, 'status-ways-zh');
  await page.getByRole('button', { name: /按案号查询/ }).tap();
  await tapCaseNumber(page, { year: '2026', type: '民初', sequence: '1234' });
  await expect(page.locator('[data-case-number]')).toHaveAttribute('data-case-number', '（2026）粤0703民初1234号');
  await page.getByLabel('您的身份证号').tap();
  await tapKeypad(page, ZHANG_ID);
  await expectStepReady(page);
  await checkScreen(page, 'status-case-form-zh');
  await page.getByRole('button', { name: '查询', exact: true }).tap();
  await expect(page.getByRole('heading', { name: '已安排开庭' })).toBeVisible();
  await expect(page.getByText('本院第三审判庭（二楼）')).toBeVisible();
  await expect(page.getByText('承办法官：王敏')).toBeVisible();
  await expect(page.locator('.case-status__hearing-when')).toContainText('2026年12月8日');
  await expect(page.locator('.case-status__hearing-when')).toContainText('09:30');
  await expectStepReady(page);
  await checkScreen(page, 'status-case-answer-zh');
});

test('a party who filed with a passport finds the case by its number, on the letter keyboard after 其他证件', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await openStatus(page);
  await page.getByRole('button', { name: /按案号查询/ }).tap();
  await tapCaseNumber(page, { year: '2026', type: '民初', sequence: '2088' });
  await page.getByRole('button', { name: /^其他证件/ }).tap();
  await page.getByRole('group', { name: '证件类型' }).getByRole('button', { name: '护照', exact: true }).tap();
  const number = page.getByLabel('护照号码');
  await expect(number).toHaveAttribute('data-keyboard', 'latin');
  // Judged by the passport's own shape before the court is asked.
  await number.fill('E12-345');
  await number.blur();
  await page.getByRole('button', { name: '查询', exact: true }).tap();
  await expect(page.locator('.field__error')).toHaveText('护照号码是 5 到 17 位字母和数字，至少有一位数字，请核对。');
  await number.fill('e12345678');
  await number.blur();
  await expect(number).toHaveValue('E12345678');
  await expectStepReady(page);
  await checkScreen(page, 'status-case-form-passport');
  await page.getByRole('button', { name: '查询', exact: true }).tap();
  await expect(page.getByRole('heading', { name: '等待交纳诉讼费' })).toBeVisible();
});

test('in large text the answer opens at its top, not where the lookup form was scrolled to', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await page.locator('.elder-toggle').tap();
  await openStatus(page);
  await page.getByRole('button', { name: /按案号查询/ }).tap();
  await tapCaseNumber(page, { year: '2026', type: '民初', sequence: '1234' });
  await page.getByLabel('您的身份证号').tap();
  await tapKeypad(page, ZHANG_ID);
  await page.getByRole('button', { name: '查询', exact: true }).tap();
  await expect(page.getByRole('heading', { name: '已安排开庭' })).toBeInViewport({ ratio: 1 });
  expect(await page.locator('.flow__step').evaluate((body) => body.scrollTop)).toBe(0);
  await checkScreen(page, 'status-case-answer-elder');
});

test('someone who is not a party hears only that nothing was found', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await openStatus(page);
  await page.getByRole('button', { name: /按案号查询/ }).tap();
  await tapCaseNumber(page, { year: '2026', type: '民初', sequence: '1234' });
  await page.getByLabel('您的身份证号').tap();
  await tapKeypad(page, '440703198506120049');
  // Tapped at once, while the keypad is still up: the keypad must not close between the finger
  // lifting and the click, or the button moves away and the tap is lost (issue 14 item 4).
  await page.getByRole('button', { name: '查询', exact: true }).tap();
  await expect(page.getByText('没有查到这个案件，或者这个身份证号不是本案当事人的。', { exact: false })).toBeVisible();
  await expect(page.locator('.case-status__answer')).toHaveCount(0);
  await expectStepReady(page);
  await checkScreen(page, 'status-case-not-found-zh');
});

const REFUND = {
  caseNumber: '（2026）粤0703民初1234号',
  reason: 'overpaid',
  accountHolder: '张建国',
  bankCardNumber: '6222020200000000006',
  bankName: '中国工商银行',
  phone: '13800138000',
} as const;

/** A refund handed in through the API, and its receipt number's parts as the litigant reads them off the slip. */
async function handInRefund(kiosk: KioskUnderTest) {
  const refund = await kiosk.api('fees.refund', REFUND);
  if (!refund.ok) throw new Error(refund.error.code);
  const receiptNo = refund.value.receiptNo;
  const [, day, sequence, check] = /^.+-TF-(\d{8})-(\d{4})-(\d{5})$/.exec(receiptNo) ?? [];
  expect(check).toBeDefined();
  return { receiptNo, date: `${day!.slice(0, 4)}-${day!.slice(4, 6)}-${day!.slice(6)}`, sequence: String(Number(sequence)), check: check! };
}

/** Taps a receipt's parts and the second factor into the lookup, as a litigant does. */
async function tapReceipt(
  page: Page,
  receipt: Awaited<ReturnType<typeof handInRefund>>,
  secondFactor: string,
  labels: { kind: string; day: RegExp; sequence: string; check: string; factor: string },
  language: 'zh' | 'en',
) {
  await page.getByRole('button', { name: labels.kind, exact: true }).tap();
  // The day is today's, the field's default; picked all the same, as a litigant checks each part.
  const lookupDay = page.getByRole('group').filter({ has: page.getByRole('button', { name: labels.day }) });
  await pickDate(page, lookupDay.last(), receipt.date, language);
  await page.getByLabel(labels.sequence).tap();
  await tapKeypad(page, receipt.sequence);
  await page.getByLabel(labels.check).tap();
  await tapKeypad(page, receipt.check);
  await expect(page.locator('[data-receipt-no]')).toHaveAttribute('data-receipt-no', receipt.receiptNo);
  await page.getByLabel(labels.factor).tap();
  await tapKeypad(page, secondFactor);
}

const EN_LABELS = {
  kind: 'Refund request',
  day: /^The day you did it /,
  sequence: 'Number after the date',
  check: 'Check code (last 5 digits)',
  factor: "Your ID number, or your phone's last 4 digits",
};
const ZH_LABELS = {
  kind: '退费',
  day: /^办理的日期/,
  sequence: '编号（日期后的 4 位）',
  check: '校验码（最后 5 位）',
  factor: '您的身份证号，或手机号后 4 位',
};

test('a refund handed in here is followed from saved to received by the court, in English', async ({ page, kiosk }) => {
  const receipt = await handInRefund(kiosk);
  await expect
    .poll(async () => (await kiosk.query<{ state: string }>(`SELECT state FROM outbox WHERE receipt_no = '${receipt.receiptNo}'`))[0]?.state, {
      timeout: 15_000,
    })
    .toBe('acknowledged');

  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: 'English' }).tap();
  await openStatus(page, true);
  await page.getByRole('button', { name: /By kiosk receipt/ }).tap();
  // The receipt opens to the phone's last four digits the refund request gave.
  await tapReceipt(page, receipt, '8000', EN_LABELS, 'en');
  await expectStepReady(page);
  await checkScreen(page, 'status-receipt-form-en');
  await page.getByRole('button', { name: 'Look it up', exact: true }).tap();
  await expect(page.getByRole('heading', { name: 'The court has it' })).toBeVisible();
  await expect(page.getByText(/Court reference: DEMO-REFUND-/)).toBeVisible();
  expect(await visibleTextOutside(page, 'en')).not.toMatch(/[\u4e00-\u9fff]/);
  await expectStepReady(page);
  await checkScreen(page, 'status-receipt-answer-en');
});

test('a receipt number with someone else’s phone digits is refused without saying which part was wrong', async ({ page, kiosk }) => {
  const receipt = await handInRefund(kiosk);
  await openKiosk(page, kiosk);
  await openStatus(page);
  await page.getByRole('button', { name: /按回执查询/ }).tap();
  await tapReceipt(page, receipt, '1234', ZH_LABELS, 'zh');
  await expectStepReady(page);
  await checkScreen(page, 'status-receipt-form-zh');
  await page.getByRole('button', { name: '查询', exact: true }).tap();
  await expect(page.getByRole('alert')).toContainText('没有查到。请核对回执编号，以及身份证号或手机号后 4 位');
  await expect(page.getByRole('alert')).toContainText('还可以再试 4 次');
  await expect(page.locator('.case-status__answer')).toHaveCount(0);
  await expectStepReady(page);
  await checkScreen(page, 'status-receipt-refused-zh');
});
