// The countries a party's 国籍 is picked from (contract/countries.data.ts): ISO 3166-1 alpha-2 codes,
// 中国 first, no Hong Kong, Macao or Taiwan (their residents are Chinese nationals), and the letter each
// is found under on the picker.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, countryInitial, countryName, countryOfAlpha3, Nationality } from '../../../contract';

describe('countries (ISO 3166-1 alpha-2)', () => {
  it('lists each code once, 中国 first, without Hong Kong, Macao, Taiwan or uninhabited areas', () => {
    const codes = COUNTRIES.map(([code]) => code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes[0]).toBe('CN');
    for (const code of ['HK', 'MO', 'TW', 'AQ', 'BV']) expect(codes).not.toContain(code);
    for (const [code, , , initial] of COUNTRIES) {
      expect(code).toMatch(/^[A-Z]{2}$/);
      expect(initial).toMatch(/^[A-Z]$/);
    }
    expect(Nationality.safeParse('HK').success).toBe(false);
  });

  it.each([
    ['CN', 'zh-CN', '中国', 'Z'],
    ['AU', 'zh-CN', '澳大利亚', 'A'],
    ['KP', 'zh-CN', '朝鲜', 'C'], // 朝 read chao here, not zhao
    ['PS', 'zh-CN', '巴勒斯坦', 'B'], // as China writes it
    ['US', 'en', 'United States', 'U'],
    ['AX', 'en', 'Åland Islands', 'A'], // found under A, not Å
  ])('%s in %s is %s, under %s', (code, language, name, initial) => {
    expect(countryName(code, language)).toBe(name);
    expect(countryInitial(code, language)).toBe(initial);
  });

  it('gives each country its own alpha-3 code, which leads back to it', () => {
    const alpha3 = COUNTRIES.map((country) => country[4]);
    expect(new Set(alpha3).size).toBe(alpha3.length);
    for (const [code, , , , letters] of COUNTRIES) {
      expect(letters).toMatch(/^[A-Z]{3}$/);
      expect(countryOfAlpha3(letters)).toBe(code);
    }
    expect([countryOfAlpha3('USA'), countryOfAlpha3('DEU'), countryOfAlpha3('KOR'), countryOfAlpha3('HKG')]).toEqual(['US', 'DE', 'KR', null]);
  });
});
