// The one-page instructions a court hands a new helper, printed by the terminal itself from its own
// settings: court, terminal id, the services it offers, the staff time-out it applies, its admins.
// One A4 page in both languages, even with the most the guide lists; staff only.
import { describe, expect, it, vi } from 'vitest';
import { pdfInfo, pdfText } from '../../support/pdf-tools';
import { staffKioskPerTest } from '../../support/staff-kiosk';

// Every sign-in and PIN change runs scrypt on purpose; on a busy 2-core machine a dozen take tens of seconds.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const { staff, call, value, printed } = staffKioskPerTest();

describe('print.helperGuide', () => {
  it('is refused to a litigant', async () => {
    expect(await call('print.helperGuide', { language: 'zh-CN' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('prints one page per language from this terminal’s settings, with the steps a new helper needs', async () => {
    const court = {
      name: { 'zh-CN': '广东省示范市江海区人民法院', en: 'People’s Court of Jianghai District, Demonstration City, Guangdong Province' },
      code: '粤0704',
    };
    const services = { risk: true, filing: true, fees: false, mediation: true, status: true, queue: true };
    await value('config.set', { patch: { terminalId: 'KIOSK-07', court, services, idle: { timeoutSeconds: 120, countdownSeconds: 20 } } }, staff.admin);
    // The most administrators the guide lists, with long names.
    for (const [staffId, name, pin] of [
      ['a02', '欧阳建华', '581937'],
      ['a03', 'Alexandra Montgomery-Whitfield', '604728'],
    ] as const) {
      await value('staff.add', { staffId, name, role: 'admin', pin }, staff.admin);
    }

    const zh = await value('print.helperGuide', { language: 'zh-CN' }, staff.helper);
    expect(zh).toMatchObject({ kind: 'helper-guide', documentNo: 'KIOSK-07-BB-20261123' });
    const zhPdf = await printed(zh);
    expect((await pdfInfo(zhPdf)).Pages).toBe('1');
    const zhText = (await pdfText(zhPdf)).replace(/\s+/g, '');
    for (const expected of [
      '广东省示范市江海区人民法院',
      '帮办人员工作指引',
      'KIOSK-07',
      '网上立案',
      '诉前调解',
      '按住3秒',
      '60秒无人操作',
      '帮群众办理',
      '交给群众',
      '重新打印',
      '向支付终端核对',
      '叫下一位',
      '清除本次草稿',
      '欧阳建华',
      'Alexandra',
    ]) {
      expect(zhText).toContain(expected);
    }
    // The fee desk is switched off here: the guide does not offer it.
    expect(zhText).not.toContain('诉讼费交纳');

    const en = await value('print.helperGuide', { language: 'en' }, staff.admin);
    const enPdf = await printed(en);
    expect((await pdfInfo(enPdf)).Pages).toBe('1');
    const enText = (await pdfText(enPdf)).replace(/\s+/g, ' ');
    for (const expected of [
      'Instructions for Helpers',
      'Jianghai District',
      'KIOSK-07',
      'case filing',
      '3 seconds',
      '60 seconds',
      'Assist a litigant',
      'Reprint',
      'Check with the payment terminal',
      'End assistance',
      'wipe its drafts',
      'Montgomery',
    ]) {
      expect(enText).toContain(expected);
    }
    expect(enText).not.toContain('fee payment');
  });
});
