// The on-screen keyboard by touch alone (taps, and strokes drawn with a finger through Chromium's
// touch input): a name, an address and a sentence typed both ways — whole-input pinyin with a
// partial pick, and 手写 handwriting with follow-on words — in zh-CN and in elder mode, through the
// mediation flow's contact and description steps; what a visit chose comes first later in that
// visit and is gone after the wipe; a layout switch commits half-typed pinyin as characters.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { checkScreen, expect, openKiosk, test } from './fixtures';
import { stroke } from './touch';

/**
 * A character's strokes as Make Me a Hanzi gives them (hanzi-writer-data's 1024-unit frame, y up
 * from the baseline at 900 below the top), in 0..1 with y down. Read here rather than through
 * generate/strokes.ts, which Playwright's loader cannot import (it uses import.meta).
 */
function strokesOf(character: string): Array<Array<{ x: number; y: number }>> {
  const file = join(__dirname, '../../node_modules/hanzi-writer-data', `${character}.json`);
  const { medians } = JSON.parse(readFileSync(file, 'utf8')) as { medians: Array<Array<[number, number]>> };
  return medians.map((median) => median.map(([x, y]) => ({ x: x / 1024, y: (900 - y) / 1024 })));
}

// Every letter is a real tap and every screen an axe scan: on a busy 2-core machine that takes minutes.
test.describe.configure({ timeout: 240_000 });

const keyboard = (page: Page) => page.getByRole('region', { name: '屏幕键盘' });
const candidates = (page: Page) => keyboard(page).getByRole('group', { name: '候选词' });
const followOns = (page: Page) => keyboard(page).getByRole('group', { name: '联想词' });
const key = (page: Page, name: string) => keyboard(page).getByRole('button', { name, exact: true });
const composition = (page: Page) => keyboard(page).locator('.candidate-bar__composition');

async function tapLetters(page: Page, pinyin: string): Promise<void> {
  for (const letter of pinyin) await key(page, letter === "'" ? "隔音 '" : letter).tap();
  await expect(composition(page)).toHaveText(pinyin);
}

/** Writes a character on the pad with a finger: each of its reference strokes as one touch, start to lift. */
async function write(page: Page, character: string): Promise<void> {
  const pad = keyboard(page).locator('.handwriting-pad__canvas');
  const box = (await pad.boundingBox())!;
  const size = Math.min(box.width, box.height) * 0.8;
  const [left, top] = [box.x + (box.width - size) / 2, box.y + (box.height - size) / 2];
  for (const points of strokesOf(character))
    await stroke(
      page,
      points.map((point) => ({ x: left + point.x * size, y: top + point.y * size })),
    );
  await expect(candidates(page).getByRole('button').first()).toHaveText(character);
}

const next = (page: Page) => page.getByRole('button', { name: '下一步', exact: true }).tap();
const stepIs = (page: Page, step: string) => expect(page.locator('.flow')).toHaveAttribute('data-step', step);

/** The phone number on its own pad, which shows once the docked keyboard has gone (one keyboard at a time). */
async function tapPhone(page: Page, digits: string): Promise<void> {
  await expect(page.getByRole('group', { name: '数字键盘' })).toBeHidden();
  await key(page, '完成').tap();
  const keypad = page.getByRole('group', { name: '数字键盘' });
  for (const digit of digits) await keypad.getByRole('button', { name: digit, exact: true }).tap();
}

/** Through the first three mediation steps to the applicant's name and phone. */
async function toApplicant(page: Page): Promise<void> {
  await page.locator('.service-card', { hasText: '诉前调解' }).tap();
  await page.getByRole('button', { name: '借钱给别人，到期不还' }).tap();
  await next(page);
  await page.getByRole('button', { name: '本院特邀调解员工作室' }).tap();
  await page.getByRole('group', { name: '您希望怎样调解？' }).getByRole('button', { name: '视频调解' }).tap();
  await next(page);
  await page.locator('.half-days__day').nth(0).getByRole('button', { name: '上午' }).tap();
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

async function typeInPinyin(page: Page, mode: 'zh' | 'elder'): Promise<void> {
  await toApplicant(page);
  await expect(keyboard(page)).toHaveCount(0);
  const name = page.getByLabel('您的姓名', { exact: true });
  await name.tap();
  await expect(keyboard(page)).toHaveCount(1);
  await expectFieldAboveKeyboard(page, name);
  if (mode === 'elder') {
    // The terminal's setting (default-terminal.json) opens Chinese fields in 手写 in elder mode; pinyin is one tap away.
    await expect(keyboard(page).locator('.handwriting-pad__canvas')).toBeVisible();
    await key(page, '中文').tap();
    for (const each of await keyboard(page).getByRole('button').all()) {
      const box = await each.boundingBox();
      expect(box && box.height >= 60 && box.width >= 60, (await each.textContent()) ?? '').toBe(true);
    }
  }
  // The whole name comes first; picking only 张 leaves the rest to pick next.
  await tapLetters(page, 'zhangjianguo');
  await expect(candidates(page).getByRole('button').first()).toHaveText('张建国');
  await checkScreen(page, `keyboard-candidates-${mode}`);
  await candidates(page).getByRole('button', { name: '张', exact: true }).tap();
  await expect(composition(page)).toHaveText('jianguo');
  await candidates(page).getByRole('button', { name: '建国', exact: true }).tap();
  await expect(name).toHaveValue('张建国');
  await tapPhone(page, '13800138000');
  await expect(keyboard(page)).toHaveCount(0);
  await next(page);

  await stepIs(page, 'respondent');
  const respondent = page.getByLabel('对方的姓名或名称', { exact: true });
  await respondent.tap();
  if (mode === 'elder') await key(page, '中文').tap();
  // Chosen piece by piece before, the whole name is learnt too; here the initials bring it back.
  await tapLetters(page, 'zjg');
  await expect(candidates(page).getByRole('button').first()).toHaveText('张建国');
  // Delete takes back letters first; with none left it deletes from the field.
  for (let left = 3; left > 0; left--) await key(page, '删除').tap();
  await tapLetters(page, 'lisi');
  await candidates(page).getByRole('button', { name: '李四', exact: true }).tap();
  await expect(respondent).toHaveValue('李四');
  await next(page);

  await stepIs(page, 'description');
  const description = page.getByLabel('事情经过和您的要求', { exact: true });
  await description.tap();
  if (mode === 'elder') await key(page, '中文').tap();
  await expectFieldAboveKeyboard(page, description);
  // An address and a sentence, each typed whole and taken with the first candidate.
  await tapLetters(page, 'beijingshichaoyangqujiefanglu');
  await expect(candidates(page).getByRole('button').first()).toHaveText('北京市朝阳区解放路');
  await candidates(page).getByRole('button').first().tap();
  await key(page, '，').tap();
  await tapLetters(page, 'yuangaoxiangbeigaojiekuanwuwanyuan');
  await expect(candidates(page).getByRole('button').first()).toHaveText('原告向被告借款五万元');
  await checkScreen(page, `keyboard-sentence-${mode}`);
  await key(page, '空格').tap();
  await expect(description).toHaveValue('北京市朝阳区解放路，原告向被告借款五万元');
  // A text area has both a new line and 完成; 完成 closes the keyboard.
  await expect(key(page, '换行')).toBeVisible();
  await key(page, '完成').tap();
  await expect(keyboard(page)).toHaveCount(0);
  await next(page);
  await stepIs(page, 'review');
  await expect(page.getByText('北京市朝阳区解放路，原告向被告借款五万元')).toBeVisible();
}

test('types a name, an address and a sentence in pinyin by touch, in zh-CN', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await typeInPinyin(page, 'zh');
});

test('types the same in elder mode, with keys of at least 60 px', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: '大字' }).tap();
  await typeInPinyin(page, 'elder');
});

test('writes a name, an address and a sentence by hand, with follow-on words', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await toApplicant(page);
  const name = page.getByLabel('您的姓名', { exact: true });
  await name.tap();
  await key(page, '手写').tap();
  await expect(keyboard(page).locator('.handwriting-pad__canvas')).toBeVisible();
  for (const character of '张建国') {
    await write(page, character);
    await checkScreen(page, 'keyboard-handwriting');
    await candidates(page).getByRole('button', { name: character, exact: true }).tap();
  }
  await expect(name).toHaveValue('张建国');
  await tapPhone(page, '13800138000');
  await next(page);
  await stepIs(page, 'respondent');
  await page.getByLabel('对方的姓名或名称', { exact: true }).tap();
  // Each field opens in its own layout: 手写 is chosen again.
  await key(page, '手写').tap();
  await write(page, '李');
  await candidates(page).getByRole('button', { name: '李', exact: true }).tap();
  await write(page, '四');
  await candidates(page).getByRole('button', { name: '四', exact: true }).tap();
  await expect(page.getByLabel('对方的姓名或名称', { exact: true })).toHaveValue('李四');
  await next(page);

  await stepIs(page, 'description');
  const description = page.getByLabel('事情经过和您的要求', { exact: true });
  await description.tap();
  await key(page, '手写').tap();
  // 北, then 京 offered after it without writing; 市 written.
  await write(page, '北');
  await candidates(page).getByRole('button', { name: '北', exact: true }).tap();
  await followOns(page).getByRole('button', { name: '京', exact: true }).tap();
  await write(page, '市');
  await candidates(page).getByRole('button', { name: '市', exact: true }).tap();
  // A sentence: 原 then 告 as its follow-on, 借 then 款.
  await write(page, '原');
  await candidates(page).getByRole('button', { name: '原', exact: true }).tap();
  await checkScreen(page, 'keyboard-follow-on');
  await followOns(page).getByRole('button', { name: '告', exact: true }).tap();
  await write(page, '借');
  await candidates(page).getByRole('button', { name: '借', exact: true }).tap();
  await followOns(page).getByRole('button', { name: '款', exact: true }).tap();
  await expect(description).toHaveValue('北京市原告借款');
  // 重写 clears a character gone wrong; nothing is typed.
  await write(page, '元');
  await key(page, '重写').tap();
  await expect(keyboard(page).locator('.handwriting-pad__hint')).toBeVisible();
  await expect(description).toHaveValue('北京市原告借款');
});

test('what a visit chose is forgotten when the visit ends, as at the idle wipe', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await toApplicant(page);
  await page.getByLabel('您的姓名', { exact: true }).tap();
  await tapLetters(page, 'zhangjiahe');
  const first = (await candidates(page).getByRole('button').first().textContent()) ?? '';
  expect(first).not.toBe('张嘉禾');
  await candidates(page).getByRole('button', { name: '张嘉禾', exact: true }).tap();
  await next(page);
  await stepIs(page, 'applicant'); // the phone is still missing; the name is learnt all the same
  const name = page.getByLabel('您的姓名', { exact: true });
  await name.tap();
  await tapLetters(page, 'zhangjiahe');
  await expect(candidates(page).getByRole('button').first()).toHaveText('张嘉禾');

  // The visit ends (the same remount as the idle wipe): the next person starts from the dictionary alone.
  await page.getByRole('button', { name: '返回首页' }).tap();
  await page.getByRole('button', { name: '结束并返回首页' }).tap();
  await expect(page.locator('.service-grid')).toBeVisible();
  await toApplicant(page);
  await page.getByLabel('您的姓名', { exact: true }).tap();
  await tapLetters(page, 'zhangjiahe');
  await expect(candidates(page).getByRole('button').first()).toHaveText(first);
});

test('switching layout commits half-typed pinyin as characters; Latin letters, symbols, a physical keyboard, and Done', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await toApplicant(page);
  const name = page.getByLabel('您的姓名', { exact: true });
  await name.tap();
  await tapLetters(page, 'wangjianguo');
  await expect(candidates(page).getByRole('button').first()).toHaveText('王建国');
  // Not 王jianguo (the 建国lu bug): the first candidate's characters go in before the layout changes.
  await key(page, '英文').tap();
  await expect(name).toHaveValue('王建国');
  await key(page, '大写').tap();
  for (const letter of 'wang') await key(page, letter === 'w' ? 'W' : letter).tap();
  await expect(name).toHaveValue('王建国Wang');
  // Digits stand above the letters, as on a phone: a passport's number needs no trip to 符号 for each.
  for (const digit of '25') await key(page, digit).tap();
  await expect(name).toHaveValue('王建国Wang25');
  await key(page, '删除').tap();
  await key(page, '删除').tap();
  // A physical keyboard still types into the same field.
  await page.keyboard.type(' Li');
  await expect(name).toHaveValue('王建国Wang Li');
  await key(page, '符号').tap();
  await key(page, '（').tap();
  await expect(name).toHaveValue('王建国Wang Li（');
  await key(page, '删除').tap();
  await key(page, '完成').tap();
  await expect(keyboard(page)).toHaveCount(0);
  await expect(name).toHaveValue('王建国Wang Li');
});

test('fits a portrait screen, with the field still above the keys', async ({ page, kiosk }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await openKiosk(page, kiosk);
  await toApplicant(page);
  const name = page.getByLabel('您的姓名', { exact: true });
  await name.tap();
  await tapLetters(page, "xi'an");
  await expect(candidates(page).getByRole('button').first()).toHaveText('西安');
  await expectFieldAboveKeyboard(page, name);
  await checkScreen(page, 'keyboard-portrait');
  await key(page, '手写').tap();
  await expectFieldAboveKeyboard(page, name);
  await checkScreen(page, 'keyboard-portrait-handwriting');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
});
