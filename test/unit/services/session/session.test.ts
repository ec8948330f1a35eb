// A visit's drafts live only as long as the visit: a reset leaves nothing behind, and a new start
// shows nothing of the visit before it (which it leaves abandoned: session-abandoned.test.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../main/shared/dispatch';
import { MAX_DRAFT_BYTES } from '../../../../main/services/session/session-service';
import { tempKiosk } from '../../support/temp-kiosk';
import { rawReply, reply } from '../../support/contract-call';

let kiosk: Awaited<ReturnType<typeof tempKiosk>>;
beforeEach(async () => (kiosk = await tempKiosk()));
afterEach(() => kiosk.dispose());

describe('sessions and drafts', () => {
  it('keeps a draft within the visit and wipes it at reset', async () => {
    await reply(kiosk, 'session.start', { language: 'zh-CN' });
    await reply(kiosk, 'draft.save', { flow: 'filing', data: { name: '张建国', id: '11010519491231002X' } });
    expect(await reply(kiosk, 'draft.load', { flow: 'filing' })).toMatchObject({ ok: true, value: { data: { name: '张建国', id: '11010519491231002X' } } });
    expect(await reply(kiosk, 'session.reset', {})).toEqual({ ok: true, value: { wiped: 1 } });
    await reply(kiosk, 'session.start', { language: 'zh-CN' });
    expect(await reply(kiosk, 'draft.load', { flow: 'filing' })).toEqual({ ok: true, value: { data: null, provenance: {}, assistedBy: null } });
  });

  it('shows a new visit nothing of the one before, even when that one was never reset', async () => {
    await reply(kiosk, 'session.start', { language: 'en' });
    await reply(kiosk, 'draft.save', { flow: 'filing', data: { name: 'Zhang' } });
    await reply(kiosk, 'session.start', { language: 'en' });
    expect(await reply(kiosk, 'draft.load', { flow: 'filing' })).toEqual({ ok: true, value: { data: null, provenance: {}, assistedBy: null } });
  });

  it('refuses drafts outside a visit and drafts that are too large', async () => {
    expect(await reply(kiosk, 'draft.save', { flow: 'filing', data: {} })).toMatchObject({
      ok: false,
      error: { code: 'NO_SESSION', messageKey: 'errors.session.none' },
    });
    await reply(kiosk, 'session.start', { language: 'zh-CN' });
    const huge = { text: 'x'.repeat(MAX_DRAFT_BYTES) };
    expect(await reply(kiosk, 'draft.save', { flow: 'filing', data: huge })).toMatchObject({ ok: false, error: { code: 'DRAFT_TOO_LARGE' } });
    expect(await reply(kiosk, 'draft.load', { flow: 'filing' })).toEqual({ ok: true, value: { data: null, provenance: {}, assistedBy: null } });
  });

  it('records a call for a helper with this terminal id', async () => {
    const first = await reply(kiosk, 'helper.call', {});
    const second = await reply(kiosk, 'helper.call', {});
    expect(first).toMatchObject({ ok: true, value: { callId: 1 } });
    expect(second).toMatchObject({ ok: true, value: { callId: 2 } });
  });
});

describe('dispatch', () => {
  it.each([
    ['an unknown method', 'filing.hack', {}, 'UNKNOWN_METHOD'],
    ['a missing field', 'session.start', {}, 'INVALID_INPUT'],
    ['an extra field', 'app.info', { admin: true }, 'INVALID_INPUT'],
    ['a wrong type', 'draft.save', { flow: 'filing', data: 'text' }, 'INVALID_INPUT'],
    ['a flow name that is not an identifier', 'draft.load', { flow: '../etc' }, 'INVALID_INPUT'],
    ['a non-object input', 'config.set', 'patch', 'INVALID_INPUT'],
  ])('refuses %s with a stable code', async (_, method, input, code) => {
    const result = await rawReply(kiosk, method, input);
    expect(result).toMatchObject({ ok: false, error: { code } });
  });

  it('turns an unexpected failure into INTERNAL without leaking its message, and logs it', async () => {
    const logged: string[] = [];
    const handlers = { ...kiosk.handlers, 'app.info': () => Promise.reject(new Error('SQLITE_CORRUPT: secret detail')) };
    const result = await dispatch(handlers, 'app.info', {}, (message, context) => logged.push(message + JSON.stringify(context)));
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', messageKey: 'errors.internal' } });
    expect(logged.join()).toContain('secret detail');
  });
});
