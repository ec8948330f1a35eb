// Terminal config through the contract: defaults, validated changes, and refusals that change nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventName } from '../../../../contract';
import { tempKiosk } from '../../support/temp-kiosk';
import { reply } from '../../support/contract-call';

let kiosk: Awaited<ReturnType<typeof tempKiosk>>;
beforeEach(async () => (kiosk = await tempKiosk()));
afterEach(() => kiosk.dispose());

describe('config', () => {
  it('starts from the defaults in resources/', async () => {
    const got = await reply(kiosk, 'config.get', {});
    expect(got).toMatchObject({ ok: true, value: { defaultLanguage: 'zh-CN', idle: { timeoutSeconds: 90, countdownSeconds: 20 } } });
  });

  it('merges a change, keeps it across a restart of the services, and announces it', async () => {
    const seen: EventName[] = [];
    kiosk.events.subscribe((event) => seen.push(event));
    const set = await reply(kiosk, 'config.set', { patch: { idle: { timeoutSeconds: 30 }, languages: ['zh-CN'] } });
    expect(set).toMatchObject({ ok: true, value: { idle: { timeoutSeconds: 30, countdownSeconds: 20 }, languages: ['zh-CN'] } });
    expect(seen).toEqual(['config.changed']);
    expect(await reply(kiosk, 'config.get', {})).toEqual(set);
  });

  it.each([
    ['idle.timeoutSeconds', { idle: { timeoutSeconds: 5 } }],
    ['idle.timeoutSeconds', { idle: { timeoutSeconds: '90' } }],
    ['defaultLanguage', { defaultLanguage: 'en', languages: ['zh-CN'] }],
    ['court.code', { court: { code: 'Guangdong' } }],
    ['courtEndpoint.url', { courtEndpoint: { url: 'ftp://court.example' } }],
    ['services.filing', { services: { filing: 'yes' } }],
    ['colour', { colour: 'red' }],
    // Names every object inherits are no setting (a "__proto__" key is refused before any handler: contract/prototype-keys.test.ts).
    ['constructor', { constructor: {} }],
    ['toString', { toString: 1 }],
  ])('refuses an invalid %s, naming it, and saves nothing', async (field, patch) => {
    const before = await reply(kiosk, 'config.get', {});
    const seen: EventName[] = [];
    kiosk.events.subscribe((event) => seen.push(event));
    const result = await reply(kiosk, 'config.set', { patch });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFIG_INVALID', messageKey: 'errors.config.invalid', details: { field } } });
    expect(await reply(kiosk, 'config.get', {})).toEqual(before);
    expect(seen).toEqual([]);
  });

  it('reports the court system in use: demo until an endpoint is configured', async () => {
    expect(await reply(kiosk, 'app.info', {})).toMatchObject({ ok: true, value: { court: 'demo', shell: 'browser' } });
    await reply(kiosk, 'config.set', { patch: { courtEndpoint: { url: 'https://court.example/api' } } });
    expect(await reply(kiosk, 'app.info', {})).toMatchObject({ ok: true, value: { court: 'http' } });
  });
});
