// The pinyin input method against the real dictionary the build generates (jieba's words, pinyin-pro's
// readings, the court's own vocabulary): a table of what a litigant types in which field and what
// must come first, then whole-input conversion with partial picks, numbers, segmentation, follow-on
// words, and learning within a visit that the wipe forgets.
import { beforeAll, describe, expect, it } from 'vitest';
import type { FieldContent } from '../../../renderer/src/keyboard/field-words.data';
import { buildImeData, type ImeData } from '../../../renderer/src/keyboard/generate/dictionary';
import { segment } from '../../../renderer/src/keyboard/generate/court-words';
import { PinyinDictionary } from '../../../renderer/src/keyboard/ime';
import { numeralText } from '../../../renderer/src/keyboard/numerals';
import { Ranking, VisitVocabulary } from '../../../renderer/src/keyboard/ranking';

let data: ImeData;
let dictionary: PinyinDictionary;
// Generating the dictionary takes a second or two, longer on a busy machine.
beforeAll(() => {
  data = buildImeData();
  dictionary = PinyinDictionary.parse(data.dictionary);
}, 60_000);

const candidates = (input: string, field: FieldContent = 'text', visit: VisitVocabulary | null = null) =>
  dictionary.candidates(input, Ranking.forField(data.fieldWords, field, visit));
const texts = (input: string, field: FieldContent = 'text', visit: VisitVocabulary | null = null) =>
  candidates(input, field, visit).map((candidate) => candidate.text);

describe('candidates for typed pinyin', () => {
  // input, field → what must be among the first `within` candidates (first: must be the very first).
  const table: Array<{ input: string; field: FieldContent; first?: string; within?: [string, number]; why: string }> = [
    { input: 'zhangjianguo', field: 'name', first: '张建国', why: 'a whole name in one go (was 张, then 建国)' },
    { input: 'wangxiuying', field: 'name', first: '王秀英', why: 'an older given name' },
    { input: 'wuwanyuan', field: 'text', first: '五万元', why: 'an amount in words (was 无)' },
    { input: 'sanqianwubaiyuan', field: 'text', first: '三千五百元', why: 'an amount with places' },
    { input: 'fy', field: 'text', first: '法院', why: 'initials of the court word (was 浮云)' },
    { input: 'yg', field: 'text', first: '原告', why: 'initials of a party' },
    { input: 'bg', field: 'text', first: '被告', why: 'initials of a party' },
    { input: 'beijingshichaoyangqu', field: 'address', first: '北京市朝阳区', why: 'a whole address (stopped at 北京市)' },
    { input: 'jiefanglu', field: 'address', first: '解放路', why: 'a road' },
    { input: 'zhongguogongshangyinhang', field: 'bank', first: '中国工商银行', why: 'a bank' },
    { input: 'yuangaoxiangbeigaojiekuanwuwanyuan', field: 'text', first: '原告向被告借款五万元', why: 'a sentence across word boundaries' },
    { input: 'lvshi', field: 'text', first: '律师', why: 'v for ü' },
    { input: "xi'an", field: 'address', first: '西安', why: 'a typed syllable break' },
    { input: 'yiqian', field: 'text', first: '以前', why: 'an everyday word still beats a number (一千)' },
    { input: 'erdanyuanwulingyishi', field: 'address', first: '二单元五零一室', why: 'house and room numbers read digit by digit' },
    { input: 'jinanshi', field: 'address', first: '济南市', why: 'ji nan, not jin an: the lattice weighs both splits' },
    { input: 'pinganyinhang', field: 'bank', first: '平安银行', why: 'ping an, not pin gan' },
    { input: 'woyaolian', field: 'text', first: '我要立案', why: "li'an without the break typed" },
    { input: 'zhangs', field: 'text', within: ['掌声', 5], why: 'a partial final syllable' },
  ];
  it.each(table)('$input in a $field field → $why', ({ input, field, first, within }) => {
    const found = texts(input, field);
    if (first) expect(found[0]).toBe(first);
    if (within) expect(found.slice(0, within[1])).toContain(within[0]);
  });

  it('ranks by the field: the same initials give a court word in a statement, not in a name', () => {
    expect(texts('fy', 'text')[0]).toBe('法院');
    expect(texts('fy', 'name')[0]).not.toBe('法院');
  });

  it('converts the whole input first, and still lets the start be picked alone with the rest left', () => {
    const found = candidates('zhangjianguo', 'name');
    expect(found[0]).toMatchObject({ text: '张建国', consumed: 'zhangjianguo'.length });
    expect(found.find((candidate) => candidate.text === '张')?.consumed).toBe('zhang'.length);
    const firstCharacter = found.findIndex((candidate) => [...candidate.text].length === 1);
    expect(found.slice(firstCharacter).every((candidate) => [...candidate.text].length === 1)).toBe(true);
  });

  it('says how much of the input a candidate uses, separators included', () => {
    const found = candidates("xi'anshi", 'address');
    expect(found.find((candidate) => candidate.text === '西安')?.consumed).toBe("xi'an".length);
    expect(found.find((candidate) => candidate.text === '西安市')?.consumed).toBe("xi'anshi".length);
  });

  it('finds nothing for letters no syllable starts with', () => {
    expect(texts('iii')).toEqual([]);
  });
});

describe('numbers in words', () => {
  it.each<[string[], string | null]>([
    [['wu', 'wan'], '五万'],
    [['san', 'qian', 'wu', 'bai'], '三千五百'],
    [['shi', 'yi'], '十一'],
    [['san', 'yi'], '三亿'],
    [['wu', 'wu'], null],
    [['yi', 'er'], null],
    [['wu', 'ling', 'yi', 'shi'], null],
    [['yi', 'qian', 'ling', 'wu'], '一千零五'],
    [['jie', 'kuan'], null],
  ])('%j → %s', (syllables, text) => {
    expect(numeralText(syllables)).toBe(text);
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

describe('the court vocabulary the build derives', () => {
  it('splits the kiosk texts into words and favours the court words in free text only', () => {
    const frequencies = new Map([
      ['原告', 400],
      ['被告', 500],
      ['出借', 100],
      ['向', 9000],
    ]);
    expect(segment('原告向被告出借', frequencies, 10_000)).toEqual(['原告', '向', '被告', '出借']);
    expect(data.fieldWords.text['法院']).toBeGreaterThan(data.fieldWords.text['一个'] ?? 0);
    expect(data.fieldWords.name['法院']).toBeUndefined();
    expect(data.fieldWords.address['朝阳区']).toBeGreaterThan(0);
  });
});

describe('follow-on words (联想)', () => {
  it('offers what commonly follows a written character', () => {
    const statement = Ranking.forField(data.fieldWords, 'text', null);
    expect(dictionary.followOns('法', statement).slice(0, 5)).toContain('院');
    // In a statement the court's word comes on the first page (原告), not only 原因 and 原来.
    expect(dictionary.followOns('原', statement).slice(0, 5)).toContain('告');
  });
});

describe('learning within a visit', () => {
  it('puts what was chosen first, and a fresh visit (after the wipe) has forgotten it', () => {
    const visit = new VisitVocabulary();
    const before = texts('zhang', 'text', visit);
    const rarer = before[5]!;
    visit.learn(rarer, ['zhang']);
    expect(texts('zhang', 'text', visit)[0]).toBe(rarer);
    expect(texts('zhang', 'text', new VisitVocabulary())[0]).toBe(before[0]);
  });

  it('offers a name chosen piece by piece as one phrase next time, also by its initials', () => {
    const visit = new VisitVocabulary();
    expect(texts('zjh', 'name', visit)[0]).not.toBe('张嘉禾');
    visit.learn('张嘉禾', ['zhang', 'jia', 'he']);
    expect(texts('zjh', 'name', visit)[0]).toBe('张嘉禾');
    expect(texts('zjh', 'name', new VisitVocabulary())[0]).not.toBe('张嘉禾');
  });
});
