// Build time: the pinyin dictionary, from data anyone may ship (resources/licences/THIRD-PARTY-DATA.md):
// jieba's word list (MIT) for which words exist and how often each is used, pinyin-pro (MIT) for
// how each is read, plus the words the fields favour (field-words.data.ts and the court's own
// vocabulary, generate/court-words.ts) so that none of them is missing. Written in the compact text
// format that ime.ts's PinyinDictionary.parse reads: one line per reading, sorted,
//   "zhang san\t张三 812 章三 3"
// words with that reading, most frequent first, each followed by its frequency.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FieldFrequencies } from '../ranking';
import { ADDED_WORD_FREQUENCY, buildFieldWords } from './court-words';

// A character's second or later reading is rarer than its first: 行 xíng before 行 háng, yet findable.
const LATER_READING_DIVISOR = 4;

interface PinyinPro {
  pinyin(text: string, options: { toneType: 'none'; type: 'array'; v: true; multiple?: boolean }): string[];
}

/** jieba's words and frequencies ("word frequency" per line, # comments), as committed beside this file. */
export function readWordFrequencies(): Map<string, number> {
  const text = readFileSync(new URL('./jieba-words.txt', import.meta.url), 'utf8');
  const words = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const space = line.indexOf(' ');
    words.set(line.slice(0, space), Number(line.slice(space + 1)));
  }
  return words;
}

export interface ImeData {
  /** The dictionary text described above. */
  dictionary: string;
  /** Per field, how often its own words count there. */
  fieldWords: FieldFrequencies;
}

export function buildImeData(): ImeData {
  const { pinyin } = createRequire(import.meta.url)('pinyin-pro') as PinyinPro;
  const frequencies = readWordFrequencies();
  const fieldWords = buildFieldWords(frequencies);
  for (const words of Object.values(fieldWords)) for (const word of Object.keys(words)) if (!frequencies.has(word)) frequencies.set(word, ADDED_WORD_FREQUENCY);

  const byReading = new Map<string, Map<string, number>>();
  const add = (reading: string, word: string, frequency: number) => {
    const words = byReading.get(reading) ?? new Map<string, number>();
    byReading.set(reading, words.set(word, Math.max(frequency, words.get(word) ?? 0)));
  };
  const plain = (syllables: string[]) => syllables.every((syllable) => /^[a-z]+$/.test(syllable));
  for (const [word, frequency] of frequencies) {
    if (word.length === 1) {
      // Every reading of a character, its first (the commonest) at full frequency.
      pinyin(word, { toneType: 'none', type: 'array', v: true, multiple: true })
        .filter((reading) => plain([reading]))
        .forEach((reading, rank) => add(reading, word, rank === 0 ? frequency : Math.ceil(frequency / LATER_READING_DIVISOR)));
      continue;
    }
    const syllables = pinyin(word, { toneType: 'none', type: 'array', v: true });
    if (syllables.length === [...word].length && plain(syllables)) add(syllables.join(' '), word, frequency);
  }

  const dictionary = [...byReading.keys()]
    .sort()
    .map((reading) => {
      const words = [...byReading.get(reading)!].sort(([a, fa], [b, fb]) => fb - fa || (a < b ? -1 : 1));
      return `${reading}\t${words.map(([word, frequency]) => `${word} ${frequency}`).join(' ')}`;
    })
    .join('\n');
  return { dictionary, fieldWords };
}
