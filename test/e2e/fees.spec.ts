// The fee desk: estimating a fee and printing the estimate, and paying the demo court's sample
// notice by card and by QR, declined and cancelled — each screen scanned by axe and photographed in
// Chinese and English. Refunds and fee relief have their own specs (fee-refund, fee-relief).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { checkScreen, expect, openKiosk, tapCaseNumber, tapKeypad, test, type KioskUnderTest } from './fixtures';
import { expectStepReady } from './touch';

const SAMPLE = { caseNumber: '（2026）粤0703民初1234号', payerIdNumber: '11010519491231002X' };
const SAMPLE_PARTS = { year: '2026', type: '民初', sequence: '1234' };
const CONFIRM_TIMEOUT = { timeout: 30_000 };

// Each test scans and photographs several screens and prints or pays.
test.describe.configure({ timeout: 90_000 });

async function openFeeDesk(page: Page, kiosk: KioskUnderTest, options: { english?: boolean; elder?: boolean } = {}) {
  await openKiosk(page, kiosk);
  if (options.english) await page.getByRole('button', { name: 'English' }).tap();
  if (options.elder) await page.getByRole('button', { name: options.english ? /Large text|大字/ : '大字' }).tap();
  await page.locator('.service-card', { hasText: options.english ? 'Court fee payment' : '诉讼费交纳' }).tap();
  await expect(page.locator('.fee-choice')).toHaveCount(4);
}

async function estimateProperty(page: Page, amount: string) {
  await page.locator('.fee-choice[data-path="estimate"]').tap();
  await page.locator('.case-type[data-case-type="private_lending"]').tap();
  await tapKeypad(page, amount);
}

/**
 * The payer at the terminal acts once its prompt is on screen: the payer's delay is there to leave
 * time to see the prompt, and waiting it out after that would only be idle time.
 */
async function payerActsOn(prompt: Locator, kiosk: KioskUnderTest) {
  await expect(prompt).toBeVisible();
  kiosk.simulators.paymentTerminal.payerActs();
}

async function findSampleNotice(page: Page, english = false) {
  await page.locator('.fee-choice[data-path="pay"]').tap();
  await tapCaseNumber(page, SAMPLE_PARTS, english);
  await tapKeypad(page, SAMPLE.payerIdNumber);
  await page.getByRole('button', { name: english ? 'Find the fee notice' : '查询交费通知' }).tap();
  await expect(page.getByTestId('notice-total')).toBeVisible();
}

test.describe('estimating a fee', () => {
  test('a 150,000 yuan loan claim costs 3,300.00, half if mediated or heard simply', async ({ page, kiosk }) => {
    await openFeeDesk(page, kiosk);
    // Before a path is chosen nobody knows how many steps follow: the counter claims nothing.
    await expect(page.locator('.step-header__count')).toHaveCount(0);
    await checkScreen(page, 'fees-landing-zh');
    await page.locator('.fee-choice[data-path="estimate"]').tap();
    await expect(page.locator('.case-type')).toHaveCount(10);
    await expect(page.locator('.step-header__count')).toHaveText('第 2 步，共 4 步');
    await checkScreen(page, 'fees-case-types-zh');
    await page.locator('.case-type[data-case-type="private_lending"]').tap();
    await tapKeypad(page, '150000');
    await expect(page.locator('.field__reading')).toHaveText('15 万元');
    await expect(page.locator('.step-header__count')).toHaveText('第 3 步，共 4 步');
    await expectStepReady(page);
    await checkScreen(page, 'fees-amount-zh');
    await page.getByRole('button', { name: '计算诉讼费' }).tap();
    await expect(page.getByTestId('estimated-fee')).toHaveText('3,300.00 元');
    await expect(page.locator('.step-header__count')).toHaveText('第 4 步，共 4 步');
    await expect(page.getByTestId('fee-mediated')).toHaveText('1,650.00 元');
    await expect(page.getByTestId('fee-simplified')).toHaveText('1,650.00 元');
    await expect(page.locator('.fee-breakdown__line', { hasText: '1 万元 至 10 万元 的部分，按 2.5% 收取' })).toContainText('2,250.00 元');
    await expect(page.locator('.fee-breakdown__article').first()).toContainText('《诉讼费用交纳办法》第十三条');
    await checkScreen(page, 'fees-estimate-zh');
  });

  test('reads the same in English', async ({ page, kiosk }) => {
    await openFeeDesk(page, kiosk, { english: true });
    await checkScreen(page, 'fees-landing-en');
    await estimateProperty(page, '150000');
    await expect(page.locator('.field__reading')).toHaveText('150,000 yuan');
    await page.getByRole('button', { name: 'Work out the fee' }).tap();
    await expect(page.getByTestId('estimated-fee')).toHaveText('3,300.00 yuan');
    await expect(page.getByTestId('fee-mediated')).toHaveText('1,650.00 yuan');
    await checkScreen(page, 'fees-estimate-en');
  });

  test('in elder mode', async ({ page, kiosk }) => {
    await openFeeDesk(page, kiosk, { elder: true });
    await checkScreen(page, 'fees-landing-elder');
    await page.locator('.fee-choice[data-path="estimate"]').tap();
    await expect(page.locator('.case-type')).toHaveCount(10);
    await checkScreen(page, 'fees-case-types-elder');
    await page.locator('.case-type[data-case-type="private_lending"]').tap();
    await tapKeypad(page, '150000');
    await checkScreen(page, 'fees-amount-elder');
    await page.getByRole('button', { name: '计算诉讼费' }).tap();
    await expect(page.getByTestId('estimated-fee')).toHaveText('3,300.00 元');
    await checkScreen(page, 'fees-estimate-elder');
  });

  test('on a portrait screen', async ({ page, kiosk }) => {
    await page.setViewportSize({ width: 1080, height: 1920 });
    await openFeeDesk(page, kiosk);
    await checkScreen(page, 'fees-landing-portrait');
    await estimateProperty(page, '150000');
    await checkScreen(page, 'fees-amount-portrait');
    await page.getByRole('button', { name: '计算诉讼费' }).tap();
    await expect(page.getByTestId('estimated-fee')).toHaveText('3,300.00 元');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await checkScreen(page, 'fees-estimate-portrait');
  });

  test('an employment dispute needs no amount and costs 10 yuan', async ({ page, kiosk }) => {
    await openFeeDesk(page, kiosk);
    await page.locator('.fee-choice[data-path="estimate"]').tap();
    await page.locator('.case-type[data-case-type="labour"]').tap();
    await expect(page.getByTestId('estimated-fee')).toHaveText('10.00 元');
  });

  test('a divorce fee the province has not set says so, with the legal range', async ({ page, kiosk }) => {
    await openFeeDesk(page, kiosk);
    await page.locator('.fee-choice[data-path="estimate"]').tap();
    await page.locator('.case-type[data-case-type="divorce"]').tap();
    // A divorce is charged per case; property to divide only adds to it, so the amount may be skipped.
    await expect(page.getByRole('heading', { name: '涉及财产或赔偿吗？' })).toBeVisible();
    await checkScreen(page, 'fees-amount-optional-zh');
    await page.getByRole('button', { name: '不涉及，直接计算' }).tap();
    const banner = page.getByRole('alert');
    await expect(banner).toHaveAttribute('data-code', 'BASE_REQUIRED');
    await expect(banner).toContainText('50.00 元至 300.00 元');
    await checkScreen(page, 'fees-estimate-base-required-zh');
  });
});

test.describe('printing an estimate', () => {
  test('prints the A4 estimate with its breakdown and the halved alternatives, read back from the print folder', async ({ page, kiosk }) => {
    await openFeeDesk(page, kiosk);
    await estimateProperty(page, '150000');
    await page.getByRole('button', { name: '计算诉讼费' }).tap();
    await expect(page.getByTestId('estimated-fee')).toHaveText('3,300.00 元');
    await page.getByRole('button', { name: '打印估算单' }).tap();
    await expect(page.locator('[data-print-state="done"]')).toBeVisible(CONFIRM_TIMEOUT);
    await checkScreen(page, 'fees-estimate-printed-zh');
    const folder = join(kiosk.dataDir, 'printed');
    const file = readdirSync(folder).find((f) => f.includes('-GS-'));
    expect(file).toBeDefined();
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', join(folder, file!), '-']).toString();
    for (const expected of [
      '诉讼费用估算单',
      '借钱给别人，到期不还',
      '民间借贷纠纷',
      '150,000 元',
      '3,300.00 元',
      '2.5% 收取',
      '2,250.00 元',
      '在法院调解结案',
      '1,650.00 元',
      '仅供参考',
    ]) {
      expect(text).toContain(expected);
    }
  });

  test('in English, an employment dispute charged per case', async ({ page, kiosk }) => {
    await openFeeDesk(page, kiosk, { english: true });
    await page.locator('.fee-choice[data-path="estimate"]').tap();
    await page.locator('.case-type[data-case-type="labour"]').tap();
    await expect(page.getByTestId('estimated-fee')).toHaveText('10.00 yuan');
    await page.getByRole('button', { name: 'Print this estimate' }).tap();
    await expect(page.locator('[data-print-state="done"]')).toBeVisible(CONFIRM_TIMEOUT);
    await checkScreen(page, 'fees-estimate-printed-en');
    const folder = join(kiosk.dataDir, 'printed');
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', join(folder, readdirSync(folder)[0]!), '-']).toString();
    for (const expected of ['Court Fee Estimate', 'Charged per case', 'CNY 10.00', 'CNY 5.00']) expect(text).toContain(expected);
  });
});

test.describe('paying a fee notice', () => {
  // The payer waits at the terminal until the test has seen its prompt (payerActsOn), however busy the machine.
  test.use({ payerDelayMs: 120_000 });

  test('by card: the notice, the card prompt, then confirmed with a voucher number', async ({ page, kiosk }) => {
    await openFeeDesk(page, kiosk);
    await page.locator('.fee-choice[data-path="pay"]').tap();
    await expect(page.locator('.step-header__count')).toHaveText('第 2 步，共 4 步');
    await expectStepReady(page, { opened: true });
    await checkScreen(page, 'fees-notice-lookup-zh');
    // The case number by taps: year, kind, the number field, 4 digits and 完成 — 8 touches instead of
    // about 40 pinyin and symbol keys.
    expect(await tapCaseNumber(page, SAMPLE_PARTS)).toBe(8);
    await expect(page.locator('[data-case-number]')).toHaveAttribute('data-case-number', SAMPLE.caseNumber);
    await page.getByLabel('交费人的身份证号码').tap();
    await tapKeypad(page, SAMPLE.payerIdNumber);
    await checkScreen(page, 'fees-notice-lookup-built-zh');
    await page.getByRole('button', { name: '查询交费通知' }).tap();
    await expect(page.getByTestId('notice-total')).toHaveText('3,300.00 元');
    await expect(page.getByText('张建国')).toBeVisible();
    await expectStepReady(page, { primary: false });
    await checkScreen(page, 'fees-notice-zh');
    await page.locator('.pay-method[data-method="card"]').tap();
    await payerActsOn(page.locator('[data-prompt="card"]'), kiosk);
    await expect(page.locator('[data-payment-state="confirmed"]')).toBeVisible(CONFIRM_TIMEOUT);
    await expect(page.getByTestId('voucher-no')).toHaveText(/\S{6,}/);
    // The voucher prints by itself once the payment is confirmed, like every other paper, and can be printed again.
    await expect(page.locator('[data-print-state="printed"]')).toBeVisible(CONFIRM_TIMEOUT);
    await expect(page.getByRole('button', { name: '再打印一份' })).toBeVisible();
    // Paid: a finished screen, not a step — no count, and no Back that would reopen the notice to pay.
    await expect(page.locator('.step-header__count')).toHaveCount(0);
    await expect(page.locator('.flow__back')).toHaveCount(0);
    await checkScreen(page, 'fees-pay-confirmed-zh');
    const [payment] = await kiosk.query<{ state: string }>('SELECT state FROM payments');
    expect(payment?.state).toBe('confirmed');
    await page.locator('.flow__finish').tap();
    await expect(page.locator('.service-card')).not.toHaveCount(0);
  });

  test('by QR code, in English', async ({ page, kiosk }) => {
    await openFeeDesk(page, kiosk, { english: true });
    await page.locator('.fee-choice[data-path="pay"]').tap();
    await checkScreen(page, 'fees-notice-lookup-en');
    await tapCaseNumber(page, SAMPLE_PARTS, true);
    await page.getByLabel("The payer's resident ID number").tap();
    await tapKeypad(page, SAMPLE.payerIdNumber);
    await page.getByRole('button', { name: 'Find the fee notice' }).tap();
    await expect(page.getByTestId('notice-total')).toHaveText('3,300.00 yuan');
    await checkScreen(page, 'fees-notice-en');
    await page.locator('.pay-method[data-method="qr"]').tap();
    await payerActsOn(page.getByRole('img', { name: 'QR code for payment' }), kiosk);
    await expect(page.locator('[data-payment-state="confirmed"]')).toBeVisible(CONFIRM_TIMEOUT);
    await expect(page.getByTestId('voucher-no')).toHaveText(/\S{6,}/);
    await checkScreen(page, 'fees-pay-confirmed-en');
  });

  test('by QR code, in Chinese', async ({ page, kiosk }) => {
    await openFeeDesk(page, kiosk);
    await findSampleNotice(page);
    await page.locator('.pay-method[data-method="qr"]').tap();
    await payerActsOn(page.getByRole('img', { name: '付款二维码' }), kiosk);
    await expect(page.locator('[data-payment-state="confirmed"]')).toBeVisible(CONFIRM_TIMEOUT);
  });

  test('a declined card says what to do next, and the notice can still be paid', async ({ page, kiosk }) => {
    kiosk.simulators.paymentTerminal.behave('decline');
    await openFeeDesk(page, kiosk);
    await findSampleNotice(page);
    await page.locator('.pay-method[data-method="card"]').tap();
    await payerActsOn(page.locator('[data-prompt="card"]'), kiosk);
    await expect(page.locator('[data-payment-state="failed"]')).toBeVisible(CONFIRM_TIMEOUT);
    await checkScreen(page, 'fees-pay-declined-zh');
    await page.locator('.pay-method[data-method="card"]').tap();
    await payerActsOn(page.locator('[data-prompt="card"]'), kiosk);
    await expect(page.locator('[data-payment-state="confirmed"]')).toBeVisible(CONFIRM_TIMEOUT);
  });

  test('when the terminal cannot say whether it charged, it forbids paying again and calls a helper', async ({ page, kiosk }) => {
    kiosk.simulators.paymentTerminal.behave('timeout');
    await openFeeDesk(page, kiosk);
    await findSampleNotice(page);
    await page.locator('.pay-method[data-method="card"]').tap();
    await payerActsOn(page.locator('[data-prompt="card"]'), kiosk);
    await expect(page.locator('[data-payment-state="unknown"]')).toBeVisible(CONFIRM_TIMEOUT);
    await expect(page.getByText('已经通知帮办人员')).toBeVisible();
    await checkScreen(page, 'fees-pay-unknown-zh');
  });

  test('the case number by taps on a portrait screen, in elder mode', async ({ page, kiosk }) => {
    await page.setViewportSize({ width: 1080, height: 1920 });
    await openFeeDesk(page, kiosk);
    await page.locator('.elder-toggle').tap();
    await page.locator('.fee-choice[data-path="pay"]').tap();
    await tapCaseNumber(page, SAMPLE_PARTS);
    await expect(page.locator('[data-case-number]')).toHaveAttribute('data-case-number', SAMPLE.caseNumber);
    await checkScreen(page, 'fees-notice-lookup-portrait-elder');
  });

  test('a case number not yet whole is asked for in words, and one in the wrong form is refused, nothing looked up', async ({ page, kiosk }) => {
    await openFeeDesk(page, kiosk);
    await page.locator('.fee-choice[data-path="pay"]').tap();
    // The terminal's own court comes chosen; the year and the kind are tapped, the number is not.
    await expect(page.locator('.case-number').getByRole('button', { name: /粤0703/ })).toHaveAttribute('aria-pressed', 'true');
    await page.locator('.case-number').getByRole('button', { name: '（2026）', exact: true }).tap();
    await page.locator('.case-number').getByRole('button', { name: '民初', exact: true }).tap();
    await page.getByLabel('交费人的身份证号码').tap();
    await tapKeypad(page, SAMPLE.payerIdNumber);
    await page.getByRole('button', { name: '查询交费通知' }).tap();
    await expect(page.getByText('请把案号和身份证号码都填好。')).toBeVisible();
    await expect(page.getByTestId('notice-total')).toHaveCount(0);
    await checkScreen(page, 'fees-notice-incomplete-zh');
    // Typed text is still checked by main: a bare number where a filing receipt number goes is no case number.
    await page.getByLabel('刚在本机立案、还没有案号？填立案回执编号').fill('1234');
    await page.getByRole('button', { name: '查询交费通知' }).tap();
    await expect(page.getByRole('alert')).toHaveAttribute('data-code', 'INVALID_CASE_NUMBER');
    // The refusal names what was typed, the receipt number, not the case number it was taken for.
    await expect(page.getByRole('alert')).toContainText('回执编号的格式不对');
    await expect(page.getByRole('alert')).not.toContainText('案号');
    await expect(page.getByTestId('notice-total')).toHaveCount(0);
    await checkScreen(page, 'fees-notice-invalid-zh');
    // In a portrait column the refusal stands below the keypad: it is brought into view.
    await page.setViewportSize({ width: 1080, height: 1920 });
    await page.getByRole('button', { name: '查询交费通知' }).tap();
    await expect(page.getByRole('alert')).toContainText('回执编号的格式不对');
    await expect(page.getByRole('alert')).toBeInViewport({ ratio: 1 });
  });

  test('a passport or permit holder types their number on the letter keyboard (其他证件); a number of no document is refused by its shape', async ({
    page,
    kiosk,
  }) => {
    await openFeeDesk(page, kiosk);
    await page.locator('.fee-choice[data-path="pay"]').tap();
    await tapCaseNumber(page, SAMPLE_PARTS);
    await page.getByRole('button', { name: /^其他证件/ }).tap();
    await page.getByRole('group', { name: '证件类型' }).getByRole('button', { name: '护照', exact: true }).tap();
    const number = page.getByLabel('护照号码');
    await expect(number).toHaveAttribute('data-keyboard', 'latin');
    await number.fill('e12-345');
    await number.blur();
    await page.getByRole('button', { name: '查询交费通知' }).tap();
    // Judged by the passport's own shape before the court is asked.
    await expect(page.locator('.field__error')).toHaveText('护照号码是 5 到 17 位字母和数字，至少有一位数字，请核对。');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await checkScreen(page, 'fees-notice-lookup-passport-zh');
    // A passport's number is taken and asked of the court, which has no notice for it.
    await number.fill('E12345678');
    await number.blur();
    await page.getByRole('button', { name: '查询交费通知' }).tap();
    await expect(page.getByRole('alert')).toHaveAttribute('data-code', 'NOTICE_NOT_FOUND');
  });
});

test.describe('waiting at the terminal', () => {
  // A payer who never acts, so the prompts stay up to be scanned and photographed.
  test.use({ payerDelayMs: 120_000 });

  test('the card prompt, and the payer can cancel while the terminal waits', async ({ page, kiosk }) => {
    await openFeeDesk(page, kiosk);
    await findSampleNotice(page);
    await page.locator('.pay-method[data-method="card"]').tap();
    await expect(page.locator('[data-prompt="card"]')).toBeVisible();
    await checkScreen(page, 'fees-pay-card-zh');
    await page.getByRole('button', { name: '不交了，取消' }).tap();
    await expect(page.locator('[data-payment-state="cancelled"]')).toBeVisible(CONFIRM_TIMEOUT);
    await checkScreen(page, 'fees-pay-cancelled-zh');
    await page.getByRole('button', { name: '重新选择付款方式' }).tap();
    await expect(page.locator('.pay-method[data-method="card"]')).toBeEnabled();
  });

  test('the QR code to scan, in both languages', async ({ page, kiosk }) => {
    await openFeeDesk(page, kiosk, { english: true });
    await findSampleNotice(page, true);
    await page.locator('.pay-method[data-method="qr"]').tap();
    await expect(page.getByRole('img', { name: 'QR code for payment' })).toBeVisible();
    await checkScreen(page, 'fees-pay-qr-en');
    await page.getByRole('button', { name: '中文' }).tap();
    await expect(page.getByRole('img', { name: '付款二维码' })).toBeVisible();
    await checkScreen(page, 'fees-pay-qr-zh');
    await page.getByRole('button', { name: '不交了，取消' }).tap();
    await expect(page.locator('[data-payment-state="cancelled"]')).toBeVisible(CONFIRM_TIMEOUT);
  });

  test('the card prompt in elder mode and English, on a portrait screen', async ({ page, kiosk }) => {
    await page.setViewportSize({ width: 1080, height: 1920 });
    await openFeeDesk(page, kiosk, { english: true, elder: true });
    await findSampleNotice(page, true);
    await checkScreen(page, 'fees-notice-portrait-elder-en');
    await page.locator('.pay-method[data-method="card"]').tap();
    await expect(page.locator('[data-prompt="card"]')).toBeVisible();
    await checkScreen(page, 'fees-pay-card-portrait-elder-en');
    await page.getByRole('button', { name: 'Cancel payment' }).tap();
    await expect(page.locator('[data-payment-state="cancelled"]')).toBeVisible(CONFIRM_TIMEOUT);
  });
});
