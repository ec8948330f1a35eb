// Steps the staff tests share: calling the contract as a signed-in staff member (the token in the
// x-kiosk-staff header, as preload/web.ts sends it), the hidden press on the court's name, the PIN pad.
import type { Locator, Page } from '@playwright/test';
import type { Envelope, MethodInput, MethodName, MethodOutput } from '../../contract';
import { expect, type KioskUnderTest } from './fixtures';
import { longPress } from './touch';

export const ADMIN_PIN = '582913';

export async function staffApi<M extends MethodName>(
  kiosk: KioskUnderTest,
  token: string,
  method: M,
  input: MethodInput<M>,
): Promise<Envelope<MethodOutput<M>>> {
  const res = await fetch(`${kiosk.host.origin}api/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${kiosk.host.token}`, 'content-type': 'application/json', 'x-kiosk-staff': token },
    body: JSON.stringify(input),
  });
  return (await res.json()) as Envelope<MethodOutput<M>>;
}

/** Signs in as the default admin and replaces its PIN, as a terminal's first admin must; returns the token. */
export async function provisionAdmin(kiosk: KioskUnderTest): Promise<string> {
  const signIn = await kiosk.api('staff.signIn', { pin: '000000', staffId: 'admin' });
  if (!signIn.ok) throw new Error(`default admin sign-in failed: ${signIn.error.code}`);
  const changed = await staffApi(kiosk, signIn.value.token, 'staff.changePin', { currentPin: '000000', newPin: ADMIN_PIN });
  if (!changed.ok) throw new Error(`default admin PIN change failed: ${changed.error.code}`);
  return signIn.value.token;
}

/**
 * The hidden way in: three seconds of a real finger on the court's emblem and name. The PIN pad
 * opens under the finger, and lifting it must not close the pad again. The page's clock must be installed.
 */
export async function pressCourtName(page: Page): Promise<void> {
  const signIn = page.locator('.dialog');
  await longPress(page, page.locator('[data-staff-gesture]'), async () => {
    await page.clock.runFor(3000);
    await expect(signIn).toBeVisible();
  });
  await expect(signIn).toBeVisible();
}

/** Types a PIN on the pad inside a sign-in dialog. */
export async function typePin(dialog: Locator, pin: string): Promise<void> {
  const keypad = dialog.getByRole('group', { name: /数字键盘|Number keypad/ });
  for (const digit of pin) await keypad.getByRole('button', { name: digit, exact: true }).tap();
  await expect(dialog.locator('output')).toHaveAttribute('data-length', String(pin.length));
}

/** On the pad's first step, taps the staff member's own name (their PIN is then checked against that account only). */
export async function pickPerson(page: Page, name: string): Promise<void> {
  await page
    .getByRole('dialog')
    .getByRole('button', { name: new RegExp(`^${name}\\s*[（(]`) })
    .tap();
  await expect(page.getByRole('dialog').getByRole('group', { name: /数字键盘|Number keypad/ })).toBeVisible();
}

/** Signs a staff member in on the Chinese screen the way they do: the press on the court's name, their name, the PIN, 登录. */
export async function signInOnScreen(page: Page, name: string, pin: string): Promise<void> {
  await pressCourtName(page);
  await pickPerson(page, name);
  const signIn = page.getByRole('dialog', { name: '工作人员登录' });
  await typePin(signIn, pin);
  await signIn.getByRole('button', { name: '登录' }).tap();
}
