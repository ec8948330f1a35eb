// Pre-litigation mediation on the kiosk: a whole request in Chinese and in English, through every
// step to the receipt and the outbox row behind it; the draft kept across leaving the flow;
// portrait; and the offline banner when the court cannot be reached.
import type { Page } from '@playwright/test';
import { checkScreen, expect, openKiosk, tapKeypad, test, visibleTextOutside, type KioskUnderTest } from './fixtures';
import { expectStepReady } from './touch';
import { provisionAdmin, staffApi } from './staff-steps';

const CJK = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/;

// Every screen of the flow gets an axe scan and a screenshot: more than the default 30 s.
test.describe.configure({ timeout: 120_000 });

/** What a litigant sees and taps, per language. */
const UI = {
  zh: {
    service: '诉前调解',
    next: '下一步',
    back: '上一步',
    dispute: '借钱给别人，到期不还',
    organisation: '本院特邀调解员工作室',
    video: '视频调解',
    how: '您希望怎样调解？',
    morning: '上午',
    afternoon: '下午',
    applicantName: '您的姓名',
    respondentName: '对方的姓名或名称',
    description: '事情经过和您的要求',
    submit: '确认无误，提交申请',
    received: '调解申请已提交',
    saved: '即使现在网络不通，也会自动送到法院',
  },
  en: {
    service: 'Pre-litigation mediation',
    next: 'Next',
    back: 'Back',
    dispute: 'You lent money and it was not paid back',
    organisation: "This Court's Invited Mediators",
    video: 'By video',
    how: 'How would you like to take part?',
    morning: 'Morning',
    afternoon: 'Afternoon',
    applicantName: 'Your name',
    respondentName: "Their name, or the company's name",
    description: 'What happened, and what you are asking for',
    submit: 'All correct, send the request',
    received: 'Your mediation request has been sent',
    saved: 'It will reach the court even if the network is down',
  },
};
type Language = keyof typeof UI;

async function next(page: Page, lng: Language): Promise<void> {
  await page.getByRole('button', { name: UI[lng].next, exact: true }).tap();
  await expectStepReady(page, { opened: true });
}
const modeButton = (page: Page, lng: Language, name: string | RegExp) => page.getByRole('group', { name: UI[lng].how }).getByRole('button', { name });
const stepIs = (page: Page, step: string) => expect(page.locator('.flow')).toHaveAttribute('data-step', step);

/** Fills in every step; screenshots each one as mediation-<step>-<lng>. */
async function requestMediation(page: Page, lng: Language, shoot: boolean): Promise<string> {
  const ui = UI[lng];
  const shot = (name: string) => (shoot ? checkScreen(page, `mediation-${name}-${lng}`) : Promise.resolve());
  await page.locator('.service-card', { hasText: ui.service }).tap();
  await stepIs(page, 'dispute');
  await page.getByRole('button', { name: ui.dispute }).tap();
  await shot('1-dispute');
  await next(page, lng);

  await stepIs(page, 'organisation');
  await page.getByRole('button', { name: ui.organisation }).tap();
  const video = modeButton(page, lng, ui.video);
  await video.tap();
  await expect(video).toHaveAttribute('aria-pressed', 'true');
  await shot('2-organisation');
  await next(page, lng);

  await stepIs(page, 'times');
  const days = page.locator('.half-days__day');
  await days.nth(0).getByRole('button', { name: ui.morning }).tap();
  await days.nth(2).getByRole('button', { name: ui.afternoon }).tap();
  await expect(page.locator('.half-days__part[aria-pressed="true"]')).toHaveCount(2);
  await shot('3-times');
  await next(page, lng);

  await stepIs(page, 'applicant');
  await page.getByLabel(ui.applicantName, { exact: true }).fill(lng === 'zh' ? '王秀英' : 'Wang Xiuying');
  await tapKeypad(page, '13800138000');
  await shot('4-applicant');
  await next(page, lng);

  await stepIs(page, 'respondent');
  await page.getByLabel(ui.respondentName, { exact: true }).fill(lng === 'zh' ? '李建国' : 'Li Jianguo');
  await shot('5-respondent');
  await next(page, lng);

  await stepIs(page, 'description');
  await page
    .getByLabel(ui.description, { exact: true })
    .fill(
      lng === 'zh'
        ? '2025年3月借给对方2万元，约定年底还，到现在还没还，希望分期还清。'
        : 'Lent him 20,000 yuan in March 2025, due by the end of the year; not repaid. I would accept instalments.',
    );
  await shot('6-description');
  await next(page, lng);

  await stepIs(page, 'review');
  await expect(page.locator('.review__value').first()).not.toBeEmpty();
  await shot('7-review');
  await page.getByRole('button', { name: ui.submit }).tap();
  await expect(page.getByRole('heading', { name: ui.received })).toBeVisible();
  await expect(page.getByText(ui.saved)).toBeVisible();
  const receiptNo = (await page.locator('.sent-receipt__number').textContent()) ?? '';
  expect(receiptNo).toMatch(/TJ/);
  // The receipt and the application print by themselves as the receipt screen opens.
  await expect(page.locator('[data-print-state="printed"]')).toBeVisible();
  await shot('8-receipt');
  return receiptNo;
}

async function expectQueuedForCourt(kiosk: KioskUnderTest, receiptNo: string): Promise<void> {
  const rows = await kiosk.query<{ kind: string; receipt_no: string; payload: string }>('SELECT kind, receipt_no, payload FROM outbox');
  const row = rows.find((r) => r.receipt_no === receiptNo);
  expect(row?.kind).toBe('mediation');
  const payload = JSON.parse(row!.payload) as { organisationId: string; mode: string; preferredTimes: unknown[]; respondent: { phone: string | null } };
  expect(payload).toMatchObject({ organisationId: 'court-invited', mode: 'online', respondent: { phone: null } });
  expect(payload.preferredTimes).toHaveLength(2);
  const status = await kiosk.api('sync.status', {});
  expect(status.ok).toBe(true);
  const printed = await kiosk.query<{ kind: string; state: string }>(`SELECT kind, state FROM print_jobs WHERE document_no = '${receiptNo}' ORDER BY kind`);
  expect(printed).toEqual([
    { kind: 'mediation-application', state: 'done' },
    { kind: 'mediation-receipt', state: 'done' },
  ]);
}

test('a whole mediation request in Chinese, down to the receipt and its outbox row', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  const receiptNo = await requestMediation(page, 'zh', true);
  await expectQueuedForCourt(kiosk, receiptNo);
});

test('a whole mediation request in English, with no Chinese left on screen', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: 'English' }).tap();
  const receiptNo = await requestMediation(page, 'en', true);
  expect(await visibleTextOutside(page, 'en')).not.toMatch(CJK);
  await expectQueuedForCourt(kiosk, receiptNo);
});

test('says what is missing, and keeps the answers as a draft when the litigant steps out', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await page.locator('.service-card', { hasText: UI.zh.service }).tap();
  await next(page, 'zh');
  await expect(page.getByText('请先选择一项纠纷类型。')).toBeVisible();
  await page.getByRole('button', { name: UI.zh.dispute }).tap();
  await next(page, 'zh');
  // An organisation that only mediates in person offers only that way.
  await page.getByRole('button', { name: /江北街道人民调解委员会/ }).tap();
  await expect(modeButton(page, 'zh', UI.zh.video)).toHaveCount(0);
  await expect(modeButton(page, 'zh', /当面调解/)).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: UI.zh.back }).tap();
  await page.getByRole('button', { name: UI.zh.back }).tap();
  await expect(page.locator('.service-grid')).toBeVisible();
  await page.locator('.service-card', { hasText: UI.zh.service }).tap();
  await expect(page.getByRole('button', { name: UI.zh.dispute })).toHaveAttribute('aria-pressed', 'true');
  await next(page, 'zh');
  await expect(page.getByRole('button', { name: /江北街道人民调解委员会/ })).toHaveAttribute('aria-pressed', 'true');
});

test('fits a portrait screen', async ({ page, kiosk }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await openKiosk(page, kiosk);
  await page.locator('.service-card', { hasText: UI.zh.service }).tap();
  await page.getByRole('button', { name: UI.zh.dispute }).tap();
  await checkScreen(page, 'mediation-portrait-1-dispute');
  await next(page, 'zh');
  await page.getByRole('button', { name: UI.zh.organisation }).tap();
  await checkScreen(page, 'mediation-portrait-2-organisation');
  await modeButton(page, 'zh', UI.zh.video).tap();
  await next(page, 'zh');
  await page.locator('.half-days__part').first().tap();
  await checkScreen(page, 'mediation-portrait-3-times');
  await next(page, 'zh');
  await checkScreen(page, 'mediation-portrait-4-applicant');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
});

test('tells everyone when the court is offline that what they submit is kept and sent later', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await expect(page.getByRole('status').filter({ hasText: '法院系统暂时连不上' })).toHaveCount(0);
  // Port 9 (discard) on loopback refuses at once: the court is unreachable.
  const changed = await staffApi(kiosk, await provisionAdmin(kiosk), 'config.set', {
    patch: { courtEndpoint: { url: 'http://127.0.0.1:9/', timeoutMs: 1000 } },
  });
  expect(changed.ok).toBe(true);
  const submitted = await kiosk.api('mediation.submit', {
    caseType: 'private_lending',
    organisationId: 'court-invited',
    mode: 'inPerson',
    preferredTimes: [{ date: '2099-01-05', part: 'morning' }],
    applicant: { name: '王秀英', phone: '13800138000' },
    respondent: { name: '李建国', phone: null },
    description: '借款两万元未还。',
  });
  expect(submitted.ok).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: '法院系统暂时连不上' })).toBeVisible({ timeout: 15_000 });
  await checkScreen(page, 'offline-banner-zh');
  await page.getByRole('button', { name: 'English' }).tap();
  await expect(page.getByText("The court's system is offline")).toBeVisible();
  await checkScreen(page, 'offline-banner-en');
});
