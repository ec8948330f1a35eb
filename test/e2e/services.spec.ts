// Every service opens its own stepper page with back and home; case filing's first step takes the
// filer's name and ID number on the keypad and keeps them as a draft.
import { checkScreen, expect, openKiosk, tapKeypad, test } from './fixtures';

const SERVICES = [
  { id: 'risk', title: '诉讼风险评估' },
  { id: 'filing', title: '立案' },
  { id: 'fees', title: '诉讼费交纳' },
  { id: 'mediation', title: '诉前调解' },
  { id: 'status', title: '案件查询' },
  { id: 'queue', title: '取号排队' },
];

for (const service of SERVICES) {
  test(`${service.id}: opens its own page with back, home and a helper`, async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    await page.locator(`[data-service=${service.id}]`).click();
    await expect(page.locator(`[data-flow=${service.id}]`)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: '上一步' })).toBeVisible();
    await expect(page.getByRole('button', { name: '返回首页' }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: '呼叫帮办人员' }).first()).toBeVisible();
    await checkScreen(page, `service-${service.id}`);
    await page.getByRole('button', { name: '上一步' }).click();
    await expect(page.locator('.service-grid')).toBeVisible();
  });
}

test('filing: "who is filing?" validates, keeps a draft, and goes on to the next step', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await page.locator('[data-service=filing]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('起诉人信息');
  await expect(page.getByText('第 1 步，共 10 步')).toBeVisible();

  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByText('请填写姓名。')).toBeVisible();
  await expect(page.getByText('请输入身份证号码。')).toBeVisible();
  await checkScreen(page, 'filing-applicant-errors');

  await page.getByLabel('姓名').fill('李明华');
  await tapKeypad(page, '1101051949123');
  await expect(page.getByText('身份证号码应为 18 位。')).toBeVisible();
  await tapKeypad(page, '1002X');
  await expect(page.getByLabel('居民身份证号码')).toHaveValue('110105 19491231 002X');
  await expect(page.getByText('身份证号码应为 18 位。')).toHaveCount(0);
  await expect
    .poll(async () => JSON.stringify(await kiosk.api('draft.load', { flow: 'filing' })))
    .toContain(JSON.stringify({ applicant: { name: '李明华', idType: 'residentId', idNumber: '11010519491231002X', card: null } }).slice(1, -1));
  await checkScreen(page, 'filing-applicant-filled');

  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('您要起诉的是哪类纠纷？');
  await expect(page.getByText('第 2 步，共 10 步')).toBeVisible();

  // Back to the services and in again: the visit goes on, and its draft comes back.
  await page.getByRole('button', { name: '上一步' }).click();
  await page.getByRole('button', { name: '上一步' }).click();
  await page.locator('[data-service=filing]').click();
  await expect(page.getByLabel('姓名')).toHaveValue('李明华');
});

test('filing in English and in elder mode', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: 'English' }).click();
  await page.locator('[data-service=filing]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who is filing?');
  await checkScreen(page, 'filing-applicant-en');
  await page.getByRole('button', { name: 'Large text' }).click();
  const heights = await page.getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().height));
  expect(Math.min(...heights)).toBeGreaterThanOrEqual(60);
  await checkScreen(page, 'filing-applicant-elder-en');
  await page.getByRole('button', { name: '中文' }).click();
  await checkScreen(page, 'filing-applicant-elder');
});

test('home from a filled-in step asks first, then ends the visit and its drafts', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await page.locator('[data-service=filing]').click();
  await page.getByLabel('姓名').fill('王芳');
  await expect.poll(async () => (await kiosk.query<{ n: number }>('SELECT COUNT(*) AS n FROM drafts'))[0]?.n).toBe(1);
  await page.getByRole('button', { name: '返回首页' }).click();
  const dialog = page.getByRole('dialog', { name: '结束本次办理？' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: '继续办理' })).toBeFocused();
  await checkScreen(page, 'confirm-leave');

  await dialog.getByRole('button', { name: '继续办理' }).click();
  await expect(page.getByLabel('姓名')).toHaveValue('王芳');

  await page.getByRole('button', { name: '返回首页' }).click();
  await page.getByRole('button', { name: '结束并返回首页' }).click();
  await expect(page.locator('.service-grid')).toBeVisible();
  await expect.poll(async () => (await kiosk.query<{ n: number }>('SELECT COUNT(*) AS n FROM drafts'))[0]?.n).toBe(0);
  await page.locator('[data-service=filing]').click();
  await expect(page.getByLabel('姓名')).toHaveValue('');
});
