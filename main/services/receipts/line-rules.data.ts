// Chinese line-breaking rules (避头尾) as data: GB/T 15834-2011 §5 and W3C clreq §3.1.7.
// Closing punctuation may not start a line, opening brackets may not end one, and the two-em
// dash and ellipsis (——, ……) are never split.

/** Never at the start of a line: closing marks, stops, pauses, 间隔号, 连接号, dash and ellipsis. */
export const NO_LINE_START = new Set([...'，。、；：？！）」』》〉】〕］｝’”・·～—…％‰,.;:?!)]}%']);

/** Never at the end of a line: opening brackets, quotes and title marks, currency before a number. */
export const NO_LINE_END = new Set([...'（「『《〈【〔［｛‘“([{¥￥$£']);

/** Characters that each form their own unit, breakable on either side (CJK ideographs, kana, full-width
 * forms). Curly quotes, dashes and ellipses are left out: English uses them inside words. */
export const CJK_UNIT = /[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;
