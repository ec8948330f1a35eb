// Calling a helper: confirmed first, recorded by main, and answered with "someone is coming";
// and what the litigant sees when the kiosk's host cannot be reached.
import { checkScreen, expect, openKiosk, test } from './fixtures';

test('call a helper: confirm, call, told that someone is coming', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: '呼叫帮办人员' }).click();
  const confirm = page.getByRole('dialog', { name: '要呼叫帮办人员吗？' });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole('button', { name: '取消' })).toBeFocused();
  await checkScreen(page, 'helper-confirm');

  await confirm.getByRole('button', { name: '取消' }).click();
  await expect(confirm).toHaveCount(0);
  expect((await kiosk.query<{ n: number }>('SELECT COUNT(*) AS n FROM helper_calls'))[0]?.n).toBe(0);

  await page.getByRole('button', { name: '呼叫帮办人员' }).click();
  await confirm.getByRole('button', { name: '呼叫', exact: true }).click();
  const called = page.getByRole('dialog', { name: '已经通知工作人员' });
  await expect(called).toBeVisible();
  await expect(called.getByText('工作人员马上就到')).toBeVisible();
  expect((await kiosk.query<{ n: number }>('SELECT COUNT(*) AS n FROM helper_calls'))[0]?.n).toBe(1);
  await checkScreen(page, 'helper-called');
  await called.getByRole('button', { name: '好的' }).click();
  await expect(called).toHaveCount(0);
});

test('an unreachable host shows the translated errors.hostUnreachable', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await kiosk.host.close();
  await page.getByRole('button', { name: '呼叫帮办人员' }).click();
  await page.getByRole('button', { name: '呼叫', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: '自助机暂时连不上后台服务' }).first()).toBeVisible();
  await checkScreen(page, 'error-host-unreachable');
});
