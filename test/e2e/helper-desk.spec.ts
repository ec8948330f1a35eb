// The helper desk in Chromium: a helper signs in with the hidden press and sees what needs a
// person — a submission the court turned down, with the court's reason, and a ticket that did not
// print — reprints the ticket once the printer is back, and reaches the queue controls.
import { rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { checkScreen, expect, openKiosk, test } from './fixtures';
import { provisionAdmin, signInOnScreen, staffApi, typePin } from './staff-steps';

// Long flows (sign-in, PIN change, several screens) on a shared 2-core machine: three times the usual limit.
test.slow();

const REASON = '被申请人住址不详，请补充后重新提交';

/** A court that answers every submission with a final "rejected" and a reason (court/README.md). */
async function rejectingCourt(): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const { submissions } = JSON.parse(body || '{"submissions":[]}') as { submissions: { key: string }[] };
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ results: submissions.map((s) => ({ key: s.key, status: 'rejected', reason: REASON })) }));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/kiosk/v1/`, server };
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test('a helper sees a turned-down submission with its reason and a failed print, and reprints it', async ({ page, kiosk }) => {
  const court = await rejectingCourt();
  try {
    const admin = await provisionAdmin(kiosk);
    expect(await staffApi(kiosk, admin, 'config.set', { patch: { courtEndpoint: { url: court.url, timeoutMs: 2000 } } })).toMatchObject({ ok: true });
    expect(await staffApi(kiosk, admin, 'staff.add', { staffId: 'li-ming', name: '李明', role: 'helper', pin: '802461' })).toMatchObject({ ok: true });

    const receipt = await kiosk.api('mediation.submit', {
      caseType: 'property_service',
      organisationId: 'property-mediation',
      mode: 'online',
      preferredTimes: [{ date: inDays(3), part: 'morning' }],
      applicant: { name: '张建国', phone: '13800138000' },
      respondent: { name: '示范物业管理有限公司', phone: null },
      description: '物业公司要求补交 2024 年全年物业费，但小区电梯长期故障未修。',
    });
    if (!receipt.ok) throw new Error(receipt.error.code);
    await expect.poll(async () => (await kiosk.query<{ state: string }>('SELECT state FROM outbox'))[0]?.state, { timeout: 15_000 }).toBe('rejected');

    // The print folder blocked by a file: the ticket's print job fails as a jammed printer would.
    const printed = join(kiosk.dataDir, 'printed');
    writeFileSync(printed, 'not a folder');
    const ticket = await kiosk.api('queue.take', { service: 'enquiry', priority: false, language: 'zh-CN' });
    expect(ticket.ok).toBe(true);
    await expect.poll(async () => (await kiosk.query<{ state: string }>('SELECT state FROM print_jobs'))[0]?.state).toBe('failed');

    await page.clock.install();
    await openKiosk(page, kiosk);
    await signInOnScreen(page, '李明', '802461');
    const newPin = page.getByRole('dialog', { name: '请设置新密码' });
    await typePin(newPin, '790314');
    await newPin.getByRole('button', { name: '确定' }).click();
    const again = page.getByRole('dialog', { name: '请再输入一次新密码' });
    await typePin(again, '790314');
    await again.getByRole('button', { name: '确定' }).click();

    await page.getByRole('button', { name: '帮办服务台' }).click();
    await expect(page.getByRole('tab', { name: '待处理事项（2）' })).toHaveAttribute('aria-selected', 'true');
    const row = page.locator(`[data-receipt="${receipt.value.receiptNo}"]`);
    await expect(row).toContainText('诉前调解');
    await expect(row).toContainText('被退回');
    await expect(row).toContainText(REASON);
    const job = page.locator('[data-print-job]');
    await expect(job).toContainText('打印出错');
    await checkScreen(page, 'helper-desk-attention-zh');

    rmSync(printed);
    await job.getByRole('button', { name: '重新打印' }).click();
    await expect(page.getByText('没有打印失败的文书。')).toBeVisible();
    await expect
      .poll(async () => (await kiosk.query<{ state: string; attempts: number }>('SELECT state, attempts FROM print_jobs'))[0])
      .toEqual({ state: 'done', attempts: 2 });
    await expect(page.getByRole('tab', { name: '待处理事项（1）' })).toBeVisible();
    // Every reprint is on the record with the helper who asked for it.
    expect((await kiosk.query<{ n: number }>("SELECT COUNT(*) AS n FROM audit_log WHERE actor = 'li-ming' AND action = 'print.reprint'"))[0]?.n).toBe(1);

    await page.getByRole('tab', { name: '叫号' }).click();
    await page.getByRole('button', { name: '叫下一位' }).click();
    await expect(page.locator('[data-ticket]')).toHaveAttribute('data-ticket', /^[A-Z]\d{3}$/);
    await checkScreen(page, 'helper-desk-queue-zh');
  } finally {
    await new Promise((done) => court.server.close(done));
  }
});
