// The pinyin input method as it was before issue 17 (commit a93de9d), kept only as the benchmark's
// baseline: one syllable's characters or one dictionary phrase at a time, Weibo and Jun Da frequencies.
// Pinyin phrase input: what the litigant has typed ("zhangs", "zs", "lvshi") → candidates, whole
// phrases first, then shorter phrases for the start of the input, then single characters, each
// group by frequency, with what this visit chose before on top. Pure: the dictionary text comes
// from generate/dictionary.ts, the visit's choices from a VisitVocabulary the caller holds.

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

interface Entry {
  text: string;
  /** All syllables joined by spaces, as in the dictionary text. */
  reading: string;
  frequency: number;
}

/** How many candidates each group keeps: far more than a litigant pages through. */
const GROUP_LIMIT = 120;
/** Syllable breaks a litigant types on purpose: xi'an is 西安, not 先. */
export const SEPARATOR = "'";

/** Split typed pinyin into syllables, longest first; what cannot be a whole syllable is kept as the start of one. */
export function tokenize(input: string, syllables: ReadonlySet<string>, prefixes: ReadonlySet<string>): Token[] {
  const tokens: Token[] = [];
  const text = input.toLowerCase();
  const last = text.replace(/'+$/, '').length;
  let at = 0;
  while (at < text.length) {
    if (text[at] === SEPARATOR) {
      at += 1;
      continue;
    }
    let taken: Token | null = null;
    let fallback: Token | null = null;
    for (let end = Math.min(last, at + 6); end > at; end--) {
      const piece = text.slice(at, end);
      // No syllable starts with i, u or v: a break that leaves one next is the wrong break ("jianguo" is not "jiang"+"uo").
      const strands = end < last && /[iuv]/.test(text[end]!);
      if (syllables.has(piece) && !strands) {
        taken = { text: piece, complete: true };
        break;
      }
      // The end of the input may be a syllable still being typed ("xion" on the way to xiong).
      if (end === last && prefixes.has(piece)) {
        taken = { text: piece, complete: false };
        break;
      }
      if (!fallback && prefixes.has(piece) && !strands) fallback = { text: piece, complete: false };
    }
    // A letter that starts no syllable at all stays, so the litigant sees it and can delete it.
    taken ??= fallback ?? { text: text[at]!, complete: false };
    tokens.push(taken);
    at += taken.text.length;
    while (text[at] === SEPARATOR) at += 1;
  }
  return tokens;
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
 * token (whole, or by its start). Walks the string rather than splitting it: this runs for
 * thousands of dictionary lines a keypress.
 */
function readingMatches(source: string, start: number, end: number, tokens: readonly Token[], count: number): boolean {
  let at = start;
  for (let index = 0; index < count; index++) {
    if (at > end) return false;
    const token = tokens[index]!;
    let stop = source.indexOf(' ', at);
    if (stop < 0 || stop > end) stop = end;
    if (!source.startsWith(token.text, at) || at + token.text.length > stop || (token.complete && stop - at !== token.text.length)) return false;
    at = stop + 1;
  }
  return at > end;
}

/** What this visit has chosen, so it comes first next time; held by the visit, dropped with it. */
export class VisitVocabulary {
  private readonly chosen = new Map<string, { syllables: string[]; count: number; order: number }>();
  private next = 0;

  learn(text: string, syllables: readonly string[]): void {
    const known = this.chosen.get(text);
    this.chosen.set(text, { syllables: [...syllables], count: (known?.count ?? 0) + 1, order: this.next++ });
  }

  /** Chosen entries whose syllables match the first `count` tokens, most often (then most recently) chosen first. */
  matches(tokens: readonly Token[], count: number): Array<{ text: string; syllables: string[] }> {
    return [...this.chosen]
      .filter(([, entry]) => {
        const reading = entry.syllables.join(' ');
        return readingMatches(reading, 0, reading.length, tokens, count);
      })
      .sort(([, a], [, b]) => b.count - a.count || b.order - a.order)
      .map(([text, entry]) => ({ text, syllables: entry.syllables }));
  }

  get size(): number {
    return this.chosen.size;
  }
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
   * Reads generate/dictionary.ts's text ("zhang san\t张三 812 章三 0" per line). Only finds where
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

  /** The first `limit` entries, most frequent first, whose reading matches the first `count` tokens. */
  private entriesFor(tokens: readonly Token[], count: number, limit: number): Entry[] {
    const head = tokens[0]!;
    const firsts = head.complete ? [head.text] : [...this.syllables].filter((first) => first.startsWith(head.text));
    const found: Entry[] = [];
    for (const first of firsts) {
      for (const start of this.linesOf(first, count)) {
        const tab = this.text.indexOf('\t', start);
        if (!readingMatches(this.text, start, tab, tokens, count)) continue;
        let end = this.text.indexOf('\n', tab);
        if (end < 0) end = this.text.length;
        const reading = this.text.slice(start, tab);
        const fields = this.text.slice(tab + 1, end).split(' ');
        for (let index = 0; index + 1 < fields.length; index += 2) found.push({ text: fields[index]!, reading, frequency: Number(fields[index + 1]) });
      }
    }
    return found.sort((a, b) => b.frequency - a.frequency).slice(0, limit);
  }

  /**
   * Candidates for typed pinyin: phrases covering all of it, then phrases covering its start
   * (longest first), then characters for its first syllable; in each, this visit's choices first.
   */
  candidates(input: string, vocabulary?: VisitVocabulary): Candidate[] {
    const tokens = this.tokenize(input);
    if (tokens.length === 0) return [];
    const ends = tokenEnds(input, tokens);
    const seen = new Set<string>();
    const result: Candidate[] = [];
    const add = (text: string, syllables: string[], count: number) => {
      if (seen.has(text)) return;
      seen.add(text);
      result.push({ text, syllables, consumed: ends[count - 1]! });
    };
    for (let count = tokens.length; count >= 1; count--) {
      for (const learnt of vocabulary?.matches(tokens, count) ?? []) add(learnt.text, learnt.syllables, count);
      for (const entry of this.entriesFor(tokens, count, GROUP_LIMIT)) add(entry.text, entry.reading.split(' '), count);
    }
    return result;
  }
}
