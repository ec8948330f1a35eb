// A screen that reloads or crashes while main stays up starts a new visit without ending the old
// one: the old visit is abandoned, not wiped, so its filing draft comes back with the resume code
// or the ID card. Only session.reset (finish, start over, idle) wipes a visit; an abandoned one
// goes with the others after RESUME_HOURS.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../main/shared/dispatch';
import { RESUME_HOURS } from '../../../../main/services/filing/filing-drafts';
import { Database } from '../../../../main/services/storage/database';
import { DB_FILE } from '../../../../main/services/storage/open-storage';
import { manualClock, tempKiosk } from '../../support/temp-kiosk';

const ID_NUMBER = '440703198604120026';
const DRAFT = { step: 'elements', values: { applicant: { name: '李晓华' }, caseType: 'private_lending' } };

let kiosk: Awaited<ReturnType<typeof tempKiosk>>;
const clock = manualClock('2026-11-23T02:00:00.000Z');
const call = (method: string, input: unknown) => dispatch(kiosk.handlers, method, input, () => undefined) as Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
const value = async <T>(method: string, input: unknown): Promise<T> => {
  const result = await call(method, input);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value as T;
};
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
  await value('session.start', { language: 'zh-CN' });
  await value('draft.save', { flow: 'filing', data: DRAFT });
  const { code } = await value<{ code: string }>('filing.resumeCode', { idNumber: ID_NUMBER });
  await value('session.start', { language: 'zh-CN' });
  return code;
}

beforeEach(async () => (kiosk = await tempKiosk({ clock })));
afterEach(() => kiosk.dispose());

describe('a visit left by a reloaded screen', () => {
  it('keeps its draft through a new session.start, for the new visit to take up by code', async () => {
    const code = await abandonAVisit();
    expect(await count('drafts')).toBe(1);
    expect(await value('draft.load', { flow: 'filing' })).toMatchObject({ data: null });
    expect(await value('filing.resume', { code })).toEqual({ data: DRAFT });
    expect(await value('draft.load', { flow: 'filing' })).toMatchObject({ data: DRAFT });
  });

  it('is found by the ID number as well', async () => {
    await abandonAVisit();
    expect(await value('filing.resume', { idNumber: ID_NUMBER })).toEqual({ data: DRAFT });
  });

  it('survives the next visit\'s reset, and is wiped once RESUME_HOURS have passed', async () => {
    const code = await abandonAVisit();
    await value('session.reset', {});
    expect(await count('drafts')).toBe(1);
    clock.advance(RESUME_HOURS * 3_600_000 + 60_000);
    await value('session.start', { language: 'zh-CN' });
    await value('session.reset', {});
    expect(await count('drafts')).toBe(0);
    expect(await count('filing_resume')).toBe(0);
    await value('session.start', { language: 'zh-CN' });
    expect(await call('filing.resume', { code })).toMatchObject({ ok: false, error: { code: 'RESUME_NOT_FOUND' } });
  });

  it('is wiped by session.reset once taken up, like any visit that ends', async () => {
    const code = await abandonAVisit();
    await value('filing.resume', { code });
    await value('session.reset', {});
    expect(await count('drafts')).toBe(0);
    expect(await count('filing_resume')).toBe(0);
  });

  it('is not abandoned when it ends deliberately: a reset wipes it and no code finds it', async () => {
    await value('session.start', { language: 'zh-CN' });
    await value('draft.save', { flow: 'filing', data: DRAFT });
    const { code } = await value<{ code: string }>('filing.resumeCode', { idNumber: ID_NUMBER });
    await value('session.reset', {});
    await value('session.start', { language: 'zh-CN' });
    expect(await count('drafts')).toBe(0);
    expect(await call('filing.resume', { code })).toMatchObject({ ok: false, error: { code: 'RESUME_NOT_FOUND' } });
  });

  it('keeps an assisted visit\'s meaning: the helper is recorded on the new visit, not carried from the old', async () => {
    await abandonAVisit();
    const helper = { caller: { kind: 'staff' as const, staffId: 'h007', role: 'helper' as const, mustChangePin: false, token: 't' } };
    await kiosk.handlers['session.startAssisted']({ language: 'zh-CN' }, helper);
    expect(await value('draft.load', { flow: 'filing' })).toEqual({ data: null, provenance: {}, assistedBy: 'h007' });
    await value('session.start', { language: 'zh-CN' });
    expect(await value('draft.load', { flow: 'filing' })).toEqual({ data: null, provenance: {}, assistedBy: null });
  });
});
