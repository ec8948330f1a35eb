import type { FieldContent } from './field-words.data';
import { type Entry, type Token } from './ime';
/** What this visit has chosen, so it comes first next time; held by the visit, dropped with it. */
export declare class VisitVocabulary {
    private readonly chosen;
    private next;
    learn(text: string, syllables: readonly string[]): void;
    /** The bonus of a chosen text: more for more choices, then for the latest; 0 if never chosen. */
    bonusOf(text: string): number;
    /** Chosen entries whose syllables match tokens[from, from + count), e.g. a whole name picked in parts. */
    matches(tokens: readonly Token[], from: number, count: number): Entry[];
    get size(): number;
}
/** Per kind of field, how often its own words count there, as the build derives them (generate/court-words.ts). */
export type FieldFrequencies = Record<FieldContent, Readonly<Record<string, number>>>;
export declare class Ranking {
    private readonly field;
    private readonly visit;
    constructor(field: ReadonlyMap<string, number>, visit: VisitVocabulary | null);
    /** A ranking for a field holding `content`; `visit` null where nothing is learnt (the command line). */
    static forField(fields: FieldFrequencies, content: FieldContent, visit: VisitVocabulary | null): Ranking;
    weigh(entry: Entry): number;
    learntFor(tokens: readonly Token[], from: number, count: number): Entry[];
}
