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
/** Syllable breaks a litigant types on purpose: xi'an is 西安, not 先. */
export declare const SEPARATOR = "'";
/** Split typed pinyin into syllables, longest first; what cannot be a whole syllable is kept as the start of one. */
export declare function tokenize(input: string, syllables: ReadonlySet<string>, prefixes: ReadonlySet<string>): Token[];
/**
 * Whether the reading in source[start, end) has exactly `count` syllables and each matches its
 * token from `from` on (whole, or by its start). Walks the string rather than splitting it: this
 * runs for thousands of dictionary lines a keypress.
 */
export declare function readingMatches(source: string, start: number, end: number, tokens: readonly Token[], from: number, count: number): boolean;
export declare class PinyinDictionary {
    private readonly text;
    /** Where each first syllable's lines lie in the text: lines are sorted, so they are contiguous. */
    private readonly ranges;
    /** Line starts found so far, by first syllable and number of syllables ("zhang 2"). */
    private readonly lines;
    readonly syllables: Set<string>;
    readonly prefixes: Set<string>;
    private constructor();
    /**
     * Reads generate/dictionary.ts's text ("zhang san\t张三 812 章三 3" per line). Only finds where
     * each first syllable's lines are: a syllable's entries are parsed when first typed, which keeps
     * loading quick and memory to little more than the text itself.
     */
    static parse(text: string): PinyinDictionary;
    /** Where a first syllable's lines of `count` syllables start in the text; found on first use and kept. */
    private linesOf;
    tokenize(input: string): Token[];
    /** Every dictionary entry whose reading matches tokens[from, from + count), unordered. */
    entriesFor(tokens: readonly Token[], from: number, count: number): Entry[];
    /** Words that often follow a chosen one (联想): 法 → 院 律 定…, what comes after it in the dictionary's words. */
    followOns(chosen: string, limit?: number): string[];
    /**
     * Candidates for typed pinyin: the best conversions of the whole input, then words covering its
     * start (longest first), then characters for its first syllable; each group by `ranking`.
     */
    candidates(input: string, ranking: Ranking): Candidate[];
}
