// The on-screen keypad's rules as a table: what each variant accepts key by key, how values are
// grouped on screen, and how an amount reads in 万/元 while it is typed.
import { describe, expect, it } from 'vitest';
import { displayValue, pressKey, readAmount, sanitizeTyped, type KeypadKey, type KeypadVariant } from '../../../renderer/src/components/numeric-entry';

const type = (variant: KeypadVariant, keys: KeypadKey[]) => keys.reduce((value, key) => pressKey(variant, value, key), '');
const keys = (text: string) => [...text] as KeypadKey[];

describe('pressKey', () => {
  it.each([
    ['idNumber', '11010519491231002X', '11010519491231002X', 'X only as the 18th character'],
    ['idNumber', '1X2', '12', 'an X before the end is refused'],
    ['idNumber', '1101051949123100201', '110105194912310020', '18 characters at most'],
    ['phone', '138001380001', '13800138000', '11 digits at most'],
    ['phone', '1X.3', '13', 'digits only'],
    ['amount', '150000', '150000', 'whole yuan'],
    ['amount', '1234.567', '1234.56', 'two decimals at most (fen)'],
    ['amount', '.5', '0.5', 'a leading point means 0.'],
    ['amount', '007', '7', 'leading zeros are dropped'],
    ['amount', '1.2.3', '1.23', 'one decimal point'],
    ['amount', 'X1', '1', 'no X in money'],
  ] as const)('%s: typing %s gives %s (%s)', (variant, typed, expected, _why) => {
    expect(type(variant, keys(typed))).toBe(expected);
  });

  it('deletes one character and clears all', () => {
    expect(pressKey('idNumber', '1101', 'backspace')).toBe('110');
    expect(pressKey('idNumber', '1101', 'clear')).toBe('');
    expect(pressKey('idNumber', '', 'backspace')).toBe('');
  });

  it('keeps what a hardware keyboard or paste types to what the variant takes', () => {
    expect(sanitizeTyped('idNumber', '110105 19491231 002x')).toBe('11010519491231002X');
    expect(sanitizeTyped('amount', '150,000.00')).toBe('150000.00');
  });
});

describe('displayValue', () => {
  it.each([
    ['idNumber', '11010519491231002X', '110105 19491231 002X'],
    ['idNumber', '1101051949', '110105 1949'],
    ['phone', '13800138000', '138 0013 8000'],
    ['amount', '1500000.5', '1,500,000.5'],
    ['amount', '999', '999'],
  ] as const)('%s %s shows as %s', (variant, value, shown) => {
    expect(displayValue(variant, value)).toBe(shown);
  });
});

describe('readAmount', () => {
  const units = { yi: '亿', wan: '万', yuan: '元' };
  it.each([
    ['150000', '15 万元', '150,000'],
    ['123456.78', '12 万 3456.78 元', '123,456.78'],
    ['3456.50', '3456.5 元', '3,456.5'],
    ['0.5', '0.5 元', '0.5'],
    ['100005', '10 万 5 元', '100,005'],
    ['100000000', '1 亿元', '100,000,000'],
    ['120000000', '1 亿 2000 万元', '120,000,000'],
    ['1200003000', '12 亿 3000 元', '1,200,003,000'],
  ])('%s reads %s', (value, chinese, grouped) => {
    expect(readAmount(value, units)).toEqual({ chinese, grouped });
  });

  it('has nothing to read before a digit', () => {
    expect(readAmount('', units)).toBeNull();
  });
});
