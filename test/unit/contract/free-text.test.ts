import { describe, expect, it } from 'vitest';
import { methods } from '../../../contract';
import { FreeText as SharedFreeText } from '../../../contract/shapes';
import { dispatch } from '../../../main/shared/dispatch';
import type { Handlers } from '../../../main/services/handler-table';

const name = SharedFreeText(40, { min: 1 });
const facts = SharedFreeText(2000, { multiLine: true });

describe('FreeText (issue #15 item 8)', () => {
  it('stores one spelling of a name: NFC and trimmed', () => {
    expect(name.parse('  Jose\u0301 ')).toBe('José');
  });

  it.each([
    ['NUL', 'a\u0000b'],
    ['a right-to-left override', '\u202e张三'],
    ['a bidi isolate', '李\u2066四\u2069'],
    ['a line break in a name', '王\n五'],
    ['an escape', '赵\u001b[31m六'],
    ['DEL', 'x\u007f'],
    ['a C1 control', 'x\u0085'],
  ])('refuses %s with errors.textControl', (_what, text) => {
    const result = name.safeParse(text);
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.code).toBe('custom');
    expect((issue as { params?: { messageKey?: string } }).params?.messageKey).toBe('errors.textControl');
  });

  it('lets facts keep their line breaks and tabs, but not overrides', () => {
    expect(facts.parse('第一段\n\t第二段')).toBe('第一段\n\t第二段');
    expect(facts.safeParse('第一段\u202e').success).toBe(false);
    expect(facts.safeParse('第一段\u0000').success).toBe(false);
  });

  it('names the field and the translated message when a contract call carries one', async () => {
    expect(methods['staff.add']).toBeDefined();
    const envelope = await dispatch({} as Handlers, 'staff.add', { staffId: 'ab', name: '\u202eevil', role: 'helper', pin: '123456' }, () => {});
    expect(envelope).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', messageKey: 'errors.textControl', details: { field: 'name', problem: 'control or bidi-control character' } },
    });
  });
});
