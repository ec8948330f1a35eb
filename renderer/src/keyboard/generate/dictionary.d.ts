import type { FieldFrequencies } from '../ranking';
/** jieba's words and frequencies ("word frequency" per line, # comments), as committed beside this file. */
export declare function readWordFrequencies(): Map<string, number>;
export interface ImeData {
    /** The dictionary text described above. */
    dictionary: string;
    /** Per field, how often its own words count there. */
    fieldWords: FieldFrequencies;
}
export declare function buildImeData(): ImeData;
