// Build time: the words each kind of field favours. The hand-made lists of field-words.data.ts,
// plus what the kiosk itself knows: its legal and procedural vocabulary, taken from the Chinese
// locale files, the filing element sets, the risk rule set and the case-type catalogue (so 法院,
// 原告, 违约金 rank first in a free-text field), and the administrative division names for addresses.
import { readdirSync, readFileSync } from 'node:fs';
import type { Division } from '../divisions';
import { FIELD_WORDS, type WordList } from '../field-words.data';
import type { FieldFrequencies } from '../ranking';
import { buildDivisions } from './divisions';

/** The kiosk's own texts, from the repository root: each a folder of JSON files. */
const COURT_TEXT_FOLDERS = ['resources/locales/zh-CN', 'resources/filing/elements', 'resources/risk', 'resources/case-types'];
/** How often a field's listed word counts against its everyday frequency. */
const FIELD_BOOST = 30;
/** How often the commonest surname or given-name character counts in a name, and how fast that falls with its rank. */
const NAME_TOP_FREQUENCY = 10_000_000;
const NAME_RANK_STEP = 10;
/** How often one use of a word in the kiosk's own texts counts, against jieba's counts (一个 ≈ 143,000). */
const COURT_SCALE = 10_000;
/** How often a field's word that jieba lacks (a district, a bank) counts before its boost: a word seen now and then. */
export const ADDED_WORD_FREQUENCY = 20;
/** Longest word the segmentation below looks for, as in the dictionary. */
const MAX_WORD = 4;
/** A division's name without what every one of its level says: 朝阳区 is also typed 朝阳. */
const DIVISION_SUFFIX = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|地区|盟|省|市|区|县|旗)$/;

function stringsIn(value: unknown, found: string[]): string[] {
  if (typeof value === 'string') found.push(value);
  else if (Array.isArray(value)) value.forEach((item) => stringsIn(item, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => stringsIn(item, found));
  return found;
}

/**
 * Splits a run of Chinese into the words that make it most likely (the product of their
 * frequencies, as the input method's own conversion does): 原告向被告出借 → 原告 向 被告 出借.
 */
export function segment(run: string, frequencies: ReadonlyMap<string, number>, total: number): string[] {
  const chars = [...run];
  const best: Array<{ score: number; start: number }> = [{ score: 0, start: 0 }];
  for (let end = 1; end <= chars.length; end++) {
    best[end] = { score: -Infinity, start: end - 1 };
    for (let start = Math.max(0, end - MAX_WORD); start < end; start++) {
      const frequency = frequencies.get(chars.slice(start, end).join('')) ?? (end - start === 1 ? 1 : 0);
      if (!frequency) continue;
      const score = best[start]!.score + Math.log(frequency / total);
      if (score > best[end]!.score) best[end] = { score, start };
    }
  }
  const words: string[] = [];
  for (let end = chars.length; end > 0; end = best[end]!.start) words.unshift(chars.slice(best[end]!.start, end).join(''));
  return words;
}

/** Words of two or more characters in the kiosk's own texts, with how often each occurs there. */
export function courtVocabulary(frequencies: ReadonlyMap<string, number>, root = new URL('../../../../', import.meta.url)): Map<string, number> {
  const counts = new Map<string, number>();
  const total = [...frequencies.values()].reduce((sum, frequency) => sum + frequency, 0);
  for (const folder of COURT_TEXT_FOLDERS) {
    const directory = new URL(`${folder}/`, root);
    for (const file of readdirSync(directory).filter((name) => name.endsWith('.json'))) {
      for (const text of stringsIn(JSON.parse(readFileSync(new URL(file, directory), 'utf8')), [])) {
        for (const run of text.match(/[\u4e00-\u9fff]+/g) ?? []) {
          for (const word of segment(run, frequencies, total)) if (word.length > 1) counts.set(word, (counts.get(word) ?? 0) + 1);
        }
      }
    }
  }
  return counts;
}

function divisionNames(divisions: readonly Division[], into: Set<string>): Set<string> {
  for (const division of divisions) {
    into.add(division.name);
    const short = division.name.replace(DIVISION_SUFFIX, '');
    if (short.length >= 2) into.add(short);
    divisionNames(division.children, into);
  }
  return into;
}

/**
 * Per field, how often each of its words counts there: a listed word (a surname, 路, a bank, a
 * district) FIELD_BOOST times its everyday frequency; a word of the court's texts as often as it
 * occurs in them, times COURT_SCALE — so in a statement 原告 (101 times in the kiosk's texts) passes
 * 一个 on "yg", while words the court never uses keep their everyday rank.
 */
export function buildFieldWords(frequencies: ReadonlyMap<string, number>): FieldFrequencies {
  const listed = (words: Iterable<string>) => new Map([...words].map((word) => [word, (frequencies.get(word) ?? ADDED_WORD_FREQUENCY) * FIELD_BOOST]));
  const divisions = divisionNames(buildDivisions(), new Set());
  const court = new Map([...courtVocabulary(frequencies)].map(([word, count]) => [word, count * COURT_SCALE]));
  // Names by how common each surname and given-name character is, not by everyday use (敏 before 民).
  const ranked = (words: readonly string[]) => new Map(words.map((word, rank) => [word, NAME_TOP_FREQUENCY / (1 + rank / NAME_RANK_STEP)]));
  const byList: Record<WordList, Map<string, number>> = {
    name: ranked(FIELD_WORDS.name),
    givenName: ranked(FIELD_WORDS.givenName),
    address: listed([...FIELD_WORDS.address, ...divisions]),
    text: new Map([...listed(FIELD_WORDS.text), ...court]),
    bank: listed(FIELD_WORDS.bank),
    organisation: listed([...FIELD_WORDS.organisation, ...divisions]),
  };
  return Object.fromEntries(Object.entries(byList).map(([list, words]) => [list, Object.fromEntries(words)])) as FieldFrequencies;
}
