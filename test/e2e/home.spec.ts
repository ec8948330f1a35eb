// The home screen: the court and its services in Chinese and English, elder mode, portrait, and
// live reaction to a config change.
import type { Page } from '@playwright/test';
import { SERVICE_IDS } from '../../contract';
import { checkScreen, expect, openKiosk, test, visibleTextOutside } from './fixtures';
import { provisionAdmin, staffApi } from './staff-steps';

const ZH_TITLES = ['诉讼风险评估', '立案', '诉讼费交纳', '诉前调解', '案件查询', '取号排队'];
const EN_TITLES = ['Litigation risk assessment', 'Case filing', 'Court fee payment', 'Pre-litigation mediation', 'Case progress', 'Take a queue number'];
const CJK = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/;

/** Every card whole on screen and on top, its title on one line where it is Chinese (诉讼风/险评估 was seen). */
async function expectCardsWhole(page: Page, { oneLineTitles }: { oneLineTitles: boolean }): Promise<void> {
  const cards = await page.locator('.service-card').evaluateAll((elements) =>
    elements.map((card) => {
      const box = card.getBoundingClientRect();
      const title = card.querySelector('.service-card__title')!;
      const lineHeight = parseFloat(getComputedStyle(title).lineHeight);
      const hit = document.elementFromPoint(box.left + box.width / 2, box.bottom - 4);
      return {
        title: title.textContent,
        inside: box.top >= 0 && box.bottom <= innerHeight && box.right <= innerWidth,
        onTop: hit !== null && card.contains(hit),
        titleLines: Math.round(title.getBoundingClientRect().height / lineHeight),
      };
    }),
  );
  for (const card of cards) {
    expect(card.inside && card.onTop, `card "${card.title}" whole on screen`).toBe(true);
    if (oneLineTitles) expect(card.titleLines, `title "${card.title}" on one line`).toBe(1);
  }
}

test('shows the court and its six services in Chinese', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByText('示范市人民法院')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('您好，请选择要办理的事项');
  const cards = page.locator('.service-card');
  await expect(cards).toHaveCount(SERVICE_IDS.length);
  for (const [i, title] of ZH_TITLES.entries()) await expect(cards.nth(i).locator('.service-card__title')).toHaveText(title);
  await expect(page.getByText('您离开后，本次填写的信息会自动清除')).toBeVisible();
  await expect(page.getByRole('button', { name: '呼叫帮办人员' })).toBeVisible();
  await checkScreen(page, 'home-zh');
  await expectCardsWhole(page, { oneLineTitles: true });
});

test('switches every text to English', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: 'English' }).tap();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText("Demonstration City People's Court")).toBeVisible();
  await expect(page.locator('.service-card__title')).toHaveText(EN_TITLES);
  await expect(page).toHaveTitle('Court Self-Service Kiosk');
  // Only the switch back to 中文 (marked lang="zh-CN") may still be Chinese.
  expect(await visibleTextOutside(page, 'en')).not.toMatch(CJK);
  await checkScreen(page, 'home-en');
});

test('elder mode makes text at least 24 px and every button at least 60 px tall', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  const bodySize = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  expect(await bodySize()).toBeLessThan(24);
  const titleSize = () =>
    page
      .locator('.service-card__title')
      .first()
      .evaluate((title) => parseFloat(getComputedStyle(title).fontSize));
  const normalTitle = await titleSize();
  await page.getByRole('button', { name: '大字' }).tap();
  await expect(page.getByRole('button', { name: '大字' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-elder', 'on');
  expect(await bodySize()).toBeGreaterThanOrEqual(24);
  const heights = await page.getByRole('button').evaluateAll((buttons) => buttons.map((b) => [b.textContent, b.getBoundingClientRect().height] as const));
  for (const [label, height] of heights) expect(height, `button "${label}"`).toBeGreaterThanOrEqual(60);
  // Titles grow by a quarter at least, not by a few pixels.
  expect(await titleSize()).toBeGreaterThanOrEqual(normalTitle * 1.25);
  await checkScreen(page, 'home-elder');
  await expectCardsWhole(page, { oneLineTitles: true });
  await page.getByRole('button', { name: 'English' }).tap();
  await checkScreen(page, 'home-elder-en');
  await expectCardsWhole(page, { oneLineTitles: false });
});

test('fits a portrait screen', async ({ page, kiosk }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await openKiosk(page, kiosk);
  await expect(page.locator('.service-card')).toHaveCount(SERVICE_IDS.length);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  await checkScreen(page, 'home-portrait');
  await expectCardsWhole(page, { oneLineTitles: true });
  await page.getByRole('button', { name: '大字' }).tap();
  await checkScreen(page, 'home-portrait-elder');
  await expectCardsWhole(page, { oneLineTitles: true });
  // The longest words: English in elder mode, where the sixth card was cut off.
  await page.getByRole('button', { name: 'English' }).tap();
  await checkScreen(page, 'home-portrait-elder-en');
  await expectCardsWhole(page, { oneLineTitles: false });
});

test('follows config changes live: court name, services and languages', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  const changed = await staffApi(kiosk, await provisionAdmin(kiosk), 'config.set', {
    patch: {
      court: { name: { 'zh-CN': '示范区人民法院', en: 'Demonstration District People’s Court' }, code: '粤0703' },
      services: { risk: false, filing: true, fees: true, mediation: false, status: false, queue: true },
      languages: ['zh-CN'],
    },
  });
  expect(changed.ok).toBe(true);
  await expect(page.getByText('示范区人民法院')).toBeVisible();
  await expect(page.locator('.service-card__title')).toHaveText(['立案', '诉讼费交纳', '取号排队']);
  await expect(page.getByRole('group', { name: '选择语言' })).toHaveCount(0);
});
