// The on-screen keyboard, by taps alone: a name, an address and a claim typed in pinyin and picked
// from the candidates, in zh-CN and in elder mode, through the mediation flow's contact and
// description steps; what a visit chose comes first later in that visit and is gone after the idle wipe.
import type { Locator, Page } from '@playwright/test';
import { checkScreen, expect, openKiosk, tapKeypad, test } from './fixtures';

// Every letter is a real tap and every screen an axe scan: on a busy 2-core machine that takes minutes.
test.describe.configure({ timeout: 240_000 });

const keyboard = (page: Page) => page.getByRole('region', { name: '屏幕键盘' });
const candidates = (page: Page) => keyboard(page).getByRole('group', { name: '候选词' });

/** Taps each letter of the pinyin on the keyboard, then the candidates in turn. */
async function typeChinese(page: Page, steps: Array<[pinyin: string, ...picks: string[]]>): Promise<void> {
  for (const [pinyin, ...picks] of steps) {
    for (const letter of pinyin)
      await keyboard(page)
        .getByRole('button', { name: letter === "'" ? "隔音 '" : letter, exact: true })
        .click();
    await expect(keyboard(page).locator('.candidate-bar__composition')).toHaveText(pinyin);
    for (const pick of picks) await candidates(page).getByRole('button', { name: pick, exact: true }).click();
  }
  await expect(keyboard(page).locator('.candidate-bar__composition')).toHaveText('');
}

const next = (page: Page) => page.getByRole('button', { name: '下一步', exact: true }).click();
const stepIs = (page: Page, step: string) => expect(page.locator('.flow')).toHaveAttribute('data-step', step);

/** Through the first three mediation steps to the applicant's name and phone. */
async function toApplicant(page: Page): Promise<void> {
  await page.locator('.service-card', { hasText: '诉前调解' }).click();
  await page.getByRole('button', { name: '借钱给别人，到期不还' }).click();
  await next(page);
  await page.getByRole('button', { name: '本院特邀调解员工作室' }).click();
  await page.getByRole('group', { name: '您希望怎样调解？' }).getByRole('button', { name: '视频调解' }).click();
  await next(page);
  await page.locator('.half-days__day').nth(0).getByRole('button', { name: '上午' }).click();
  await next(page);
  await stepIs(page, 'applicant');
}

/** The keyboard's top edge is below the field: the focused field is never under the keys. */
async function expectFieldAboveKeyboard(page: Page, field: Locator): Promise<void> {
  // Polled: the keyboard docks, then the page scrolls the field up once its height is known.
  await expect
    .poll(async () => {
      const fieldBox = await field.boundingBox();
      const keyboardBox = await keyboard(page).boundingBox();
      return !!fieldBox && !!keyboardBox && fieldBox.y + fieldBox.height <= keyboardBox.y;
    })
    .toBe(true);
}

async function typeNameAddressAndClaim(page: Page, mode: 'zh' | 'elder'): Promise<void> {
  await toApplicant(page);
  await expect(keyboard(page)).toHaveCount(0);
  const name = page.getByLabel('您的姓名', { exact: true });
  await name.click();
  await expect(keyboard(page)).toBeVisible();
  await expectFieldAboveKeyboard(page, name);
  if (mode === 'elder') {
    for (const key of await keyboard(page).getByRole('button').all()) {
      const box = await key.boundingBox();
      expect(box && box.height >= 60 && box.width >= 60, (await key.textContent()) ?? '').toBe(true);
    }
  }
  // 张, then 建国 from the letters left over; the candidates looked at (and scanned) mid-way.
  for (const letter of 'zhangjianguo') await keyboard(page).getByRole('button', { name: letter, exact: true }).click();
  await expect(candidates(page).getByRole('button').first()).toHaveText('张');
  await checkScreen(page, `keyboard-candidates-${mode}`);
  await candidates(page).getByRole('button', { name: '张', exact: true }).click();
  await expect(keyboard(page).locator('.candidate-bar__composition')).toHaveText('jianguo');
  await candidates(page).getByRole('button', { name: '建国', exact: true }).click();
  await expect(name).toHaveValue('张建国');
  await checkScreen(page, `keyboard-name-${mode}`);
  await tapKeypad(page, '13800138000');
  // The phone has its own pad beside it: the docked keyboard gives way.
  await expect(keyboard(page)).toHaveCount(0);
  await next(page);

  await stepIs(page, 'respondent');
  const respondent = page.getByLabel('对方的姓名或名称', { exact: true });
  await respondent.click();
  // Chosen piece by piece before, the whole name now comes first.
  for (const letter of 'zhangjianguo') await keyboard(page).getByRole('button', { name: letter, exact: true }).click();
  await expect(candidates(page).getByRole('button').first()).toHaveText('张建国');
  // Delete takes back letters first; with none left it deletes from the field.
  for (let left = 'zhangjianguo'.length; left > 0; left--) await keyboard(page).getByRole('button', { name: '删除' }).click();
  await typeChinese(page, [['lisi', '李四']]);
  await expect(respondent).toHaveValue('李四');
  await next(page);

  await stepIs(page, 'description');
  const description = page.getByLabel('事情经过和您的要求', { exact: true });
  await description.click();
  await expectFieldAboveKeyboard(page, description);
  await typeChinese(page, [
    ['shanghaishi', '上海市'],
    ['jiadingqu', '嘉定区'],
    ['bole', '博乐'],
    ['lu', '路'],
  ]);
  await keyboard(page).getByRole('button', { name: '，', exact: true }).click();
  await typeChinese(page, [
    ['jiekuan', '借款'],
    ['benjin', '本金'],
    ['wu', '五'],
    ['wan', '万'],
    ['yuan', '元'],
  ]);
  await expect(description).toHaveValue('上海市嘉定区博乐路，借款本金五万元');
  await checkScreen(page, `keyboard-description-${mode}`);
  // Nothing editable on the next screen: the keyboard goes.
  await next(page);
  await stepIs(page, 'review');
  await expect(keyboard(page)).toHaveCount(0);
  await expect(page.getByText('上海市嘉定区博乐路，借款本金五万元')).toBeVisible();
}

test('types a name, an address and a claim by taps alone, in zh-CN', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await typeNameAddressAndClaim(page, 'zh');
});

test('types the same in elder mode, with keys of at least 60 px', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: '大字' }).click();
  await typeNameAddressAndClaim(page, 'elder');
});

test('what a visit chose is forgotten when the visit ends, as at the idle wipe', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await toApplicant(page);
  await page.getByLabel('您的姓名', { exact: true }).click();
  await typeChinese(page, [['zhangjianguo', '张', '建国']]);
  await next(page);
  await stepIs(page, 'applicant'); // the phone is still missing; the name is learnt all the same
  const name = page.getByLabel('您的姓名', { exact: true });
  await name.click();
  for (const letter of 'zhangjianguo') await keyboard(page).getByRole('button', { name: letter, exact: true }).click();
  await expect(candidates(page).getByRole('button').first()).toHaveText('张建国');

  // The visit ends (the same remount as the idle wipe): the next person starts from the dictionary alone.
  await page.getByRole('button', { name: '返回首页' }).click();
  await page.getByRole('button', { name: '结束并返回首页' }).click();
  await expect(page.locator('.service-grid')).toBeVisible();
  await toApplicant(page);
  await page.getByLabel('您的姓名', { exact: true }).click();
  for (const letter of 'zhangjianguo') await keyboard(page).getByRole('button', { name: letter, exact: true }).click();
  await expect(candidates(page).getByRole('button').first()).toHaveText('张');
});

test('Latin letters with capitals, symbols, a physical keyboard, and Done', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await toApplicant(page);
  const name = page.getByLabel('您的姓名', { exact: true });
  await name.click();
  await keyboard(page).getByRole('button', { name: '英文' }).click();
  await keyboard(page).getByRole('button', { name: '大写' }).click();
  for (const letter of 'wang')
    await keyboard(page)
      .getByRole('button', { name: letter === 'w' ? 'W' : letter, exact: true })
      .click();
  await expect(name).toHaveValue('Wang');
  // A physical keyboard still types into the same field.
  await page.keyboard.type(' Li');
  await expect(name).toHaveValue('Wang Li');
  await keyboard(page).getByRole('button', { name: '符号' }).click();
  await keyboard(page).getByRole('button', { name: '（', exact: true }).click();
  await expect(name).toHaveValue('Wang Li（');
  await keyboard(page).getByRole('button', { name: '删除' }).click();
  await keyboard(page).getByRole('button', { name: '完成' }).click();
  await expect(keyboard(page)).toHaveCount(0);
  await expect(name).toHaveValue('Wang Li');
});

test('fits a portrait screen, with the field still above the keys', async ({ page, kiosk }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await openKiosk(page, kiosk);
  await toApplicant(page);
  const name = page.getByLabel('您的姓名', { exact: true });
  await name.click();
  for (const letter of "xi'an")
    await keyboard(page)
      .getByRole('button', { name: letter === "'" ? "隔音 '" : letter, exact: true })
      .click();
  await expect(candidates(page).getByRole('button').first()).toHaveText('西安');
  await expectFieldAboveKeyboard(page, name);
  await checkScreen(page, 'keyboard-portrait');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
});
