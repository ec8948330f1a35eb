// The keys of each text layout, row by row. Data, so a layout can change without touching code.

/** Letters in QWERTY order, as on every phone and PC keyboard a litigant may know. */
export const LETTER_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'].map((row) => [...row]);

/**
 * The digits above the Latin letters, as on a phone's: a passport's, a permit's or a resume code's
 * letters and digits mixed, typed without going to the symbols page and back for every digit.
 */
export const LATIN_DIGIT_ROW = [...'1234567890'];

/** Digits and punctuation: full-width Chinese marks first, as Chinese text uses them. */
export const SYMBOL_ROWS = [
  [...'1234567890'],
  ['，', '。', '、', '：', '；', '？', '！', '“', '”', '·'],
  ['（', '）', '《', '》', '—', '-', '/', '@', '.', '#'],
];

/**
 * The symbols page of a field that wants Latin text — a terminal id, a web address, a list of
 * codes: half-width marks, as such text needs (a URL's ":" is not "：").
 */
export const ASCII_SYMBOL_ROWS = [[...'1234567890'], ['-', '_', '.', ',', ':', ';', '/', '@', '#', '&'], ['(', ')', '?', '!', '=', '+', '%', '*', "'", '"']];

/** Punctuation beside the letters in the Chinese layout, for a sentence without switching layout. */
export const CHINESE_PUNCTUATION = ['，', '。'];
export const LATIN_PUNCTUATION = ['.', '-'];
