// Numbers typed in pinyin: "wuwanyuan" is 五万元, "sanqianwubaiyuan" 三千五百元, not 无万元 — the
// word-frequency lattice alone cannot see that digits and units make one amount, so spelled numbers
// (with or without what they count) are offered to it as words of their own.

/** Each numeral syllable's character; yi is 一 or 亿 by where it stands (numeralText). */
const NUMERAL_SYLLABLES: Record<string, string> = {
  ling: '零',
  yi: '一',
  er: '二',
  liang: '两',
  san: '三',
  si: '四',
  wu: '五',
  liu: '六',
  qi: '七',
  ba: '八',
  jiu: '九',
  shi: '十',
  bai: '百',
  qian: '千',
  wan: '万',
};
const DIGITS = '零一二两三四五六七八九';
const PLACES = '十百千万亿';

/** What amounts and dates on court forms count, by reading: 五万元, 三年, 二十四个月, 三号楼 五零一室. */
export const MEASURE_WORDS: ReadonlyArray<[string, string]> = [
  ['yuan', '元'],
  ['wan yuan', '万元'],
  ['yuan zheng', '元整'],
  ['kuai', '块'],
  ['kuai qian', '块钱'],
  ['jiao', '角'],
  ['fen', '分'],
  ['nian', '年'],
  ['ge yue', '个月'],
  ['yue', '月'],
  ['ri', '日'],
  ['hao', '号'],
  ['tian', '天'],
  ['sui', '岁'],
  ['ci', '次'],
  ['ge', '个'],
  ['ren', '人'],
  ['bei', '倍'],
  ['lou', '楼'],
  ['ceng', '层'],
  ['dong', '栋'],
  ['dan yuan', '单元'],
  ['shi', '室'],
  ['zu', '组'],
  ['hao lou', '号楼'],
  ['ping fang mi', '平方米'],
  ['mi', '米'],
  ['gong li', '公里'],
  ['zhou', '周'],
];

/**
 * The characters of a spelled number, or null if the syllables are not one: a place (十百千万亿)
 * must be in it, 零 only after a place, and no two digits may follow each other (五五 is not a
 * number read aloud).
 */
export function numeralText(syllables: readonly string[]): string | null {
  let text = '';
  for (const syllable of syllables) {
    let character = NUMERAL_SYLLABLES[syllable];
    if (!character) return null;
    // 三亿 but 十一: yi after a digit is the place 亿, after a place (or first) the digit 一.
    const previous = text.at(-1);
    if (character === '一' && previous && DIGITS.includes(previous) && previous !== '零') character = '亿';
    text += character;
  }
  if (![...text].some((character) => PLACES.includes(character))) return null;
  // 零 stands only where a place is skipped after another place (一千零五), never after a digit (五零一十).
  if ([...text].some((character, index) => character === '零' && !PLACES.includes(text[index - 1] ?? ''))) return null;
  for (let index = 1; index < text.length; index++) {
    if (DIGITS.includes(text[index]!) && DIGITS.includes(text[index - 1]!) && text[index - 1] !== '零' && text[index] !== '零') return null;
  }
  return text;
}

/** Labels read digit by digit: 五零一室, 一二号 — the only measures a run of bare digits goes with. */
export const DIGIT_LABELS = new Set(['号', '室', '栋', '楼', '层', '单元', '组', '号楼']);

/** A run of digits read one by one (wu ling yi → 五零一), as room and house numbers are; null otherwise. */
export function digitsText(syllables: readonly string[]): string | null {
  const characters = syllables.map((syllable) => NUMERAL_SYLLABLES[syllable] ?? '');
  return characters.every((character) => character && DIGITS.includes(character) && character !== '两') ? characters.join('') : null;
}
