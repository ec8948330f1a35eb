// The small rules under staff sign-in and the audit chain, as tables: which PINs are too easy to
// guess, that a stored PIN verifies only itself, and that an entry hashes the same whatever the key order.
import { describe, expect, it } from 'vitest';
import { entryHash, GENESIS_HASH } from '../../../../main/services/audit/audit-log';
import { canonicalJson } from '../../../../main/services/audit/canonical-json';
import { redactPins } from '../../../../main/services/audit/audit-calls';
import { isGuessablePin } from '../../../../contract';
import { hashPin, verifyPin } from '../../../../main/services/staff/pin-hash';

describe('guessable PINs', () => {
  it.each([
    ['000000', true, 'one digit repeated'],
    ['777777777', true, 'one digit repeated'],
    ['123456', true, 'a run up'],
    ['789012', true, 'a run up past 9'],
    ['987654', true, 'a run down'],
    ['210987', true, 'a run down past 0'],
    ['730155', false, 'no pattern'],
    ['135791', false, 'steps of 2 are not offered first'],
    ['112233', false, 'pairs'],
  ])('%s → %s (%s)', (pin, guessable) => {
    expect(isGuessablePin(pin)).toBe(guessable);
  });
});

describe('PIN hashes', () => {
  it('verify the PIN they were made from and nothing else; a malformed hash never matches', async () => {
    const stored = await hashPin('730155');
    expect(await verifyPin('730155', stored)).toBe(true);
    expect(await verifyPin('730156', stored)).toBe(false);
    expect(await verifyPin('', stored)).toBe(false);
    expect(await verifyPin('730155', 'plain$730155')).toBe(false);
    expect(await hashPin('730155')).not.toBe(stored);
  });
});

describe('canonical JSON and the entry hash', () => {
  it('spells an object one way whatever its key order, leaving out undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'x', null], c: true }, u: undefined })).toBe('{"a":{"c":true,"d":[1,"x",null]},"b":1}');
    expect(canonicalJson({ a: { c: true, d: [1, 'x', null] }, b: 1 })).toBe(canonicalJson({ b: 1, a: { d: [1, 'x', null], c: true } }));
  });

  it('changes with any field of the entry and with the previous hash', () => {
    const entry = { id: 1, at: '2026-11-23T09:00:00.000Z', actor: 'admin', action: 'config.set', details: { after: { idle: 120 } } };
    const hash = entryHash(GENESIS_HASH, entry);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(entryHash(GENESIS_HASH, { ...entry, details: { after: { idle: 120 } } })).toBe(hash);
    for (const changed of [
      { ...entry, id: 2 },
      { ...entry, actor: 'h01' },
      { ...entry, action: 'config.get' },
      { ...entry, at: '2026-11-23T09:00:01.000Z' },
      { ...entry, details: { after: { idle: 90 } } },
    ]) {
      expect(entryHash(GENESIS_HASH, changed)).not.toBe(hash);
    }
    expect(entryHash('f'.repeat(64), entry)).not.toBe(hash);
  });

  it('redacts every field named like a PIN, however deep', () => {
    expect(redactPins({ staffId: 'h01', pin: '482913', nested: { currentPin: '1', newPIN: '2', list: [1, { pin: '3' }] } })).toEqual({
      staffId: 'h01',
      pin: '***',
      nested: { currentPin: '***', newPIN: '***', list: [1, { pin: '***' }] },
    });
  });
});
