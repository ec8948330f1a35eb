// Pinyin input: what the litigant has typed ("zhangjianguo", "fy", "wuwanyuan") → candidates. The
// first converts the whole input (整句): the likeliest chain of dictionary words over the syllables,
// by word frequency, with the field's words and this visit's choices weighing more (ranking.ts);
// then words for the start of the input, longest first, so a partial pick (张, the rest stays) is
// always possible. Pure: the dictionary text comes from generate/dictionary.ts.
import { DIGIT_LABELS, digitsText, MEASURE_WORDS, numeralText } from './numerals';
import type { Ranking } from './ranking';

/** One reading of the typed input: a full syllable ("zhang") or the start of one ("zh", "s"). */
export interface Token {
  text: string;
  complete: boolean;
}

export interface Candidate {
  text: string;
  /** The entry's syllables, e.g. ['zhang', 'san']: what is learnt when it is chosen. */
  syllables: string[];
  /** How much of the typed input choosing it uses up; the rest stays to be chosen next. */
  consumed: number;
}

export interface Entry {
  text: string;
  syllables: string[];
  frequency: number;
}

/** How many candidates each group keeps: far more than a litigant pages through. */
const GROUP_LIMIT = 120;
/** How many words of each stretch of syllables the whole-input conversion weighs. */
const LATTICE_WIDTH = 8;
/** How many whole-input conversions are offered before the words for the start. */
const WHOLE_INPUT_CONVERSIONS = 5;
/** Longest dictionary or field word in syllables (中国邮政储蓄银行, 新疆维吾尔自治区). */
const MAX_WORD_SYLLABLES = 8;
/**
 * The cost of each word in a conversion: the log of the word list's total count (jieba's is about
 * 60 million), so a chain of words is as likely as the product of their frequencies over it.
 */
const WORD_COST = Math.log(60_000_000);
/** How often a spelled number counts as a word: below everyday words (以前 before 一千)… */
const NUMERAL_FREQUENCY = 3_000;
/** …and a number with what it counts as a common one (五万元 before 无万元). */
const MEASURED_NUMERAL_FREQUENCY = 200_000;
/** Syllable breaks a litigant types on purpose: xi'an is 西安, not 先. */
export const SEPARATOR = "'";

/** How many equally good ways of splitting the input are converted (ji nan / jin an, he nan / hen an). */
const SPLITS = 4;
/** What a conversion pays for a syllable break the litigant did not type (li'an read from "lian"): as if its words were 4 times rarer. */
const UNTYPED_BREAK_COST = Math.log(4);

/**
 * The best ways to split typed pinyin into syllables: those with the fewest pieces that are not
 * whole syllables, then the fewest pieces ("xiangongsi" is xian gong si, not xiang o n g si); up to
 * SPLITS of them when several are as good, longer first syllables first (ping an before pin gan) —
 * the word lattice then tells which reads best. What cannot be a whole syllable is kept as the
 * start of one; a letter that starts none stays as it is, so the litigant sees it and can delete it.
 */
export function tokenizations(input: string, syllables: ReadonlySet<string>, prefixes: ReadonlySet<string>): Token[][] {
  const text = input.toLowerCase();
  const last = text.replace(/'+$/, '').length;
  const best: Array<{ cost: number; ways: Token[][] } | undefined> = [{ cost: 0, ways: [[]] }];
  const offer = (end: number, cost: number, ways: Token[][]) => {
    const known = best[end];
    if (!known || cost < known.cost) best[end] = { cost, ways: ways.slice(0, SPLITS) };
    // Found later means a longer piece before it: those ways go first.
    else if (cost === known.cost) best[end] = { cost, ways: [...ways, ...known.ways].slice(0, SPLITS) };
  };
  for (let at = 0; at < text.length; at++) {
    const here = best[at];
    if (!here) continue;
    if (text[at] === SEPARATOR) {
      offer(at + 1, here.cost, here.ways);
      continue;
    }
    for (let end = at + 1; end <= Math.min(text.length, at + 6); end++) {
      const piece = text.slice(at, end);
      if (piece.includes(SEPARATOR)) break;
      const complete = syllables.has(piece);
      if (!complete && !prefixes.has(piece) && end > at + 1) continue;
      // A piece that is only the start of a syllable costs far more than a whole one, most of all inside the input.
      const cost = here.cost + 1 + (complete ? 0 : end === last ? 1 : 100);
      offer(
        end,
        cost,
        here.ways.map((way) => [...way, { text: piece, complete }]),
      );
    }
  }
  return best[text.length]?.ways ?? [];
}

export const tokenize = (input: string, syllables: ReadonlySet<string>, prefixes: ReadonlySet<string>): Token[] =>
  tokenizations(input, syllables, prefixes)[0] ?? [];

/**
 * The same split with one syllable read as two where the second starts with a vowel — the break a
 * litigant rarely types (li'an for 立案, xi'an for 西安) — for the lattice to weigh against the one.
 */
export function vowelBreaks(tokens: readonly Token[], syllables: ReadonlySet<string>): Token[][] {
  const variants: Token[][] = [];
  tokens.forEach((token, index) => {
    if (!token.complete) return;
    for (let cut = 1; cut < token.text.length; cut++) {
      const [first, second] = [token.text.slice(0, cut), token.text.slice(cut)];
      if (/^[aeo]/.test(second) && syllables.has(first) && syllables.has(second)) {
        variants.push([...tokens.slice(0, index), { text: first, complete: true }, { text: second, complete: true }, ...tokens.slice(index + 1)]);
      }
    }
  });
  return variants;
}

/** Where each token ends in the typed input, separators included, so a choice can remove its part. */
function tokenEnds(input: string, tokens: readonly Token[]): number[] {
  const ends: number[] = [];
  let at = 0;
  for (const token of tokens) {
    while (input[at] === SEPARATOR) at += 1;
    at += token.text.length;
    while (input[at] === SEPARATOR) at += 1;
    ends.push(at);
  }
  return ends;
}

/**
 * Whether the reading in source[start, end) has exactly `count` syllables and each matches its
 * token from `from` on (whole, or by its start). Walks the string rather than splitting it: this
 * runs for thousands of dictionary lines a keypress.
 */
export function readingMatches(source: string, start: number, end: number, tokens: readonly Token[], from: number, count: number): boolean {
  let at = start;
  for (let index = from; index < from + count; index++) {
    if (at > end) return false;
    const token = tokens[index]!;
    let stop = source.indexOf(' ', at);
    if (stop < 0 || stop > end) stop = end;
    if (!source.startsWith(token.text, at) || at + token.text.length > stop || (token.complete && stop - at !== token.text.length)) return false;
    at = stop + 1;
  }
  return at > end;
}

interface Path {
  score: number;
  words: Entry[];
}

export class PinyinDictionary {
  /** Where each first syllable's lines lie in the text: lines are sorted, so they are contiguous. */
  private readonly ranges = new Map<string, { start: number; end: number }>();
  /** Line starts found so far, by first syllable and number of syllables ("zhang 2"). */
  private readonly lines = new Map<string, number[]>();
  readonly syllables = new Set<string>();
  readonly prefixes = new Set<string>();

  private constructor(private readonly text: string) {}

  /**
   * Reads generate/dictionary.ts's text ("zhang san\t张三 812 章三 3" per line). Only finds where
   * each first syllable's lines are: a syllable's entries are parsed when first typed, which keeps
   * loading quick and memory to little more than the text itself.
   */
  static parse(text: string): PinyinDictionary {
    const dictionary = new PinyinDictionary(text);
    let first = '';
    let at = 0;
    let start = 0;
    while (at < text.length) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const after = text.charCodeAt(at + first.length);
      // Still the same first syllable: the line starts with it and a space or tab follows.
      if (!(first && text.startsWith(first, at) && (after === 32 || after === 9))) {
        if (first) dictionary.ranges.set(first, { start, end: at });
        let stop = at;
        while (stop < end && text.charCodeAt(stop) !== 32 && text.charCodeAt(stop) !== 9) stop++;
        first = text.slice(at, stop);
        start = at;
      }
      at = end + 1;
    }
    if (first) dictionary.ranges.set(first, { start, end: text.length });
    for (const syllable of dictionary.ranges.keys()) {
      dictionary.syllables.add(syllable);
      for (let end = 1; end <= syllable.length; end++) dictionary.prefixes.add(syllable.slice(0, end));
    }
    return dictionary;
  }

  /** Where a first syllable's lines of `count` syllables start in the text; found on first use and kept. */
  private linesOf(first: string, count: number): number[] {
    const key = `${first} ${count}`;
    const known = this.lines.get(key);
    if (known) return known;
    const starts: number[] = [];
    const range = this.ranges.get(first);
    let at = range?.start ?? 0;
    const stop = range?.end ?? 0;
    while (at < stop) {
      const tab = this.text.indexOf('\t', at);
      let syllables = 1;
      for (let index = at; index < tab; index++) if (this.text.charCodeAt(index) === 32) syllables++;
      if (syllables === count) starts.push(at);
      const end = this.text.indexOf('\n', tab);
      at = end < 0 ? stop : end + 1;
    }
    this.lines.set(key, starts);
    return starts;
  }

  tokenize(input: string): Token[] {
    return tokenize(input, this.syllables, this.prefixes);
  }

  /** Every dictionary entry whose reading matches tokens[from, from + count), unordered. */
  entriesFor(tokens: readonly Token[], from: number, count: number): Entry[] {
    const head = tokens[from]!;
    const firsts = head.complete ? [head.text] : [...this.syllables].filter((first) => first.startsWith(head.text));
    const found: Entry[] = [];
    for (const first of firsts) {
      for (const start of this.linesOf(first, count)) {
        const tab = this.text.indexOf('\t', start);
        if (!readingMatches(this.text, start, tab, tokens, from, count)) continue;
        let end = this.text.indexOf('\n', tab);
        if (end < 0) end = this.text.length;
        const syllables = this.text.slice(start, tab).split(' ');
        const fields = this.text.slice(tab + 1, end).split(' ');
        for (let index = 0; index + 1 < fields.length; index += 2) found.push({ text: fields[index]!, syllables, frequency: Number(fields[index + 1]) });
      }
    }
    return found;
  }

  /**
   * Words that often follow a chosen one (联想): 原 → 告 因 来…, what comes after it in the
   * dictionary's words, the field's own words first (原告 in a statement) as `ranking` weighs them.
   */
  followOns(chosen: string, ranking: Ranking, limit = 24): string[] {
    const found = new Map<string, number>();
    for (let at = this.text.indexOf(chosen); at >= 0; at = this.text.indexOf(chosen, at + 1)) {
      const before = this.text.charCodeAt(at - 1);
      if (before !== 9 && before !== 32) continue;
      const space = this.text.indexOf(' ', at);
      const word = this.text.slice(at, space);
      if (word.length <= chosen.length || !/^[\u3400-\u9fff]+$/.test(word)) continue;
      const frequency = ranking.weigh({ text: word, syllables: [], frequency: Number(/^\d+/.exec(this.text.slice(space + 1, space + 12))?.[0] ?? 0) }, 1);
      const rest = word.slice(chosen.length);
      found.set(rest, Math.max(frequency, found.get(rest) ?? 0));
    }
    return [...found]
      .sort(([, a], [, b]) => b - a)
      .slice(0, limit)
      .map(([rest]) => rest);
  }

  /**
   * Candidates for typed pinyin: the best conversions of the whole input, then words covering its
   * start (longest first), then characters for its first syllable; each group by `ranking`.
   */
  candidates(input: string, ranking: Ranking): Candidate[] {
    const best = tokenizations(input, this.syllables, this.prefixes);
    if (best.length === 0 || best[0]!.length === 0) return [];
    const splits = [
      ...best.map((tokens) => ({ tokens, cost: 0 })),
      ...vowelBreaks(best[0]!, this.syllables).map((tokens) => ({ tokens, cost: UNTYPED_BREAK_COST })),
    ].slice(0, SPLITS);
    const seen = new Set<string>();
    const result: Candidate[] = [];
    const add = (text: string, syllables: string[], consumed: number) => {
      if (seen.has(text)) return;
      seen.add(text);
      result.push({ text, syllables, consumed });
    };
    const lattices = splits.map(({ tokens, cost }) => ({ tokens, ends: tokenEnds(input, tokens), spans: new Spans(this, tokens, ranking, cost) }));
    const conversions = lattices.flatMap(({ spans }) => spans.bestPaths(WHOLE_INPUT_CONVERSIONS)).sort((a, b) => b.score - a.score);
    for (const path of conversions.slice(0, WHOLE_INPUT_CONVERSIONS)) {
      add(
        path.words.map((word) => word.text).join(''),
        path.words.flatMap((word) => word.syllables),
        input.length,
      );
    }
    // Words for the start come from the split the best conversion took.
    const { tokens, ends, spans } = lattices.find((lattice) => lattice.spans.has(conversions[0])) ?? lattices[0]!;
    for (let count = Math.min(tokens.length, MAX_WORD_SYLLABLES); count >= 1; count--) {
      for (const entry of spans.ranked(0, count).slice(0, GROUP_LIMIT)) add(entry.text, entry.syllables, ends[count - 1]!);
    }
    return result;
  }
}

/** The entries of each stretch of the input, ranked once and kept for one lookup. */
class Spans {
  private readonly known = new Map<string, Entry[]>();

  constructor(
    private readonly dictionary: PinyinDictionary,
    private readonly tokens: readonly Token[],
    private readonly ranking: Ranking,
    /** What every conversion over this split pays up front (UNTYPED_BREAK_COST). */
    private readonly splitCost = 0,
  ) {}

  /** Entries for tokens[from, from + count), best first: dictionary words, spelled numbers and this visit's words. */
  ranked(from: number, count: number): Entry[] {
    const key = `${from} ${count}`;
    const known = this.known.get(key);
    if (known) return known;
    const entries = [
      ...this.dictionary.entriesFor(this.tokens, from, count),
      ...this.numerals(from, count),
      ...this.ranking.learntFor(this.tokens, from, count),
    ];
    const best = new Map<string, Entry>();
    for (const entry of entries) {
      const weighed = { ...entry, frequency: this.ranking.weigh(entry, from) };
      if ((best.get(entry.text)?.frequency ?? -1) < weighed.frequency) best.set(entry.text, weighed);
    }
    const ranked = [...best.values()].sort((a, b) => b.frequency - a.frequency || (a.text < b.text ? -1 : 1));
    this.known.set(key, ranked);
    return ranked;
  }

  /** A spelled number over these syllables, alone or with what it counts (五万 / 五万元). */
  private numerals(from: number, count: number): Entry[] {
    const tokens = this.tokens.slice(from, from + count);
    if (tokens.some((token) => !token.complete)) return [];
    const syllables = tokens.map((token) => token.text);
    const found: Entry[] = [];
    const bare = numeralText(syllables);
    if (bare) found.push({ text: bare, syllables, frequency: NUMERAL_FREQUENCY });
    for (const [reading, measure] of MEASURE_WORDS) {
      const unit = reading.split(' ');
      if (unit.length >= count || syllables.slice(count - unit.length).join(' ') !== reading) continue;
      const spoken = syllables.slice(0, count - unit.length);
      const number = numeralText(spoken);
      // One syllable (十室) is as likely a word (事实) as a number: only longer ones count as amounts.
      if (number) found.push({ text: number + measure, syllables, frequency: number.length > 1 ? MEASURED_NUMERAL_FREQUENCY : NUMERAL_FREQUENCY });
      // A house or room number read digit by digit (二单元, 五零一室) is likely only in its own words.
      const digits = DIGIT_LABELS.has(measure) ? digitsText(spoken) : null;
      if (digits) found.push({ text: digits + measure, syllables, frequency: NUMERAL_FREQUENCY });
    }
    return found;
  }

  private readonly found = new Set<Path>();

  /** Whether `path` is one of this lattice's conversions. */
  has(path: Path | undefined): boolean {
    return !!path && this.found.has(path);
  }

  /** The likeliest chains of words over the whole input (a lattice, best paths by the sum of log frequencies). */
  bestPaths(limit: number): Path[] {
    const length = this.tokens.length;
    const best: Path[][] = [[{ score: -this.splitCost, words: [] }]];
    for (let end = 1; end <= length; end++) {
      const paths: Path[] = [];
      for (let start = Math.max(0, end - MAX_WORD_SYLLABLES); start < end; start++) {
        const before = best[start] ?? [];
        if (before.length === 0) continue;
        for (const entry of this.ranked(start, end - start).slice(0, LATTICE_WIDTH)) {
          const cost = Math.log(entry.frequency + 1) - WORD_COST;
          for (const path of before) paths.push({ score: path.score + cost, words: [...path.words, entry] });
        }
      }
      paths.sort((a, b) => b.score - a.score);
      // Different chains may spell the same text (张建国 or 张+建国): keep the text once.
      const texts = new Set<string>();
      best[end] = paths
        .filter((path) => {
          const text = path.words.map((word) => word.text).join('');
          return !texts.has(text) && texts.add(text);
        })
        .slice(0, limit);
    }
    const paths = best[length] ?? [];
    paths.forEach((path) => this.found.add(path));
    return paths;
  }
}
