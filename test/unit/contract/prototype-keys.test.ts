// A "__proto__" key in a call's input (JSON.parse makes it a plain key) is refused before any handler
// runs: zod copies a record's keys by assignment, so the handler got an object with that value as its
// prototype (found by test/unit/shells/hostile-input.test.ts, issue #15).
import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../../main/services/handler-table';
import { OPERATOR } from '../../../main/services/staff/caller';
import { dispatch, protoKeyPath } from '../../../main/shared/dispatch';

const untouchable = new Proxy({} as Handlers, {
  get: () => () => {
    throw new Error('a handler ran');
  },
});

describe('a __proto__ key in a call', () => {
  it.each([
    ['config.set', '{"patch": {"__proto__": {"services": {"payment": false}}}}', 'patch.__proto__'],
    ['draft.save', '{"flow": "filing", "data": {"parties": [{"__proto__": {"isAdmin": true}}]}}', 'data.parties.0.__proto__'],
    ['app.info', '{"__proto__": {}}', '__proto__'],
  ])('is refused in %s, naming where it was', async (method, body, field) => {
    const envelope = await dispatch(untouchable, method, JSON.parse(body), () => {}, OPERATOR);
    expect(envelope).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', messageKey: 'errors.invalidInput', details: { field, problem: 'a key named __proto__' } },
    });
  });

  it('is found however deep, without recursion', () => {
    const deep = `${'{"a":'.repeat(30_000)}{"__proto__": 1}${'}'.repeat(30_000)}`;
    expect(protoKeyPath(JSON.parse(deep))?.split('.')).toHaveLength(30_001);
    expect(protoKeyPath(JSON.parse(`${'['.repeat(30_000)}${']'.repeat(30_000)}`))).toBeNull();
    expect(protoKeyPath({ constructor: { prototype: 1 }, text: '__proto__' })).toBeNull();
  });
});
