// Staff mode and the admin console in Chromium: the hidden press and the PIN pad (the default
// admin PIN must be replaced first), settings refused with the field named and saved with live
// effect on the kiosk, what a helper's menu offers, and the console's statistics, export and tests.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkScreen, expect, openKiosk, test } from './fixtures';
import { ADMIN_PIN, pickPerson, pressCourtName, provisionAdmin, signInOnScreen, staffApi, typePin } from './staff-steps';
import { pickDate } from './touch';

// Long flows (sign-in, PIN change, several screens) on a shared 2-core machine: three times the usual limit.
test.slow();

test('an admin signs in for the first time, changes the idle time and the languages, and the kiosk follows', async ({ page, kiosk }) => {
  await page.clock.install();
  await openKiosk(page, kiosk);
  await expect(page.getByRole('button', { name: 'English' })).toBeVisible();

  // A short press is an ordinary touch; only three seconds open the PIN pad.
  await page.locator('[data-staff-gesture]').hover();
  await page.mouse.down();
  await page.clock.runFor(2000);
  await page.mouse.up();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await pressCourtName(page);
  await checkScreen(page, 'staff-who-zh');
  await pickPerson(page, 'Administrator');
  const signIn = page.getByRole('dialog', { name: '工作人员登录' });
  await expect(signIn).toBeVisible();
  await checkScreen(page, 'staff-pin-zh');
  await typePin(signIn, '000000');
  await signIn.getByRole('button', { name: '登录' }).click();

  const newPin = page.getByRole('dialog', { name: '请设置新密码' });
  await expect(newPin).toBeVisible();
  await checkScreen(page, 'staff-new-pin-zh');
  // A guessable PIN is refused at the first entry, before it is typed a second time.
  await typePin(newPin, '123456');
  await newPin.getByRole('button', { name: '确定' }).click();
  await expect(newPin.getByText('这个密码太容易被猜到')).toBeVisible();
  await typePin(newPin, ADMIN_PIN);
  await newPin.getByRole('button', { name: '确定' }).click();
  const again = page.getByRole('dialog', { name: '请再输入一次新密码' });
  await typePin(again, '582914');
  await again.getByRole('button', { name: '确定' }).click();
  // A mistyped confirmation starts the new PIN over; nothing was changed yet.
  await expect(newPin.getByText('两次输入的新密码不一样')).toBeVisible();
  await typePin(newPin, ADMIN_PIN);
  await newPin.getByRole('button', { name: '确定' }).click();
  await typePin(again, ADMIN_PIN);
  await again.getByRole('button', { name: '确定' }).click();

  await expect(page.getByRole('heading', { name: '工作人员菜单' })).toBeVisible();
  await expect(page.getByText('当前登录：Administrator（管理员）')).toBeVisible();
  await checkScreen(page, 'staff-menu-admin-zh');
  // The default PIN is gone: only the new one signs in now.
  expect(await kiosk.api('staff.signIn', { pin: '000000', staffId: 'admin' })).toMatchObject({ ok: false });

  await page.getByRole('button', { name: '终端设置与统计' }).click();
  await expect(page.getByRole('heading', { name: '终端管理' })).toBeVisible();
  await checkScreen(page, 'admin-console-court-zh');

  // Languages first: a staff session lapses after half the idle time, which is about to become 10 seconds.
  await page.getByRole('button', { name: '服务项目与语言' }).click();
  const offered = page.getByRole('group', { name: '可以切换的语言' });
  await offered.getByRole('button', { name: /English/ }).click();
  await expect(offered.getByRole('button', { name: /English/ })).toHaveAttribute('aria-pressed', 'false');
  // The default can only be one of the languages left.
  await expect(page.getByRole('group', { name: /默认语言/ }).getByRole('button')).toHaveText(['中文']);
  await checkScreen(page, 'admin-services-zh');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('已保存，已经生效。')).toBeVisible();
  expect(await kiosk.api('config.get', {})).toMatchObject({ ok: true, value: { languages: ['zh-CN'] } });

  await page.getByRole('button', { name: '无人操作时' }).click();
  const timeout = page.getByLabel('无人操作多少秒后询问');
  await timeout.fill('5');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('不能小于 15。')).toBeVisible();
  await expect(timeout).toHaveAttribute('aria-invalid', 'true');
  expect(await kiosk.api('config.get', {})).toMatchObject({ ok: true, value: { idle: { timeoutSeconds: 90 } } });
  await checkScreen(page, 'admin-idle-invalid-zh');
  await timeout.fill('20');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('已保存，已经生效。')).toBeVisible();
  expect(await kiosk.api('config.get', {})).toMatchObject({ ok: true, value: { idle: { timeoutSeconds: 20, countdownSeconds: 20 } } });

  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.locator('.service-grid')).toBeVisible();
  await expect(page.getByRole('button', { name: 'English' })).toHaveCount(0);

  // The idle question now comes after 20 seconds of quiet, not 90.
  await page.clock.pauseAt(Date.now() + 60_000);
  await page.locator('[data-service=risk]').click();
  const still = page.getByRole('alertdialog', { name: '您还在吗？' });
  await page.clock.runFor(19_000);
  await expect(still).toHaveCount(0);
  await page.clock.runFor(1000);
  await expect(still).toBeVisible();
});

test("a helper's menu has the desk and assisted filing but no console; assisting shows the helper's name", async ({ page, kiosk }) => {
  const admin = await provisionAdmin(kiosk);
  expect(await staffApi(kiosk, admin, 'staff.add', { staffId: 'wang-fang', name: '王芳', role: 'helper', pin: '246813' })).toMatchObject({ ok: true });
  await page.clock.install();
  await openKiosk(page, kiosk);
  await signInOnScreen(page, '王芳', '246813');
  // A PIN an admin handed out is changed at the first sign-in, like the default admin's.
  const newPin = page.getByRole('dialog', { name: '请设置新密码' });
  await typePin(newPin, '135792');
  await newPin.getByRole('button', { name: '确定' }).click();
  const again = page.getByRole('dialog', { name: '请再输入一次新密码' });
  await typePin(again, '135792');
  await again.getByRole('button', { name: '确定' }).click();

  await expect(page.getByText('当前登录：王芳（帮办人员）')).toBeVisible();
  await expect(page.getByRole('button', { name: '帮办服务台' })).toBeVisible();
  await expect(page.getByRole('button', { name: '终端设置与统计' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '关闭程序' })).toHaveCount(0);
  await checkScreen(page, 'staff-menu-helper-zh');

  // A new helper's one-page instructions, printed by the terminal from its own settings.
  await page.getByRole('button', { name: '打印帮办人员工作指引' }).click();
  await expect(page.getByRole('status').filter({ hasText: /已送去打印（文书编号 KIOSK-01-BB-\d{8}）/ })).toBeVisible();
  await expect
    .poll(async () => kiosk.query<{ kind: string; state: string }>("SELECT kind, state FROM print_jobs WHERE kind = 'helper-guide'"))
    .toEqual([{ kind: 'helper-guide', state: 'done' }]);
  await checkScreen(page, 'staff-menu-helper-guide-zh');

  await page.getByRole('button', { name: '帮群众办理' }).click();
  await expect(page.locator('.service-grid')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '帮办人：王芳' })).toBeVisible();
  await checkScreen(page, 'assisted-home-zh');
  const session = await kiosk.query<{ assisted_by: string | null }>('SELECT assisted_by FROM sessions ORDER BY started_at DESC LIMIT 1');
  expect(session).toEqual([{ assisted_by: 'wang-fang' }]);

  // The helper picks the dispute, then hands the screen to the litigant, who picks the mediator:
  // main records each field as entered by whoever was at the screen.
  await page.locator('.service-card', { hasText: '诉前调解' }).click();
  await page.getByRole('button', { name: '借钱给别人，到期不还' }).click();
  await page.getByRole('button', { name: '下一步', exact: true }).click();
  await page.getByRole('button', { name: '现在由帮办人填写 · 点此交给当事人' }).click();
  await expect(page.locator('[data-typist="litigant"]')).toBeVisible();
  await page.getByRole('button', { name: '本院特邀调解员工作室' }).click();
  await expect
    .poll(async () => {
      const [draft] = await kiosk.query<{ provenance: string }>("SELECT provenance FROM drafts WHERE flow = 'mediation'");
      const byField = Object.entries(JSON.parse(draft?.provenance ?? '{}') as Record<string, { by: string }>);
      return [byField.find(([path]) => path.includes('dispute'))?.[1].by, byField.find(([path]) => path.endsWith('organisationId'))?.[1].by];
    })
    .toEqual(['helper', 'litigant']);
  await checkScreen(page, 'assisted-handed-over-zh');

  // Ending the assisted visit wipes it and signs the helper out: the next person starts on their own.
  await page.getByRole('button', { name: '结束帮办' }).click();
  await expect(page.getByText('帮办人：王芳')).toHaveCount(0);
  await expect
    .poll(async () => (await kiosk.query<{ n: number }>("SELECT COUNT(*) AS n FROM sessions WHERE assisted_by = 'wang-fang' AND ended_at IS NULL"))[0]?.n)
    .toBe(0);
  await expect
    .poll(async () => (await kiosk.query<{ n: number }>("SELECT COUNT(*) AS n FROM audit_log WHERE actor = 'wang-fang' AND action = 'staff.signOut'"))[0]?.n)
    .toBe(1);
});

test('the console counts the day, exports tickets as CSV, tests the court and a printer, and shows the log', async ({ page, kiosk }) => {
  await provisionAdmin(kiosk);
  for (const service of ['filing', 'fees', 'filing'] as const)
    expect((await kiosk.api('queue.take', { service, priority: false, language: 'zh-CN' })).ok).toBe(true);
  await page.clock.install();
  await openKiosk(page, kiosk);
  await signInOnScreen(page, 'Administrator', ADMIN_PIN);
  await page.getByRole('button', { name: '终端设置与统计' }).click();

  await page.getByRole('button', { name: '统计', exact: true }).click();
  await expect(page.locator('[data-stat=tickets] dd')).toHaveText('3');
  // Staff pressing the court's name to sign in is not a litigant's visit.
  await expect(page.locator('[data-stat=visits] dd')).toHaveText('0');
  await expect(page.getByRole('figure', { name: '各项服务办理量' })).toBeVisible();
  await checkScreen(page, 'admin-statistics-zh');
  // Another range is picked on the shared date picker by touch, never typed (issue 14).
  await expect(page.getByRole('textbox', { name: /开始日期|结束日期/ })).toHaveCount(0);
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  await pickDate(page, page.locator('.range-picker .field', { hasText: '开始日期' }).locator('.picker-field'), today, 'zh');
  await expect(page.getByRole('button', { name: '最近 1 天' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: '查看', exact: true }).tap();
  await expect(page.locator('[data-stat=tickets] dd')).toHaveText('3');
  await expect(page.locator('.bar-chart').first().locator('.bar-chart__row')).toHaveCount(1);
  await checkScreen(page, 'admin-statistics-picked-zh');

  await page.getByRole('button', { name: '导出数据' }).click();
  await page.getByRole('button', { name: '导出取号记录' }).click();
  await expect(page.getByText(/已导出 3 条，保存在：/)).toBeVisible();
  const [file] = readdirSync(join(kiosk.dataDir, 'exports'));
  const csv = readFileSync(join(kiosk.dataDir, 'exports', file!), 'utf8');
  expect(csv.startsWith('\uFEFFday,number,service,priority,state')).toBe(true);
  expect(csv.trim().split('\r\n')).toHaveLength(4);
  await checkScreen(page, 'admin-exports-zh');

  await page.getByRole('button', { name: '法院系统连接' }).click();
  await page.getByRole('button', { name: '测试连接' }).click();
  await expect(page.getByText('正在使用内置的演示法院')).toBeVisible();

  await page.getByRole('button', { name: '打印机', exact: true }).click();
  await page.getByRole('button', { name: '打印测试页' }).first().click();
  await expect(page.locator('[data-printer-test=receipt]')).toHaveText('测试页已送到“打印文件夹”，请查看是否打印出来。');
  expect(readdirSync(join(kiosk.dataDir, 'printed')).some((name) => name.startsWith('printer-test-receipt'))).toBe(true);
  await checkScreen(page, 'admin-printers-zh');

  await page.getByRole('button', { name: '运行记录' }).click();
  await expect(page.getByRole('heading', { name: '运行记录' })).toBeVisible();
  await checkScreen(page, 'admin-log-zh');

  // The helper instructions are printed from the console as well.
  await page.getByRole('button', { name: '打印帮办人员工作指引' }).click();
  await expect(page.getByText(/已送去打印（文书编号 KIOSK-01-BB-\d{8}）/)).toBeVisible();
  await expect.poll(async () => (await kiosk.query<{ n: number }>("SELECT COUNT(*) AS n FROM print_jobs WHERE kind = 'helper-guide'"))[0]?.n).toBe(1);
  await checkScreen(page, 'admin-console-helper-guide-zh');
});

test('the console in English and with large text: the PIN pad, the menu, fees, the court directory and mediation organisations', async ({ page, kiosk }) => {
  await provisionAdmin(kiosk);
  await page.clock.install();
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Large text' }).click();
  await pressCourtName(page);
  await pickPerson(page, 'Administrator');
  const signIn = page.getByRole('dialog', { name: 'Staff sign-in' });
  await typePin(signIn, ADMIN_PIN);
  await checkScreen(page, 'staff-pin-en-elder');
  await signIn.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Staff menu' })).toBeVisible();
  await checkScreen(page, 'staff-menu-admin-en-elder');

  await page.getByRole('button', { name: 'Settings and statistics' }).click();
  // Long labels wrap inside their buttons in large text: none runs out of its button or past its
  // column (the helper instructions' did).
  await expect(page.getByRole('button', { name: 'Print the helper instructions' })).toBeVisible();
  const overflowing = await page
    .locator('.console .button')
    .evaluateAll((buttons) =>
      buttons
        .filter((b) => b.scrollWidth > b.clientWidth + 1 || b.getBoundingClientRect().right > b.parentElement!.getBoundingClientRect().right + 1)
        .map((b) => b.textContent),
    );
  expect(overflowing).toEqual([]);
  await checkScreen(page, 'admin-console-en-elder');
  await page.getByRole('button', { name: 'Court fee figures' }).click();
  const divorce = page.getByLabel('Divorce (yuan per case)');
  // The hint's range is the fee schedule's own (fees.kinds), article and all.
  await expect(page.getByText(/Legal range 50–300 yuan \(《诉讼费用交纳办法》第十三条第（二）项第1目\)/)).toBeVisible();
  await divorce.fill('400');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  // A figure outside the legal range is refused next to its field, and nothing is saved.
  await expect(page.locator('.field--invalid')).toContainText('Divorce (yuan per case)');
  expect(await kiosk.api('config.get', {})).toMatchObject({ ok: true, value: { fees: { bases: {} } } });
  await divorce.fill('200');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved. The change is already in effect.')).toBeVisible();
  expect(await kiosk.api('config.get', {})).toMatchObject({ ok: true, value: { fees: { bases: { divorce: 200 } } } });
  await checkScreen(page, 'admin-fees-en-elder');

  await page.getByRole('button', { name: 'Court directory' }).click();
  await expect(page.locator('.console-entry').first()).toBeVisible();
  await checkScreen(page, 'admin-directory-en-elder');
  // A code or a URL is typed in Latin letters, and its symbols are half-width: "http:" not "http：".
  const code = page.getByLabel('Court code').first();
  await code.click();
  const keys = page.getByRole('region', { name: 'On-screen keyboard' });
  await expect(keys.getByRole('button', { name: 'Capitals' })).toBeVisible();
  await code.press('End');
  await keys.getByRole('button', { name: 'Symbols' }).click();
  await keys.getByRole('button', { name: ':', exact: true }).click();
  await keys.getByRole('button', { name: '/', exact: true }).click();
  await expect(code).toHaveValue(/:\/$/);
  await expect(keys.getByRole('button', { name: '：', exact: true })).toHaveCount(0);
  await keys.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: 'Mediation organisations' }).click();
  // Dispute types are chips from the case-type catalogue, by name; none pressed means every type (issue 14).
  const divorceType = page.locator('.console-entry').first().getByRole('button', { name: 'Divorce', exact: true });
  await divorceType.tap();
  await expect(divorceType).toHaveAttribute('aria-pressed', 'true');
  await checkScreen(page, 'admin-mediation-en-elder');
  await page.getByRole('button', { name: 'Save', exact: true }).tap();
  await expect(page.getByText('Saved. The change is already in effect.')).toBeVisible();
  const saved = await kiosk.api('config.get', {});
  expect(saved.ok && saved.value.mediation.organisations[0]?.caseTypes).toEqual(['divorce']);

  await page.getByRole('button', { name: 'Staff accounts' }).tap();
  await expect(page.locator('.staff-account[data-staff-id="admin"]')).toContainText('Staff ID admin · administrator');
  // Opened from the foot of the long mediation section, the new one still starts at its top.
  await expect(page.locator('.console__body h2').first()).toBeInViewport();
  await checkScreen(page, 'admin-staff-en-elder');
  await page.getByRole('button', { name: 'Audit log' }).tap();
  await page.getByRole('button', { name: 'Verify the chain' }).tap();
  await expect(page.locator('[data-verdict=ok]')).toContainText('The log is intact');
  await expect(page.locator('tr[data-action="config.set"]').first()).toContainText('Settings: Mediation organisations');
  // Nothing was sent to the demo court yet, so it holds no witness; said so, not passed off as a check.
  await page.getByRole('button', { name: "Check against the court's witness" }).tap();
  await expect(page.locator('[data-witness=none]')).toContainText('The court holds no witness');
  await checkScreen(page, 'admin-audit-en-elder');
});

test('an admin adds, unlocks, disables and re-PINs staff accounts by touch, and reads and verifies the audit log', async ({ page, kiosk }) => {
  const token = await provisionAdmin(kiosk);
  await page.clock.install();
  await openKiosk(page, kiosk);
  await signInOnScreen(page, 'Administrator', ADMIN_PIN);
  await page.getByRole('button', { name: '终端设置与统计' }).tap();
  await page.getByRole('button', { name: '工作人员账号' }).tap();

  // A new helper: nothing is sent until the form is whole, and the first PIN is typed twice on the pad.
  const form = page.getByRole('form', { name: '新增工作人员账号' });
  await form.getByRole('button', { name: '新增账号' }).tap();
  await expect(form.getByText('请用 2 到 32 位小写字母、数字或连字符')).toBeVisible();
  await form.getByLabel('工号', { exact: true }).fill('wang-fang');
  await form.getByLabel('姓名', { exact: true }).fill('王芳');
  await form.getByRole('button', { name: '输入初始密码' }).tap();
  const pin = page.getByRole('dialog', { name: '新账号的初始密码' });
  await typePin(pin, '123456');
  await pin.getByRole('button', { name: '确定' }).tap();
  await expect(pin.getByText('这个密码太容易被猜到')).toBeVisible();
  await checkScreen(page, 'admin-staff-pin-zh');
  await typePin(pin, '246813');
  await pin.getByRole('button', { name: '确定' }).tap();
  const again = page.getByRole('dialog', { name: '请再输入一次新密码' });
  await typePin(again, '246813');
  await again.getByRole('button', { name: '确定' }).tap();
  await expect(form.getByText('已输入：●●●●●●')).toBeVisible();
  await form.getByRole('button', { name: '新增账号' }).tap();
  await expect(form.getByText('已新增王芳（wang-fang）')).toBeVisible();
  const wang = page.locator('.staff-account[data-staff-id="wang-fang"]');
  await expect(wang).toContainText('工号 wang-fang · 帮办人员');

  // The last admin cannot be disabled: main refuses, in words, and nothing changes.
  await page.locator('.staff-account[data-staff-id="admin"]').getByRole('button', { name: '停用' }).tap();
  await expect(page.locator('.error-banner[data-code=LAST_ADMIN]')).toHaveText('这是最后一个可用的管理员账号，不能停用。');
  // With a second admin it is no longer the last, but nobody disables their own account.
  expect(await staffApi(kiosk, token, 'staff.add', { staffId: 'li-ming', name: '李明', role: 'admin', pin: '571946' })).toMatchObject({ ok: true });
  await page.locator('.staff-account[data-staff-id="admin"]').getByRole('button', { name: '停用' }).tap();
  await expect(page.locator('.error-banner[data-code=STAFF_SELF]')).toHaveText('不能停用自己的账号；如需停用，请由另一位管理员操作。');

  // A litigant guessing at her PIN locks her account; disabling shows that, and an unlock lifts it.
  for (let i = 0; i < 5; i++) await kiosk.api('staff.signIn', { pin: '999999', staffId: 'wang-fang' });
  await wang.getByRole('button', { name: '停用' }).tap();
  await expect(wang).toContainText('已停用');
  await expect(wang).toContainText('密码输错次数过多，锁定到');
  expect(await kiosk.api('staff.roster', {})).toMatchObject({ ok: true, value: { staff: [{ staffId: 'admin' }, { staffId: 'li-ming' }] } });
  await checkScreen(page, 'admin-staff-zh');
  await wang.getByRole('button', { name: '解除锁定' }).tap();
  await expect(page.getByRole('status').filter({ hasText: '王芳的账号已解除锁定，可以重新登录。' })).toBeVisible();
  await wang.getByRole('button', { name: '启用' }).tap();
  await expect(wang).toContainText('可以登录');
  await wang.getByRole('button', { name: '重设密码' }).tap();
  const reset = page.getByRole('dialog', { name: '为王芳设置新密码' });
  await typePin(reset, '135792');
  await reset.getByRole('button', { name: '确定' }).tap();
  await typePin(again, '135792');
  await again.getByRole('button', { name: '确定' }).tap();
  await expect(page.getByRole('status').filter({ hasText: '已为王芳设置新密码，下次登录时须修改；锁定也已解除。' })).toBeVisible();
  expect(await kiosk.api('staff.signIn', { pin: '135792', staffId: 'wang-fang' })).toMatchObject({ ok: true, value: { mustChangePin: true } });

  await page.getByRole('button', { name: '审计记录' }).tap();
  await expect(page.locator('tr[data-action="staff.resetPin"]')).toContainText('Administrator（admin）重设密码账号：王芳（wang-fang）');
  await expect(page.locator('tr[data-action="staff.setEnabled"]').first()).toContainText('启用账号');
  await page.getByRole('button', { name: '核验记录链' }).tap();
  await expect(page.locator('[data-verdict=ok]')).toContainText('审计记录完整');
  await checkScreen(page, 'admin-audit-zh');
});

test('staff screens in a portrait kiosk: the menu, the console and the helper desk stack in one column', async ({ page, kiosk }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await provisionAdmin(kiosk);
  await page.clock.install();
  await openKiosk(page, kiosk);
  await signInOnScreen(page, 'Administrator', ADMIN_PIN);
  await page.getByRole('button', { name: '终端设置与统计' }).click();
  await page.getByRole('button', { name: '统计', exact: true }).click();
  await expect(page.locator('[data-stat=visits]')).toBeVisible();
  await checkScreen(page, 'admin-statistics-portrait');
  await page.getByRole('button', { name: '工作人员账号' }).tap();
  await expect(page.locator('.staff-account[data-staff-id="admin"]')).toBeVisible();
  await checkScreen(page, 'admin-staff-portrait');
  await page.getByRole('button', { name: '返回菜单' }).click();
  await page.getByRole('button', { name: '帮办服务台' }).click();
  await expect(page.getByText('所有申请都已送达法院。')).toBeVisible();
  await checkScreen(page, 'helper-desk-portrait');
});
