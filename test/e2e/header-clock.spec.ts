// The header's clock shows the court's time, as the papers print it, whatever zone the machine is set to.
import { expect, openKiosk, test } from './fixtures';

// A kiosk PC left on UTC, in a court at UTC+8: 2026-03-01 17:30 UTC is 2 March, 01:30 at the court.
test.use({ timezoneId: 'UTC' });

test("shows the court's date and time, not the machine's", async ({ page, kiosk }) => {
  await page.clock.setFixedTime(new Date('2026-03-01T17:30:00Z'));
  await openKiosk(page, kiosk);
  const clock = page.locator('.header-clock');
  await expect(clock.locator('.header-clock__time')).toHaveText('01:30');
  await expect(clock.locator('.header-clock__date')).toContainText('3月2日');
});
