// Pinyin input part of `npm run bench`: the dictionary as the build makes it (size, build time),
// loading it (time, memory held), and how long the first candidates take for what litigants type —
// each input on a freshly loaded dictionary, so nothing of it is cached yet. Baseline: the same
// lookups by a plain scan of every reading with a regular expression.
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { buildDictionaryText } from '../../renderer/src/keyboard/generate/dictionary';
import { PinyinDictionary, type Token } from '../../renderer/src/keyboard/ime';

const INPUTS = ['zhangjianguo', 'zhangs', 'zs', 'shanghaishi', 'jiadingqu', 'bolelu', 'jiekuan', 'benjin', 'wuwanyuan', 'lvshi', 'fy', 'shs', 'z', 'b'];
const LOADS = 10;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

function collectGarbage(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

function time<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

/** The naive way: every reading tested against a pattern built from the tokens. */
function scanAll(lines: string[], tokens: Token[]): string[] {
  const pattern = new RegExp(`^${tokens.map((token) => (token.complete ? token.text : `${token.text}[a-z]*`)).join(' ')}\t`);
  return lines.filter((line) => pattern.test(line));
}

export async function imeBench(): Promise<{ table: string }> {
  const gc = collectGarbage();
  const [text, buildMs] = time(() => buildDictionaryText());
  const bytes = Buffer.byteLength(text);

  const loads = Array.from({ length: LOADS }, () => time(() => PinyinDictionary.parse(text))[1]);

  // Memory held: the text as the renderer gets it (a fresh copy, as the chunk's string is) plus the
  // index, after every bench input has been typed once.
  gc();
  const before = process.memoryUsage().heapUsed;
  const [held] = time(() => PinyinDictionary.parse(text.split('').join('')));
  for (const input of INPUTS) held.candidates(input);
  gc();
  const heldBytes = process.memoryUsage().heapUsed - before;

  // Warm the code once, as a kiosk has after its first keypress, then time first lookups cold.
  const warm = PinyinDictionary.parse(text);
  for (const input of INPUTS) warm.candidates(input);
  const firsts = INPUTS.map((input) => {
    const fresh = PinyinDictionary.parse(text);
    const [found, took] = time(() => fresh.candidates(input));
    return { input, took, first: found[0]?.text ?? '—', again: time(() => fresh.candidates(input))[1] };
  });

  const lines = text.split('\n');
  const baseline = INPUTS.map((input) => time(() => scanAll(lines, warm.tokenize(input)))[1]);

  const worst = Math.max(...firsts.map((row) => row.took));
  const load = median(loads);
  const rows = [
    '| measure | result | goal |',
    '|---|---|---|',
    `| dictionary text (CC-CEDICT readings, Weibo and Jun Da frequencies) | ${mb(bytes)}, ${lines.length.toLocaleString('en')} readings, built in ${ms(buildMs)} | |`,
    `| load (index the text), median of ${LOADS} | ${ms(load)} | ≤ 300 ms ${load <= 300 ? '✔' : '✘'} |`,
    `| memory held after typing every input below | ${mb(heldBytes)} | ≤ 10 MB ${heldBytes <= 10 * 2 ** 20 ? '✔' : '✘'} |`,
    `| first candidates, worst input, fresh dictionary | ${ms(worst)} | ≤ 30 ms ${worst <= 30 ? '✔' : '✘'} |`,
    '',
    '| typed | first candidate | first lookup | again | plain scan (baseline) | scan ÷ first lookup |',
    '|---|---|---:|---:|---:|---:|',
    ...firsts.map(
      (row, index) =>
        `| ${row.input} | ${row.first} | ${ms(row.took)} | ${ms(row.again)} | ${ms(baseline[index]!)} | ${(baseline[index]! / row.took).toFixed(1)}× |`,
    ),
  ];
  return { table: rows.join('\n') };
}
