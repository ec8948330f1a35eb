// How candidates are weighed beyond everyday word frequency: a word the focused field holds (a
// surname in a name, 路 in an address, 原告 in a statement of facts) counts as often as it does in
// such fields (generate/court-words.ts says how much), and a word chosen earlier in this visit comes
// before everything, until the visit is wiped.
import type { FieldContent } from './field-words.data';
import { readingMatches, type Entry, type Token } from './ime';

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
export type FieldFrequencies = Record<FieldContent, Readonly<Record<string, number>>>;

export class Ranking {
  constructor(
    private readonly field: ReadonlyMap<string, number>,
    private readonly visit: VisitVocabulary | null,
  ) {}

  /** A ranking for a field holding `content`; `visit` null where nothing is learnt (the command line). */
  static forField(fields: FieldFrequencies, content: FieldContent, visit: VisitVocabulary | null): Ranking {
    return new Ranking(fieldMap(fields, content), visit);
  }

  weigh(entry: Entry): number {
    return Math.max(entry.frequency, this.field.get(entry.text) ?? 0) + (this.visit?.bonusOf(entry.text) ?? 0);
  }

  learntFor(tokens: readonly Token[], from: number, count: number): Entry[] {
    return this.visit?.matches(tokens, from, count) ?? [];
  }
}

// Made once per kind of field and kept: focusing a field must not rebuild thousands of words.
const maps = new WeakMap<FieldFrequencies, Map<FieldContent, ReadonlyMap<string, number>>>();
function fieldMap(fields: FieldFrequencies, content: FieldContent): ReadonlyMap<string, number> {
  const byContent = maps.get(fields) ?? new Map<FieldContent, ReadonlyMap<string, number>>();
  maps.set(fields, byContent);
  const known = byContent.get(content) ?? new Map(Object.entries(fields[content]));
  byContent.set(content, known);
  return known;
}
