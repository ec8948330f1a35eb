// A screen that reloads or crashes while main stays up starts a new visit without ending the old
// one: the old visit is abandoned, not wiped, so its filing draft comes back with the resume code
// or the ID card. Only session.reset (finish, start over, idle) wipes a visit; an abandoned one
// goes with the others after RESUME_HOURS.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RESUME_HOURS } from '../../../../main/services/filing/filing-drafts';
import { Database } from '../../../../main/services/storage/database';
import { DB_FILE } from '../../../../main/services/storage/open-storage';
import { manualClock, tempKiosk } from '../../support/temp-kiosk';
import { call, reply } from '../../support/contract-call';

const ID_NUMBER = '440703198604120026';
const DRAFT = { step: 'elements', values: { applicant: { name: '李晓华' }, caseType: 'private_lending' } };

let kiosk: Awaited<ReturnType<typeof tempKiosk>>;
const clock = manualClock('2026-11-23T02:00:00.000Z');
async function count(table: string): Promise<number> {
  const db = await Database.open(join(kiosk.dataDir, DB_FILE));
  try {
    return (await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))!.n;
  } finally {
    await db.close();
  }
}

/** A visit that filled part of a filing and got its resume code, then a screen reload: session.start with no reset. */
async function abandonAVisit(): Promise<string> {
  await call(kiosk, 'session.start', { language: 'zh-CN' });
  await call(kiosk, 'draft.save', { flow: 'filing', data: DRAFT });
  const { code } = await call(kiosk, 'filing.resumeCode', { idNumber: ID_NUMBER });
  await call(kiosk, 'session.start', { language: 'zh-CN' });
  return code;
}

beforeEach(async () => (kiosk = await tempKiosk({ clock })));
afterEach(() => kiosk.dispose());

describe('a visit left by a reloaded screen', () => {
  it('keeps its draft through a new session.start, for the new visit to take up by code', async () => {
    const code = await abandonAVisit();
    expect(await count('drafts')).toBe(1);
    expect(await call(kiosk, 'draft.load', { flow: 'filing' })).toMatchObject({ data: null });
    expect(await call(kiosk, 'filing.resume', { code })).toEqual({ data: DRAFT });
    expect(await call(kiosk, 'draft.load', { flow: 'filing' })).toMatchObject({ data: DRAFT });
  });

  it('is found by the ID number as well', async () => {
    await abandonAVisit();
    expect(await call(kiosk, 'filing.resume', { idNumber: ID_NUMBER })).toEqual({ data: DRAFT });
  });

  it("survives the next visit's reset, and is wiped once RESUME_HOURS have passed", async () => {
    const code = await abandonAVisit();
    await call(kiosk, 'session.reset', {});
    expect(await count('drafts')).toBe(1);
    clock.advance(RESUME_HOURS * 3_600_000 + 60_000);
    await call(kiosk, 'session.start', { language: 'zh-CN' });
    await call(kiosk, 'session.reset', {});
    expect(await count('drafts')).toBe(0);
    expect(await count('filing_resume')).toBe(0);
    await call(kiosk, 'session.start', { language: 'zh-CN' });
    expect(await reply(kiosk, 'filing.resume', { code })).toMatchObject({ ok: false, error: { code: 'RESUME_NOT_FOUND' } });
  });

  it('is wiped by session.reset once taken up, like any visit that ends', async () => {
    const code = await abandonAVisit();
    await call(kiosk, 'filing.resume', { code });
    await call(kiosk, 'session.reset', {});
    expect(await count('drafts')).toBe(0);
    expect(await count('filing_resume')).toBe(0);
  });

  it('is not abandoned when it ends deliberately: a reset wipes it and no code finds it', async () => {
    await call(kiosk, 'session.start', { language: 'zh-CN' });
    await call(kiosk, 'draft.save', { flow: 'filing', data: DRAFT });
    const { code } = await call(kiosk, 'filing.resumeCode', { idNumber: ID_NUMBER });
    await call(kiosk, 'session.reset', {});
    await call(kiosk, 'session.start', { language: 'zh-CN' });
    expect(await count('drafts')).toBe(0);
    expect(await reply(kiosk, 'filing.resume', { code })).toMatchObject({ ok: false, error: { code: 'RESUME_NOT_FOUND' } });
  });

  it("keeps an assisted visit's meaning: the helper is recorded on the new visit, not carried from the old", async () => {
    await abandonAVisit();
    const helper = { caller: { kind: 'staff' as const, staffId: 'h007', role: 'helper' as const, mustChangePin: false, token: 't' } };
    await kiosk.handlers['session.startAssisted']({ language: 'zh-CN' }, helper);
    expect(await call(kiosk, 'draft.load', { flow: 'filing' })).toEqual({ data: null, provenance: {}, assistedBy: 'h007' });
    await call(kiosk, 'session.start', { language: 'zh-CN' });
    expect(await call(kiosk, 'draft.load', { flow: 'filing' })).toEqual({ data: null, provenance: {}, assistedBy: null });
  });
});
