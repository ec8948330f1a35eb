/** What amounts and dates on court forms count, by reading: 五万元, 三年, 二十四个月, 3号楼 12室. */
export declare const MEASURE_WORDS: ReadonlyArray<[string, string]>;
/**
 * The characters of a spelled number, or null if the syllables are not one: a place (十百千万亿)
 * must be in it, and no two digits may follow each other (五五 is not a number read aloud).
 */
export declare function numeralText(syllables: readonly string[]): string | null;
