// Breaks a paragraph into lines that fit a width: anywhere between two CJK characters, at spaces
// between Latin words, never against the 避头尾 rules, and inside a word only when the word alone
// is wider than the line (after a dash, if it can).
import { CJK_UNIT, NO_LINE_END, NO_LINE_START } from './line-rules.data';

export type Measure = (text: string) => number;

/** A run never broken (unless wider than the line), a space where a break may go, or a forced break. */
interface Segment {
  text: string;
  type: 'word' | 'space' | 'newline';
}

const isCjk = (ch: string) => CJK_UNIT.test(ch);

/** CJK characters stand alone; Latin letters, digits and their punctuation form words. */
function units(text: string): Segment[] {
  const out: Segment[] = [];
  for (const ch of text) {
    const type = ch === '\n' ? 'newline' : ch === ' ' || ch === '\t' ? 'space' : 'word';
    const prev = out[out.length - 1];
    if (prev?.type === 'space' && type === 'space') continue;
    if (prev?.type === 'word' && type === 'word' && !isCjk(ch) && !isCjk(prev.text.slice(-1))) prev.text += ch;
    else out.push({ text: type === 'space' ? ' ' : ch, type });
  }
  return out;
}

/** Glues units across the places 避头尾 forbids a break. */
function segments(text: string): Segment[] {
  const out: Segment[] = [];
  for (const unit of units(text)) {
    const prev = out[out.length - 1];
    const glued = prev?.type === 'word' && unit.type === 'word' && (NO_LINE_START.has(unit.text[0]!) || NO_LINE_END.has(prev.text.slice(-1)));
    if (glued) prev.text += unit.text;
    else out.push({ ...unit });
  }
  return out;
}

/**
 * Lines of a text; `\n` forces a break. An empty text has no lines. `firstWidth` is the width of
 * the first line, narrower when it is indented (首行缩进).
 */
export function breakLines(text: string, maxWidth: number, measure: Measure, firstWidth = maxWidth): string[] {
  const lines: string[] = [];
  const limit = () => (lines.length === 0 ? firstWidth : maxWidth);
  let line = '';
  let width = 0;
  let pendingSpace = false;
  const flush = () => {
    if (line !== '') lines.push(line);
    line = '';
    width = 0;
    pendingSpace = false;
  };
  for (const seg of segments(text.trim())) {
    if (seg.type === 'newline') {
      flush();
      continue;
    }
    if (seg.type === 'space') {
      pendingSpace = line !== '';
      continue;
    }
    const gap = pendingSpace ? measure(' ') : 0;
    const w = measure(seg.text);
    if (width + gap + w <= limit()) {
      line += (pendingSpace ? ' ' : '') + seg.text;
      width += gap + w;
      pendingSpace = false;
      continue;
    }
    flush();
    if (w <= limit()) {
      line = seg.text;
      width = w;
      continue;
    }
    // A single word (a URL, an account number) wider than the line: the only case broken inside,
    // after a dash where one fits, so a receipt number breaks between its groups and a group read
    // off the paper (its check code) is never split; within a part too wide, anywhere.
    for (const part of seg.text.split(/(?<=-)/)) {
      const pw = measure(part);
      if (width + pw <= limit()) {
        line += part;
        width += pw;
        continue;
      }
      if (line !== '' && pw <= maxWidth) flush();
      for (const ch of part) {
        const cw = measure(ch);
        if (width + cw > limit() && line !== '') flush();
        line += ch;
        width += cw;
      }
    }
  }
  flush();
  return lines;
}
