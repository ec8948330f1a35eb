// Printing a mediation request: the receipt on the roll and the application on A4, in the asked
// language, from what was submitted — and nothing once retention has purged the personal data.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { purgeDelivered } from '../../../../main/services/outbox/retention';
import { Database } from '../../../../main/services/storage/database';
import { DB_FILE } from '../../../../main/services/storage/open-storage';
import type { MethodInput, PrintJob } from '../../../../contract';
import { pdfText } from '../../support/pdf-tools';
import { manualClock, tempKiosk } from '../../support/temp-kiosk';
import { reply } from '../../support/contract-call';

let kiosk: Awaited<ReturnType<typeof tempKiosk>>;
afterEach(() => kiosk.dispose());

const REQUEST = {
  caseType: 'property_service',
  organisationId: 'property-mediation',
  mode: 'online',
  preferredTimes: [
    { date: '2026-11-25', part: 'morning' },
    { date: '2026-11-26', part: 'afternoon' },
  ],
  applicant: { name: '张建国', phone: '13800138000' },
  respondent: { name: '示范物业管理有限公司', phone: null },
  description: '物业公司要求补交 2024 年全年物业费，但小区电梯长期故障未修。',
} satisfies MethodInput<'mediation.submit'>;

async function submitted(): Promise<{ requestId: string; receiptNo: string }> {
  const result = await reply(kiosk, 'mediation.submit', REQUEST);
  if (!result.ok) throw new Error(result.error.code);
  return result.value as { requestId: string; receiptNo: string };
}

async function printJobs(requestId: string, language: string): Promise<PrintJob[]> {
  const printed = await reply(kiosk, 'print.mediation', { requestId, language });
  if (!printed.ok) throw new Error(printed.error.code);
  return (printed.value as { jobs: PrintJob[] }).jobs;
}

const printedText = async (job: PrintJob) => {
  const folder = join(kiosk.dataDir, 'printed');
  return pdfText(
    readFileSync(
      join(
        folder,
        readdirSync(folder).find((name) => name.startsWith(`${job.id}-`))!,
      ),
    ),
  );
};

describe('print.mediation', () => {
  it('prints the receipt and the application of the request, with what the litigant entered', async () => {
    kiosk = await tempKiosk({ clock: manualClock('2026-11-23T02:00:00.000Z') });
    const { requestId, receiptNo } = await submitted();
    const jobs = await printJobs(requestId, 'zh-CN');
    expect(jobs.map((job) => [job.kind, job.documentNo])).toEqual([
      ['mediation-receipt', receiptNo],
      ['mediation-application', receiptNo],
    ]);
    await kiosk.printing.idle();
    const receipt = (await printedText(jobs[0]!)).replace(/\s+/g, '');
    for (const text of [
      receiptNo,
      '张建国',
      '示范物业管理有限公司',
      '物业服务合同纠纷',
      '市物业纠纷人民调解委员会',
      '线上视频调解',
      '2026年11月25日上午；2026年11月26日下午',
    ])
      expect(receipt).toContain(text);
    const application = (await printedText(jobs[1]!)).replace(/\s+/g, '');
    for (const text of ['调解申请书', '13800138000', '电梯长期故障未修', '示范市人民法院']) expect(application).toContain(text);
  });

  it('prints in English when asked', async () => {
    kiosk = await tempKiosk({ clock: manualClock('2026-11-23T02:00:00.000Z') });
    const { requestId } = await submitted();
    const jobs = await printJobs(requestId, 'en');
    await kiosk.printing.idle();
    const receipt = await printedText(jobs[0]!);
    for (const text of ['Mediation Application Receipt', 'Property management fees', 'Online (video)', 'morning']) expect(receipt).toContain(text);
  });

  it('refuses an unknown request, and a request whose personal data retention has purged', async () => {
    const clock = manualClock('2026-11-23T02:00:00.000Z');
    kiosk = await tempKiosk({ clock });
    expect(await reply(kiosk, 'print.mediation', { requestId: '5d0c1ea4-5e8b-4d7c-9a43-3d1f0c5b2a10', language: 'zh-CN' })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_REQUEST' },
    });
    const { requestId } = await submitted();
    await kiosk.sync.syncOnce();
    clock.advance(40 * 24 * 3600_000);
    const db = await Database.open(join(kiosk.dataDir, DB_FILE));
    await purgeDelivered(db, clock, 30);
    await db.close();
    expect(await reply(kiosk, 'print.mediation', { requestId, language: 'zh-CN' })).toMatchObject({
      ok: false,
      error: { code: 'REQUEST_PURGED', messageKey: 'mediation.errors.requestPurged' },
    });
    expect(await kiosk.printing.jobs('recent')).toEqual([]);
  });
});
