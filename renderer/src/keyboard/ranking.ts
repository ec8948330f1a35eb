// How candidates are weighed beyond everyday word frequency: a word the focused field holds (a
// surname in a name, 路 in an address, 原告 in a statement of facts) counts as often as it does in
// such fields (generate/court-words.ts says how much), and a word chosen earlier in this visit comes
// before everything, until the visit is wiped.
import type { FieldContent, WordList } from './field-words.data';
import { readingMatches, type Entry, type Token } from './ime';

/**
 * In a name, a word that is not a surname or a given-name character counts this much less: names
 * are made of name characters (梁艳, not 两眼; 张伟, not 张为), yet a rarer one can still be found.
 */
const NAME_UNLISTED_DIVISOR = 1000;
/** Above any dictionary frequency: what this visit chose comes first, the most chosen first of all. */
const VISIT_BONUS = 1e9;

/** What this visit has chosen, so it comes first next time; held by the visit, dropped with it. */
export class VisitVocabulary {
  private readonly chosen = new Map<string, { syllables: string[]; count: number; order: number }>();
  private next = 0;

  learn(text: string, syllables: readonly string[]): void {
    const known = this.chosen.get(text);
    this.chosen.set(text, { syllables: [...syllables], count: (known?.count ?? 0) + 1, order: this.next++ });
  }

  /** The bonus of a chosen text: more for more choices, then for the latest; 0 if never chosen. */
  bonusOf(text: string): number {
    const known = this.chosen.get(text);
    return known ? VISIT_BONUS * known.count + known.order : 0;
  }

  /** Chosen entries whose syllables match tokens[from, from + count), e.g. a whole name picked in parts. */
  matches(tokens: readonly Token[], from: number, count: number): Entry[] {
    return [...this.chosen]
      .filter(([, entry]) => {
        const reading = entry.syllables.join(' ');
        return readingMatches(reading, 0, reading.length, tokens, from, count);
      })
      .map(([text, entry]) => ({ text, syllables: entry.syllables, frequency: 0 }));
  }

  get size(): number {
    return this.chosen.size;
  }
}

/** Per kind of field, how often its own words count there, as the build derives them (generate/court-words.ts). */
export type FieldFrequencies = Record<WordList, Readonly<Record<string, number>>>;

export class Ranking {
  constructor(
    private readonly field: ReadonlyMap<string, number>,
    private readonly visit: VisitVocabulary | null,
    private readonly unlistedDivisor = 1,
    /** Where what starts the input has words of its own: a name's surname. */
    private readonly start: ReadonlyMap<string, number> | null = null,
  ) {}

  /** A ranking for a field holding `content`; `visit` null where nothing is learnt (the command line). */
  static forField(fields: FieldFrequencies, content: FieldContent, visit: VisitVocabulary | null): Ranking {
    return content === 'name'
      ? new Ranking(fieldMap(fields, 'givenName'), visit, NAME_UNLISTED_DIVISOR, fieldMap(fields, 'name'))
      : new Ranking(fieldMap(fields, content), visit);
  }

  /** How often `entry` counts where it stands: `from` is the syllable it starts at. */
  weigh(entry: Entry, from: number): number {
    const listed = (from === 0 && this.start ? this.start : this.field).get(entry.text);
    return (listed === undefined ? entry.frequency / this.unlistedDivisor : Math.max(entry.frequency, listed)) + (this.visit?.bonusOf(entry.text) ?? 0);
  }

  learntFor(tokens: readonly Token[], from: number, count: number): Entry[] {
    return this.visit?.matches(tokens, from, count) ?? [];
  }
}

// Made once per kind of field and kept: focusing a field must not rebuild thousands of words.
const maps = new WeakMap<FieldFrequencies, Map<WordList, ReadonlyMap<string, number>>>();
function fieldMap(fields: FieldFrequencies, content: WordList): ReadonlyMap<string, number> {
  const byContent = maps.get(fields) ?? new Map<WordList, ReadonlyMap<string, number>>();
  maps.set(fields, byContent);
  const known = byContent.get(content) ?? new Map(Object.entries(fields[content]));
  byContent.set(content, known);
  return known;
}
