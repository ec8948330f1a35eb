import type { FieldFrequencies } from '../ranking';
/** How often a field's word that jieba lacks (a district, a bank) counts before its boost: a word seen now and then. */
export declare const ADDED_WORD_FREQUENCY = 20;
/**
 * Splits a run of Chinese into the words that make it most likely (the product of their
 * frequencies, as the input method's own conversion does): 原告向被告出借 → 原告 向 被告 出借.
 */
export declare function segment(run: string, frequencies: ReadonlyMap<string, number>, total: number): string[];
/** Words of two or more characters in the kiosk's own texts, with how often each occurs there. */
export declare function courtVocabulary(frequencies: ReadonlyMap<string, number>, root?: import("url").URL): Map<string, number>;
/**
 * Per field, how often each of its words counts there: a listed word (a surname, 路, a bank, a
 * district) FIELD_BOOST times its everyday frequency; a word of the court's texts as often as it
 * occurs in them, times COURT_SCALE — so in a statement 原告 (101 times in the kiosk's texts) passes
 * 一个 on "yg", while words the court never uses keep their everyday rank.
 */
export declare function buildFieldWords(frequencies: ReadonlyMap<string, number>): FieldFrequencies;
