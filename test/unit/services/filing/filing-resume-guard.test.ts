// Resume codes are short: wrong codes and ID cards are counted, and 5 in a row stop resuming on
// this terminal for 5 minutes, through a restart; a right one clears the count.
import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RESUME_GUARD } from '../../../../main/services/filing/filing-drafts';
import { manualClock, tempDir, tempKiosk } from '../../support/temp-kiosk';
import { call, reply } from '../../support/contract-call';

const ID_NUMBER = '440703198604120026';
const OTHER_ID = '440703197909300031';
const DRAFT = { step: 'parties', values: { caseType: 'private_lending' } };

let kiosk: Awaited<ReturnType<typeof tempKiosk>>;
let data: ReturnType<typeof tempDir>;
const clock = manualClock('2026-11-23T02:00:00.000Z');

beforeEach(async () => {
  data = tempDir();
  kiosk = await tempKiosk({ clock, dataDir: data.dir });
});
afterEach(async () => {
  await kiosk.close();
  rmSync(data.dir, { recursive: true, force: true });
});

/** A visit with a filing draft left by a reloaded screen; returns its code. */
async function leaveADraft(): Promise<string> {
  await reply(kiosk, 'session.start', { language: 'zh-CN' });
  await reply(kiosk, 'draft.save', { flow: 'filing', data: DRAFT });
  const { code } = await call(kiosk, 'filing.resumeCode', { idNumber: ID_NUMBER });
  await reply(kiosk, 'session.start', { language: 'zh-CN' });
  return code;
}

const wrongCode = (code: string) => (code === '222222' ? '333333' : '222222');

describe('guessing resume codes', () => {
  it('refuses resuming for 5 minutes after 5 wrong tries, says how long, and a restart does not lift it', async () => {
    const code = await leaveADraft();
    for (let left = RESUME_GUARD.maxWrong - 1; left >= 1; left--) {
      const query = left % 2 === 0 ? { code: wrongCode(code) } : { idNumber: OTHER_ID };
      expect(await reply(kiosk, 'filing.resume', query)).toMatchObject({ ok: false, error: { code: 'RESUME_NOT_FOUND', details: { triesLeft: left } } });
    }
    expect(await reply(kiosk, 'filing.resume', { code: wrongCode(code) })).toMatchObject({
      ok: false,
      error: { code: 'RESUME_LOCKED', messageKey: 'complaint.errors.resumeLocked', details: { minutes: 5 } },
    });
    // Locked: even the right code waits.
    expect(await reply(kiosk, 'filing.resume', { code })).toMatchObject({ ok: false, error: { code: 'RESUME_LOCKED' } });

    await kiosk.close();
    clock.advance(2 * 60_000);
    kiosk = await tempKiosk({ clock, dataDir: data.dir });
    await reply(kiosk, 'session.start', { language: 'zh-CN' });
    expect(await reply(kiosk, 'filing.resume', { code })).toMatchObject({ ok: false, error: { code: 'RESUME_LOCKED', details: { minutes: 3 } } });

    clock.advance(3 * 60_000);
    expect(await reply(kiosk, 'filing.resume', { code })).toEqual({ ok: true, value: { data: DRAFT } });
  });

  it('starts the count again after a right code', async () => {
    const code = await leaveADraft();
    for (let i = 1; i < RESUME_GUARD.maxWrong; i++) await reply(kiosk, 'filing.resume', { code: wrongCode(code) });
    expect(await reply(kiosk, 'filing.resume', { code })).toMatchObject({ ok: true });

    await leaveADraft();
    expect(await reply(kiosk, 'filing.resume', { code: wrongCode(code) })).toMatchObject({
      ok: false,
      error: { code: 'RESUME_NOT_FOUND', details: { triesLeft: RESUME_GUARD.maxWrong - 1 } },
    });
  });

  it('counts guesses fired together one by one', async () => {
    const code = await leaveADraft();
    const results = await Promise.all(Array.from({ length: 8 }, () => reply(kiosk, 'filing.resume', { code: wrongCode(code) })));
    expect(results.map((r) => (r.ok ? undefined : r.error.code))).toEqual([
      ...Array<string>(4).fill('RESUME_NOT_FOUND'),
      ...Array<string>(4).fill('RESUME_LOCKED'),
    ]);
  });
});
