// Case filing at the kiosk, start to finish: the ID card on the reader, the case type, the parties,
// the type's elements, the generated claims, evidence scanned on the scanner, the consents, the
// court, the read-back (and a jump back from it), the signature, then the receipt on screen, its
// outbox row, and the complaint as printed, read back through pdftotext. One 民间借贷 filing in
// Chinese (then its fee paid from the receipt), one 物业服务合同 filing in English in elder mode filed
// with another court (跨域立案).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { createKiosk } from '../../main/services/kiosk';
import { startWebHost } from '../../main/browser/web-host';
import { checkScreen, expect, openKiosk, test, type KioskUnderTest } from './fixtures';
import { provisionAdmin, staffApi } from './staff-steps';
import { expectStepReady, pickDate, signByTouch } from './touch';

// Every screen gets an axe scan and a screenshot, and there are eleven of them.
test.describe.configure({ timeout: 480_000 });
const PRINTED = { timeout: 60_000 };

/** Fictional people; the ID numbers pass the GB 11643 checksum. */
const FILER = { name: '张建国', idNumber: '440703195502100012', address: '广东省江门市蓬江区港口路 16 号 2 栋 502 房' };
const DEFENDANT = { name: '王强', idNumber: '440704197903150032', area: ['广东省', '江门市', '蓬江区'], street: '五邑路 21 号', phone: '13800138000' };

const UI = {
  zh: { next: '下一步', backToReview: '回到核对页', step: (n: number) => `第 ${n} 步，共 10 步` },
  en: { next: 'Next', backToReview: 'Back to the summary', step: (n: number) => `Step ${n} of 10` },
};

async function next(page: Page, language: keyof typeof UI, expectedStep: number): Promise<void> {
  await page.locator('.flow__next').tap();
  await expect(page.getByText(UI[language].step(expectedStep))).toBeVisible();
  await expectStepReady(page, { opened: true });
}

/** Picks an address's province, city and district from the division pickers, which open one after another. */
async function pickArea(page: Page, party: Locator, names: readonly string[]): Promise<void> {
  await party.locator('.address-field [data-level="0"]').tap();
  for (const name of names) await page.getByRole('dialog').getByRole('button', { name, exact: true }).tap();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

/** The text of the printed PDF whose file name carries the document number and kind. */
function printed(kiosk: KioskUnderTest, match: (file: string) => boolean): string {
  const folder = join(kiosk.dataDir, 'printed');
  const file = readdirSync(folder).find(match);
  if (!file) throw new Error(`not printed; the folder has ${readdirSync(folder).join(', ')}`);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', join(folder, file), '-']).toString();
}

/**
 * Types into a field and closes the docked keyboard, as the keyboard's Done key does: a button
 * tapped while the keyboard is up can move as it closes (see the report on the keyboard's docking).
 */
async function type(field: Locator, text: string): Promise<void> {
  await field.fill(text);
  await field.blur();
}

/**
 * A power cut and restart: a second kiosk process on the same data folder, as the machine comes
 * back. The first is simply never used again, as one that lost power. Returns its address and a stop.
 */
async function restartedKiosk(kiosk: KioskUnderTest): Promise<{ launchUrl: string; stop(): Promise<void> }> {
  const restarted = await createKiosk({ dataDir: kiosk.dataDir, appRoot: resolve(__dirname, '../..'), shell: 'browser', version: 'e2e', log: () => undefined });
  const host = await startWebHost({
    kiosk: restarted,
    rendererDir: process.env.E2E_RENDERER_DIR ?? resolve(__dirname, '../../build/renderer'),
    token: `e2e-restart-${Date.now()}`,
    log: () => undefined,
  });
  return {
    launchUrl: host.launchUrl(),
    stop: async () => {
      await host.close().catch(() => undefined);
      await restarted.close();
    },
  };
}

/** The kiosk a test restarted, stopped after the test whatever its outcome. */
let stopRestarted: (() => Promise<void>) | undefined;
test.afterEach(async () => {
  await stopRestarted?.();
  stopRestarted = undefined;
});

/** The printout follows the receipt; on a failure, say what the screen said. */
async function expectPrinted(page: Page): Promise<void> {
  const outcome = page.locator('[data-print-state="printed"], [data-print-state="failed"], .print-status .error-banner');
  await expect(outcome).toBeVisible(PRINTED);
  expect(await outcome.textContent()).toBe(await page.locator('[data-print-state="printed"]').textContent());
}

const squash = (text: string) => text.replace(/\s+/g, '');

/** The screen as the litigant sees it once done typing: no field focused, so the docked keyboard is away. */
async function look(page: Page, name: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await expect(page.locator('.touch-keyboard:visible')).toHaveCount(0);
  await checkScreen(page, name);
}

test('民间借贷, in Chinese: ID card, scanned evidence, a correction from the read-back, signed, filed and printed', async ({ page, kiosk }) => {
  kiosk.simulators.idCardReader.present({ name: FILER.name, idNumber: FILER.idNumber, sex: 'male', birthDate: '1955-02-10', address: FILER.address });
  await openKiosk(page, kiosk);
  await page.locator('[data-service=filing]').tap();

  // 1 — who is filing: the card fills name and number.
  await expect(page.getByText(UI.zh.step(1))).toBeVisible();
  await page.getByRole('button', { name: '读取身份证' }).tap();
  await expect(page.getByText('已读取身份证')).toBeVisible();
  await expect(page.getByLabel('姓名')).toHaveValue(FILER.name);
  await expect(page.getByLabel('居民身份证号码')).toHaveValue('440703 19550210 0012');
  await look(page, 'filing-1-applicant');
  await next(page, 'zh', 2);

  // 2 — case type, with the resume code for a crash.
  await expect(page.locator('[data-resume-code]')).toBeVisible();
  await page.getByRole('button', { name: /借钱给别人，到期不还/ }).tap();
  await look(page, 'filing-2-case-type');
  await next(page, 'zh', 3);

  // 3 — parties, one to a page: the filer from the card, sex and birth date shown, not asked; nothing red
  // before anything is typed. Next names what is missing.
  const filer = page.locator('[data-party="plaintiffs.0"]');
  await expect(filer).toContainText(FILER.name);
  await expect(filer.locator('[data-facts]')).toContainText('1955年2月10日');
  await expect(filer.getByRole('button', { name: '民族 汉族' })).toBeVisible();
  // The card's one-line address arrives split: its divisions in the picker, the rest as the street.
  await expect(filer.locator('.address-field [data-level]')).toHaveText(['广东省', '江门市', '蓬江区']);
  await expect(filer.getByLabel('详细地址')).toHaveValue('港口路 16 号 2 栋 502 房');
  await expect(page.locator('.field--invalid')).toHaveCount(0);
  await expect(page.locator('[data-party="defendants.0"]')).toHaveCount(0);
  await page.locator('.flow__next').tap();
  await expect(filer.getByText('请填写联系电话。')).toBeVisible();
  await look(page, 'filing-3-parties-errors');
  await type(filer.getByLabel('联系电话'), '13912345678');
  await expect(page.getByRole('button', { name: /被告 1.*还有要补的地方/ })).toBeVisible();
  await page.getByRole('button', { name: /^被告 1 / }).tap();
  const defendant = page.locator('[data-party="defendants.0"]');
  await type(defendant.getByLabel('姓名'), DEFENDANT.name);
  await type(defendant.getByLabel('居民身份证号码'), DEFENDANT.idNumber);
  await expect(defendant.locator('[data-facts]')).toContainText('1979年3月15日');
  await pickArea(page, defendant, DEFENDANT.area);
  await type(defendant.getByLabel('详细地址'), DEFENDANT.street);
  await type(defendant.getByLabel('联系电话'), DEFENDANT.phone);
  await look(page, 'filing-3-parties');
  await next(page, 'zh', 4);

  // 4 — the elements of a loan; the rate question appears only once interest is agreed.
  const element = (id: string) => page.locator(`[data-element="${id}"]`);
  await pickDate(page, element('loanDate'), '2024-03-01', 'zh');
  await type(element('principal').getByRole('textbox'), '50000');
  await expect(element('principal')).toContainText('5 万元');
  await element('deliveryMethod').getByRole('button', { name: '银行转账' }).tap();
  await expect(element('agreedRate')).toHaveCount(0);
  await element('interestAgreed').getByRole('button', { name: '是' }).tap();
  await type(element('agreedRate').getByRole('textbox'), '6');
  await type(element('principalOutstanding').getByRole('textbox'), '50000');
  await element('hasGuarantee').getByRole('button', { name: '否' }).tap();
  await look(page, 'filing-4-elements');
  await next(page, 'zh', 5);

  // 5 — claims and facts written from the elements; a 6 % rate with no start date runs from the loan date.
  await expect(page.getByLabel('第 1 项请求')).toHaveValue(/50,?000/);
  await expect(page.getByLabel('第 2 项请求')).toHaveValue(/^判令被告王强支付利息（以50,000元为基数，自2024年3月1日起按年利率6%计算至实际清偿之日止）/);
  await expect(page.getByRole('textbox', { name: '事实与理由' })).toHaveValue(/约定年利率为6%/);
  await look(page, 'filing-5-claims');
  await next(page, 'zh', 6);

  // 6 — evidence: the IOU from the type's list, two pages scanned, the second moved first, one deleted.
  await page.getByRole('button', { name: '添加：借条或欠条' }).tap();
  const iou = page.locator('[data-evidence="0"]');
  await expect(iou.getByLabel('证据名称')).toHaveValue('借条或欠条');
  await type(iou.getByLabel('来源'), '本人保存');
  await type(iou.getByLabel(/证明什么/), '被告于 2024 年 3 月 1 日向原告借款 5 万元');
  await iou.getByRole('button', { name: '放到扫描仪上扫描' }).tap();
  await expect(iou.locator('.evidence-page')).not.toHaveCount(0);
  const firstScan = await iou.locator('.evidence-page').count();
  await iou.getByRole('button', { name: '放到扫描仪上扫描' }).tap();
  await expect(iou.locator('.evidence-page')).toHaveCount(firstScan * 2);
  const before = await iou.locator('.evidence-page__thumb').evaluateAll((images) => images.map((image) => (image as HTMLImageElement).src));
  await iou.locator('.evidence-page').nth(1).getByRole('button', { name: '前移' }).tap();
  await expect.poll(async () => (await iou.locator('.evidence-page__thumb').first().getAttribute('src')) === before[1]).toBe(true);
  await iou
    .locator('.evidence-page')
    .last()
    .getByRole('button', { name: /删除第/ })
    .tap();
  await expect(iou.locator('.evidence-page')).toHaveCount(firstScan * 2 - 1);
  await expect(page.locator('.evidence__limits')).toContainText(`已扫描 ${firstScan * 2 - 1} 页`);
  await look(page, 'filing-6-evidence');
  await next(page, 'zh', 7);

  // 7 — consents: the filer's address and phone already there; confirm and answer.
  await expect(page.getByRole('textbox', { name: '送达地址' })).toHaveValue(FILER.address);
  await expect(page.getByRole('textbox', { name: '收件人电话' })).toHaveValue('139 1234 5678');
  await page.getByRole('button', { name: /我确认以上送达地址真实有效/ }).tap();
  await page
    .getByRole('group', { name: /短信、电子诉讼平台/ })
    .getByRole('button', { name: '是' })
    .tap();
  await page
    .getByRole('group', { name: /诉前调解/ })
    .getByRole('button', { name: '否' })
    .tap();
  await look(page, 'filing-7-consents');
  await next(page, 'zh', 8);

  // 8 — the court: the defendant lives in this court's area (蓬江区), so this court is chosen, and why is said.
  await expect(page.locator('[data-advice="own"]')).toContainText('被告住在本院辖区内');
  await expect(page.getByRole('button', { name: /本院/ })).toHaveAttribute('aria-pressed', 'true');
  await look(page, 'filing-8-court');
  await next(page, 'zh', 9);

  // 9 — the read-back; a change to the evidence comes straight back here.
  const review = page.locator('.review-step');
  await expect(review.locator('[data-section="parties"]')).toContainText(DEFENDANT.name);
  await expect(review.locator('[data-section="elements"]')).toContainText('50,000元');
  await expect(review.locator('[data-section="elements"]')).toContainText('2024年3月1日');
  await expect(review.locator('[data-section="court"]')).toContainText('示范市人民法院');
  // The read-back keeps the resume code in view too.
  await expect(page.locator('.filing__resume-badge')).toHaveText(/^续填码 [2-9A-Z]{6}$/);
  // …on a line of its own, never over the read-back's own buttons.
  const badgeBottom = await page.locator('.filing__resume-badge').evaluate((badge) => badge.getBoundingClientRect().bottom);
  expect(badgeBottom).toBeLessThanOrEqual((await review.locator('.review-step__top').boundingBox())!.y);
  // 朗读给我听 only where a voice can say it: a button that makes no sound looks broken.
  const hasChineseVoice = await page.evaluate(() => speechSynthesis.getVoices().some((voice) => voice.lang.startsWith('zh')));
  await expect(page.getByRole('button', { name: '朗读给我听' })).toHaveCount(hasChineseVoice ? 1 : 0);
  await look(page, 'filing-9-review');
  await review.locator('[data-section="evidence"]').getByRole('button', { name: '修改' }).tap();
  await expect(page.getByText(UI.zh.step(6))).toBeVisible();
  await page.locator('[data-evidence="0"]').getByLabel('来源').fill('原告本人保存的原件');
  await page.getByRole('button', { name: UI.zh.backToReview }).tap();
  await expect(page.getByText(UI.zh.step(9))).toBeVisible();
  await expect(review.locator('[data-section="evidence"]')).toContainText('借条或欠条');
  await next(page, 'zh', 10);

  // 10 — sign and file.
  await expect(page.getByRole('button', { name: '提交立案申请' })).toBeDisabled();
  await look(page, 'filing-10-sign');
  await signByTouch(page, page.locator('.signature-pad__canvas'));
  // The court cannot be reached as the case is filed (port 9 refuses at once), so its fee notice is not ready at first.
  const admin = await provisionAdmin(kiosk);
  const setCourt = async (url: string | null) =>
    expect(await staffApi(kiosk, admin, 'config.set', { patch: { courtEndpoint: { url, timeoutMs: 1000 } } })).toMatchObject({ ok: true });
  await setCourt('http://127.0.0.1:9/');
  await page.getByRole('button', { name: '提交立案申请' }).tap();
  const receipt = page.locator('.filing-receipt');
  await expect(receipt).toBeVisible();
  // A finished screen, not a step: no count, no Back into a form whose changes would go nowhere.
  await expect(page.locator('.step-header__count')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '上一步' })).toHaveCount(0);
  // One primary action: 交费 is the way on, and 完成 the alternative beside it.
  await expect(page.locator('.flow__primary .button--primary')).toHaveText('交费');
  // It opens at its top, its title above the number, not where the signing form was scrolled to.
  await expectStepReady(page, { opened: true });
  await expect(receipt.locator('.sent-receipt__title')).toBeInViewport({ ratio: 1 });
  const receiptNo = (await receipt.getAttribute('data-receipt-no'))!;
  await expect(receipt.locator('.sent-receipt__number')).toHaveText(receiptNo);
  await expectPrinted(page);
  await look(page, 'filing-11-receipt');
  // Turned to portrait, the number breaks only after a dash, never inside a part.
  await page.setViewportSize({ width: 1080, height: 1920 });
  expect(await receipt.locator('.sent-receipt__part').evaluateAll((parts) => parts.map((part) => part.getClientRects().length))).toEqual(
    receiptNo.split(/(?<=-)/).map(() => 1),
  );
  await expectStepReady(page);
  await look(page, 'filing-11-receipt-portrait');
  await page.setViewportSize({ width: 1920, height: 1080 });

  // Behind the screen: the filing queued for the court under the number shown, exactly once.
  const rows = await kiosk.query<{ kind: string; receipt_no: string; payload: string }>("SELECT kind, receipt_no, payload FROM outbox WHERE kind = 'filing'");
  expect(rows).toHaveLength(1);
  expect(rows[0]!.receipt_no).toBe(receiptNo);
  expect(rows[0]!.payload).toContain(DEFENDANT.name);

  // The complaint as printed: the parties, the claim and the facts, in Chinese.
  const complaint = squash(printed(kiosk, (file) => file.includes('complaint')));
  expect(complaint).toContain('民事起诉状');
  for (const text of [FILER.name, FILER.idNumber, DEFENDANT.name, DEFENDANT.idNumber, '示范市人民法院', '借条或欠条'])
    expect(complaint).toContain(squash(text));
  expect(complaint).toMatch(/50,?000/);
  expect(complaint).toContain(squash('自2024年3月1日起按年利率6%计算至实际清偿之日止'));
  expect(complaint).toContain('约定年利率为6%');

  // 交费 straight from the receipt: the notice of the case just filed, found with the receipt number and the
  // filer's ID the visit already has — nothing typed — and paid by card.
  await page.locator('.filing-receipt__pay').tap();
  await expect(page.locator('[data-filed-notice="preparing"]')).toBeVisible();
  await expect(page.locator('.filed-notice')).toContainText(receiptNo);
  await look(page, 'filing-12-pay-preparing');
  // The court back: the filing reaches it, and the waiting screen asks again by itself.
  await setCourt(null);
  await expect(page.getByTestId('notice-total')).toHaveText(/\d[\d,]*\.\d\d 元/, PRINTED);
  await expect(page.locator('.fee-notice')).toContainText(FILER.name);
  await expectStepReady(page, { primary: false });
  await look(page, 'filing-13-pay-notice');
  await page.locator('.pay-method[data-method="card"]').tap();
  await expect(page.locator('[data-payment-state="confirmed"]')).toBeVisible(PRINTED);
  const payments = await kiosk.query<{ state: string }>('SELECT state FROM payments');
  expect(payments.map((payment) => payment.state)).toEqual(['confirmed']);
});

test('a plaintiff with a passport (登记立案规定 Art 6(1)) and one with a permanent-residence card: the number on the letter keyboard, sex, birth date and 国籍 asked, filed, and the complaint names the documents and gives a foreigner 国籍 for 民族', async ({
  page,
  kiosk,
}) => {
  const HOLDER = { name: '陈美玲', passport: 'E12345678', birthDate: '1958-06-01' };
  const FOREIGNER = { name: '施安娜', card: 'AUS110078051201' };
  await openKiosk(page, kiosk);
  await page.locator('[data-service=filing]').tap();

  // 1 — a resident ID unless said otherwise; 其他证件 opens the kinds. A passport's number is typed on the
  // letter keyboard, judged by the passport's own shape, and kept in capitals as the passport prints it.
  await type(page.getByLabel('姓名'), HOLDER.name);
  await page.getByRole('button', { name: /^其他证件/ }).tap();
  await page.getByRole('group', { name: '证件类型' }).getByRole('button', { name: '护照', exact: true }).tap();
  await expect(page.getByLabel('居民身份证号码')).toHaveCount(0);
  const number = page.getByLabel('护照号码');
  await expect(number).toHaveAttribute('data-keyboard', 'latin');
  await type(number, 'E12-345');
  await page.locator('.flow__next').tap();
  await expect(page.locator('.field__error')).toHaveText('护照号码是 5 到 17 位字母和数字，至少有一位数字，请核对。');
  await expect(page.getByText(UI.zh.step(1))).toBeVisible();
  await type(number, HOLDER.passport.toLowerCase());
  await expect(number).toHaveValue(HOLDER.passport);
  await look(page, 'filing-passport-1-applicant');
  await next(page, 'zh', 2);
  // The resume code is there for a passport holder too.
  await expect(page.locator('[data-resume-code]')).toBeVisible();
  await page.getByRole('button', { name: /借钱给别人，到期不还/ }).tap();
  await next(page, 'zh', 3);

  // 3 — the passport holds no sex or birth date: asked here, the birth date on the date picker.
  const filer = page.locator('[data-party="plaintiffs.0"]');
  await expect(filer.locator('.party-form__filer')).toContainText(`${HOLDER.name} · 护照 ${HOLDER.passport}`);
  await expect(filer.locator('[data-facts]')).toHaveCount(0);
  await page.locator('.flow__next').tap();
  await expect(filer.locator('.choice-row__error')).toHaveText('请选择性别。');
  await filer.getByRole('group', { name: '性别' }).getByRole('button', { name: '女' }).tap();
  await pickDate(page, filer, HOLDER.birthDate, 'zh');
  // A passport may be China's or another's: 国籍 is asked, 中国 first; 民族 once she is a Chinese national.
  await expect(filer.getByRole('button', { name: /^民族/ })).toHaveCount(0);
  await filer.getByRole('button', { name: '国籍 选择国籍' }).tap();
  await page.getByRole('dialog').getByRole('button', { name: '中国', exact: true }).tap();
  await filer.getByRole('button', { name: '民族 选择民族' }).tap();
  await page.getByRole('dialog').getByRole('button', { name: '汉族' }).tap();
  await pickArea(page, filer, ['广东省', '江门市', '蓬江区']);
  await type(filer.getByLabel('详细地址'), '港口路 18 号');
  await type(filer.getByLabel('联系电话'), '13912345678');
  await expect(filer.locator('.field--invalid, .choice-row--invalid')).toHaveCount(0);
  await look(page, 'filing-passport-3-parties');

  // A second plaintiff, a foreigner with a permanent-residence card (2004 card): 国籍 read from the
  // card's letters (AUS), changed on the list, where 中国 is not offered, and no 民族 asked.
  await page.getByRole('button', { name: '增加一位原告' }).tap();
  const foreigner = page.locator('[data-party="plaintiffs.1"]');
  await type(foreigner.getByLabel('姓名'), FOREIGNER.name);
  await foreigner.getByRole('button', { name: /^其他证件/ }).tap();
  await foreigner.getByRole('group', { name: '证件类型' }).getByRole('button', { name: '外国人永久居留身份证', exact: true }).tap();
  await expect(foreigner.getByRole('button', { name: '国籍 选择国籍' })).toBeVisible();
  await type(foreigner.getByLabel('外国人永久居留身份证号码'), FOREIGNER.card);
  await expect(foreigner.getByRole('button', { name: '国籍 澳大利亚' })).toBeVisible();
  await foreigner.getByRole('group', { name: '性别' }).getByRole('button', { name: '女' }).tap();
  await pickDate(page, foreigner, '1978-05-01', 'zh');
  await foreigner.getByRole('button', { name: '国籍 澳大利亚' }).tap();
  const countries = page.getByRole('dialog');
  await expect(countries.getByRole('button', { name: '中国', exact: true })).toHaveCount(0);
  // Two taps, not two hundred names: the first letter of the name's pinyin, then the country.
  await countries.getByRole('button', { name: 'A', exact: true }).tap();
  await expect(page.getByRole('dialog', { name: '国名拼音以 A 开头的国家' })).toBeVisible();
  await look(page, 'filing-foreigner-3-nationality');
  // 换一个字母 goes back to the letters; 取消 there, as on the countries, closes with nothing picked.
  await countries.getByRole('button', { name: '换一个字母', exact: true }).tap();
  await expect(page.getByRole('dialog', { name: /请选择国籍/ })).toBeVisible();
  await countries.getByRole('button', { name: 'A', exact: true }).tap();
  await countries.getByRole('button', { name: '取消', exact: true }).tap();
  await expect(countries).toHaveCount(0);
  await foreigner.getByRole('button', { name: '国籍 澳大利亚' }).tap();
  await countries.getByRole('button', { name: 'A', exact: true }).tap();
  await countries.getByRole('button', { name: '澳大利亚', exact: true }).tap();
  await expect(foreigner.getByRole('button', { name: '国籍 澳大利亚' })).toBeVisible();
  await expect(foreigner.getByRole('button', { name: /^民族/ })).toHaveCount(0);
  await foreigner.getByRole('button', { name: '国籍 澳大利亚' }).scrollIntoViewIfNeeded();
  await look(page, 'filing-foreigner-3-nationality-picked');
  await pickArea(page, foreigner, ['广东省', '江门市', '蓬江区']);
  await type(foreigner.getByLabel('详细地址'), '港口路 20 号');
  await type(foreigner.getByLabel('联系电话'), '13912345679');
  await look(page, 'filing-foreigner-3-parties');
  await page.getByRole('button', { name: /^被告 1 / }).tap();
  const defendant = page.locator('[data-party="defendants.0"]');
  await type(defendant.getByLabel('姓名'), DEFENDANT.name);
  await pickArea(page, defendant, DEFENDANT.area);
  await type(defendant.getByLabel('详细地址'), DEFENDANT.street);
  await next(page, 'zh', 4);

  // 4–8 — the loan as briefly as it can be told; no evidence scanned (only a warning), the court as advised.
  const element = (id: string) => page.locator(`[data-element="${id}"]`);
  await pickDate(page, element('loanDate'), '2024-03-01', 'zh');
  await type(element('principal').getByRole('textbox'), '50000');
  await element('deliveryMethod').getByRole('button', { name: '银行转账' }).tap();
  await element('interestAgreed').getByRole('button', { name: '否' }).tap();
  await type(element('principalOutstanding').getByRole('textbox'), '50000');
  await element('hasGuarantee').getByRole('button', { name: '否' }).tap();
  await next(page, 'zh', 5);
  await next(page, 'zh', 6);
  await next(page, 'zh', 7);
  await page.getByRole('button', { name: /我确认以上送达地址真实有效/ }).tap();
  await page
    .getByRole('group', { name: /短信、电子诉讼平台/ })
    .getByRole('button', { name: '否' })
    .tap();
  await page
    .getByRole('group', { name: /诉前调解/ })
    .getByRole('button', { name: '否' })
    .tap();
  await next(page, 'zh', 8);
  await next(page, 'zh', 9);
  await expect(page.locator('[data-section="parties"]')).toContainText(`${HOLDER.name}，护照 ${HOLDER.passport}`);
  await next(page, 'zh', 10);
  await signByTouch(page, page.locator('.signature-pad__canvas'));
  await page.getByRole('button', { name: '提交立案申请' }).tap();
  const receipt = page.locator('.filing-receipt');
  await expect(receipt).toBeVisible();
  await expectPrinted(page);

  // Queued for the court with the document's kind, and printed with it: 护照号码, not 公民身份号码.
  const [row] = await kiosk.query<{ payload: string }>("SELECT payload FROM outbox WHERE kind = 'filing'");
  expect((JSON.parse(row!.payload) as { parties: { party: unknown }[] }).parties[0]!.party).toMatchObject({
    idType: 'passport',
    idNumber: HOLDER.passport,
    sex: 'female',
    birthDate: HOLDER.birthDate,
    nationality: 'CN',
    ethnicity: '汉族',
  });
  expect((JSON.parse(row!.payload) as { parties: { party: unknown }[] }).parties[1]!.party).toMatchObject({
    idType: 'foreignPermanentResident',
    idNumber: FOREIGNER.card,
    nationality: 'AU',
    ethnicity: null,
  });
  const complaint = squash(printed(kiosk, (file) => file.includes('complaint')));
  expect(complaint).toContain(`护照号码${HOLDER.passport}`);
  expect(complaint).not.toContain('公民身份号码');
  // The Chinese passport holder's line gives 民族; the foreigner's 国籍 and no 民族.
  const holderLine = complaint.slice(complaint.indexOf(HOLDER.name), complaint.indexOf(FOREIGNER.name));
  expect(holderLine).toContain('民族汉族');
  expect(holderLine).not.toContain('国籍');
  const foreignerLine = complaint.slice(complaint.indexOf(FOREIGNER.name), complaint.indexOf(DEFENDANT.name));
  expect(foreignerLine).toContain('国籍澳大利亚');
  expect(foreignerLine).toContain(`外国人永久居留身份证号码${FOREIGNER.card}`);
  expect(foreignerLine).not.toContain('民族');

  // 交费 hands the fee desk the receipt number and the first plaintiff's document (her passport), which finds
  // the notice; neither it nor the notice is her typing, so 返回首页 leaves without asking to discard anything.
  await page.locator('.filing-receipt__pay').tap();
  await expect(page.getByTestId('notice-total')).toBeVisible({ timeout: 30_000 });
  await page.locator('.flow__home').tap();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator('.flow')).toHaveCount(0);
});

test('物业服务合同, in English and large text: the demo card, a company defendant, a crash and resume by code, cross-region filing', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: 'English' }).tap();
  await page.getByRole('button', { name: 'Large text' }).tap();
  await page.locator('[data-service=filing]').tap();

  // 1 — the demo reader lays its sample card after a moment; the button says what to do meanwhile.
  await page.getByRole('button', { name: 'Read ID card' }).tap();
  await expect(page.getByText('ID card read')).toBeVisible();
  await expect(page.getByLabel('Full name')).toHaveValue('李晓华');
  const heights = await page.locator('.flow button').evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().height));
  expect(Math.min(...heights)).toBeGreaterThanOrEqual(60);
  await look(page, 'filing-en-1-applicant');
  await next(page, 'en', 2);

  // 2 — the case type; the resume code is noted, as a litigant would write it down.
  const code = (await page.locator('[data-resume-code]').getAttribute('data-resume-code'))!;
  await page.getByRole('button', { name: /Unpaid property fees or poor property services/ }).tap();
  await look(page, 'filing-en-2-case-type');
  await next(page, 'en', 3);

  // 3 — the defendant is the property company; a credit code whose check character is wrong only warns.
  await type(page.locator('[data-party="plaintiffs.0"]').getByLabel('Phone number'), '13600001111');
  await page.getByRole('button', { name: /^Defendant 1 / }).tap();
  const company = page.locator('[data-party="defendants.0"]');
  await company.getByRole('button', { name: 'A company or other organisation' }).tap();
  await type(company.getByLabel('Name of the organisation'), '示范市安居物业服务有限公司');
  await type(company.getByLabel('Unified social credit code'), '91440704MA4W1234K8');
  await type(company.getByLabel('Legal representative or person in charge'), '陈志明');
  await pickArea(page, company, ['广东省', '江门市', '江海区']);
  await type(company.getByLabel('Street address'), '滨江路 88 号物业服务中心');
  // A warning asks to check, in amber; it is not an error and does not stop the litigant.
  await expect(company.locator('.field--warning .field__warning')).toHaveText(
    'The check character of this credit code does not match. Please compare it with the business licence once more. If it is right, you may go on.',
  );
  await expect(company.locator('.field--invalid')).toHaveCount(0);
  await expect(page.locator('.filing__resume-badge')).toHaveText(`Resume code ${code}`);
  await look(page, 'filing-en-3-parties-warning');
  await type(company.getByLabel('Unified social credit code'), '91440704MA4W1234K7');
  await expect(company.locator('.field--warning')).toHaveCount(0);

  // The power fails here. When the kiosk is back, the code brings the filing back, pages and all.
  await expect.poll(async () => JSON.stringify(await kiosk.api('draft.load', { flow: 'filing' }))).toContain('91440704MA4W1234K7');
  const restarted = await restartedKiosk(kiosk);
  stopRestarted = restarted.stop;
  await page.goto(restarted.launchUrl);
  await expect(page.locator('.service-grid')).toBeVisible();
  await page.getByRole('button', { name: 'English' }).tap();
  await page.getByRole('button', { name: 'Large text' }).tap();
  await page.locator('[data-service=filing]').tap();
  await page.getByRole('button', { name: 'Started before? Carry on' }).tap();
  const dialog = page.getByRole('dialog', { name: 'Carry on with an earlier filing' });
  await type(dialog.getByLabel('Resume code'), code);
  await look(page, 'filing-en-resume');
  await dialog.getByRole('button', { name: 'Carry on', exact: true }).tap();
  await expect(page.getByText(UI.en.step(2))).toBeVisible();
  await expect(page.getByRole('button', { name: /Unpaid property fees/ })).toHaveAttribute('aria-pressed', 'true');
  await next(page, 'en', 3);
  await page.getByRole('button', { name: /^Defendant 1 / }).tap();
  await expect(page.locator('[data-party="defendants.0"]').getByLabel('Unified social credit code')).toHaveValue('91440704MA4W1234K7');
  await next(page, 'en', 4);

  // 4 — an owner's complaint: the manager-only elements are not asked.
  const element = (id: string) => page.locator(`[data-element="${id}"]`);
  await element('plaintiffRole').getByRole('button', { name: 'the owner' }).tap();
  await expect(element('unpaidFees')).toHaveCount(0);
  await type(element('propertyAddress').getByRole('textbox'), '示范市江海区滨江路 88 号 3 栋 1201 房');
  await element('contractBasis').getByRole('button', { name: 'a contract signed by the owner', exact: true }).tap();
  await type(element('feeStandard').getByRole('textbox'), '每月每平方米 2.5 元');
  await pickDate(page, element('periodFrom'), '2025-01-01', 'en');
  await pickDate(page, element('periodTo'), '2025-12-31', 'en');
  await type(element('serviceProblems').getByRole('textbox'), '电梯长期停运，小区垃圾无人清运。');
  await type(element('refund').getByRole('textbox'), '1200');
  await look(page, 'filing-en-4-elements');
  await next(page, 'en', 5);

  // 5 — the claims are in Chinese for the court, with what they say in English beneath.
  await expect(page.locator('.claims__translation').first()).toBeVisible();
  await look(page, 'filing-en-5-claims');
  await next(page, 'en', 6);

  // 6 — a photo taken with the camera for the broken lift.
  await page.getByRole('button', { name: 'Add: Photos and videos of the scene' }).tap();
  const photo = page.locator('[data-evidence="0"]');
  await type(photo.getByLabel('What it proves'), '电梯停运、垃圾堆积');
  await photo.getByRole('button', { name: 'Take a photo' }).tap();
  await expect(photo.locator('.evidence-page')).not.toHaveCount(0);
  await look(page, 'filing-en-6-evidence');
  await next(page, 'en', 7);

  // 7 — consents.
  await page.getByRole('button', { name: /I confirm this address is correct/ }).tap();
  await page
    .getByRole('group', { name: /text message/ })
    .getByRole('button', { name: 'No' })
    .tap();
  await page
    .getByRole('group', { name: /mediation/ })
    .getByRole('button', { name: 'Yes' })
    .tap();
  await look(page, 'filing-en-7-consents');
  await next(page, 'en', 8);

  // 8 — the company is in 江海区: the directory names that court, chosen already, filed cross-region.
  await expect(page.locator('[data-advice="other"]')).toContainText("Jianghai District People's Court");
  const jianghai = page.getByRole('button', { name: /Jianghai District People's Court/ });
  await expect(jianghai).toContainText('Cross-region filing');
  await expect(jianghai).toHaveAttribute('aria-pressed', 'true');
  await look(page, 'filing-en-8-court');
  await next(page, 'en', 9);

  // 9 — the read-back says where it goes.
  await expect(page.locator('[data-section="court"]')).toContainText('(cross-region filing)');
  await expect(page.locator('[data-section="parties"]')).toContainText('示范市安居物业服务有限公司');
  await look(page, 'filing-en-9-review');
  await next(page, 'en', 10);

  await signByTouch(page, page.locator('.signature-pad__canvas'));
  await look(page, 'filing-en-10-sign');
  await page.getByRole('button', { name: 'File the case' }).tap();
  const receipt = page.locator('.filing-receipt');
  await expect(receipt).toBeVisible();
  const receiptNo = (await receipt.getAttribute('data-receipt-no'))!;
  await expectPrinted(page);
  await look(page, 'filing-en-11-receipt');

  const rows = await kiosk.query<{ receipt_no: string; payload: string }>("SELECT receipt_no, payload FROM outbox WHERE kind = 'filing'");
  expect(rows.map((row) => row.receipt_no)).toEqual([receiptNo]);
  expect(rows[0]!.payload).toContain('粤0704');

  const complaint = squash(printed(kiosk, (file) => file.includes('complaint')));
  for (const text of ['李晓华', '440703198604120026', '示范市安居物业服务有限公司', '91440704MA4W1234K7', '陈志明', '电梯长期停运'])
    expect(complaint).toContain(squash(text));
});

test('a reloaded screen loses nothing: the code shown before brings the draft back, and wrong codes lock resuming for a while', async ({ page, kiosk }) => {
  kiosk.simulators.idCardReader.present({ name: FILER.name, idNumber: FILER.idNumber, sex: 'male', birthDate: '1955-02-10', address: FILER.address });
  await openKiosk(page, kiosk);
  await page.locator('[data-service=filing]').tap();
  await page.getByRole('button', { name: '读取身份证' }).tap();
  await expect(page.getByText('已读取身份证')).toBeVisible();
  await next(page, 'zh', 2);
  const code = (await page.locator('[data-resume-code]').getAttribute('data-resume-code'))!;
  await page.getByRole('button', { name: /借钱给别人，到期不还/ }).tap();
  await next(page, 'zh', 3);

  // 3 — the code stays in view on every later step; a company defendant whose credit code fails its check only warns.
  await expect(page.locator('.filing__resume-badge')).toHaveText(`续填码 ${code}`);
  await page.getByRole('button', { name: /^被告 1 / }).tap();
  const company = page.locator('[data-party="defendants.0"]');
  await company.getByRole('button', { name: '公司或其他单位' }).tap();
  await type(company.getByLabel('单位名称'), '示范市安居物业服务有限公司');
  await type(company.getByLabel('统一社会信用代码'), '91440704MA4W1234K8');
  await type(company.getByLabel('法定代表人或负责人'), '陈志明');
  await type(company.getByLabel('详细地址'), '滨江路 88 号');
  await expect(company.locator('.field--warning .field__warning')).toHaveText(
    '统一社会信用代码的校验位对不上，请对照营业执照再核对一遍。确认无误的，可以继续提交。',
  );
  await expect(company.locator('.field--invalid')).toHaveCount(0);
  await look(page, 'filing-3-parties-warning');
  await expect.poll(async () => JSON.stringify(await kiosk.api('draft.load', { flow: 'filing' }))).toContain('91440704MA4W1234K8');

  // The screen reloads while main runs on; the next touch starts a new visit.
  await page.reload();
  await expect(page.locator('.service-grid')).toBeVisible();
  await page.locator('[data-service=filing]').tap();
  await page.getByRole('button', { name: '之前填过一半？接着填' }).tap();
  const dialog = page.getByRole('dialog', { name: '接着填写上次的立案材料' });
  const wrong = code === '222222' ? '333333' : '222222';
  await type(dialog.getByLabel('续填码'), wrong);
  await dialog.getByRole('button', { name: '接着填', exact: true }).tap();
  await expect(dialog.getByRole('alert')).toContainText('还可以再试 4 次');
  await type(dialog.getByLabel('续填码'), code);
  await dialog.getByRole('button', { name: '接着填', exact: true }).tap();
  await expect(page.getByText(UI.zh.step(2))).toBeVisible();
  await expect(page.getByRole('button', { name: /借钱给别人，到期不还/ })).toHaveAttribute('aria-pressed', 'true');
  await next(page, 'zh', 3);
  await page.getByRole('button', { name: /^被告 1 / }).tap();
  await expect(page.locator('[data-party="defendants.0"]').getByLabel('单位名称')).toHaveValue('示范市安居物业服务有限公司');
  await expect(page.locator('[data-party="defendants.0"]').getByLabel('统一社会信用代码')).toHaveValue('91440704MA4W1234K8');
  await expect(page.locator('.filing__resume-badge')).toHaveText(`续填码 ${code}`);

  // Someone walking codes: five wrong in a row, and resuming waits five minutes, said in words.
  await page.getByRole('button', { name: '上一步' }).tap();
  await page.getByRole('button', { name: '上一步' }).tap();
  await expect(page.getByText(UI.zh.step(1))).toBeVisible();
  await page.getByRole('button', { name: '之前填过一半？接着填' }).tap();
  for (let tries = 1; tries <= 5; tries += 1) {
    await type(dialog.getByLabel('续填码'), wrong);
    await dialog.getByRole('button', { name: '接着填', exact: true }).tap();
    await expect(dialog.getByRole('alert')).toContainText(tries < 5 ? `还可以再试 ${5 - tries} 次` : '请等 5 分钟后再试');
  }
  await look(page, 'filing-resume-locked');
});
