// Text-entry part of `npm run bench -- ime`. Pinyin: whole-input top-1 and top-5 accuracy on the
// public test set (ime-inputs.data.ts) by field kind, against the ranking before issue 17 (the
// baseline, ime-baseline/, in the same run); first candidates for a 30-letter input on a freshly
// loaded dictionary; memory the dictionary holds. Handwriting: accuracy on distorted strokes
// (handwriting-samples.ts) by distortion, recognition time per character, memory held.
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { buildImeData } from '../../renderer/src/keyboard/generate/dictionary';
import { buildStrokeTable } from '../../renderer/src/keyboard/generate/strokes';
import { HandwritingRecogniser } from '../../renderer/src/keyboard/handwriting';
import { PinyinDictionary } from '../../renderer/src/keyboard/ime';
import { Ranking } from '../../renderer/src/keyboard/ranking';
import { buildDictionaryText } from './ime-baseline/dictionary';
import { PinyinDictionary as BaselineDictionary } from './ime-baseline/ime';
import { handwritingSamples } from './handwriting-samples';
import { IME_INPUTS } from './ime-inputs.data';

const LONG_INPUT = 'yuangaoxiangbeigaojiekuanwuwan'; // 30 letters
const FRESH_LOADS = 5;

const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))]!;

function collectGarbage(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

function time<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

function heldBy<T>(gc: () => void, make: () => T): [T, number] {
  gc();
  const before = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const made = make();
  gc();
  return [made, process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers - before];
}

export async function imeBench(): Promise<{ table: string }> {
  const gc = collectGarbage();
  const [data, buildMs] = time(() => buildImeData());
  const [dictionary, heldBytes] = heldBy(gc, () => {
    const fresh = PinyinDictionary.parse(data.dictionary.split('').join(''));
    for (const [field, , typed] of IME_INPUTS) fresh.candidates(typed, Ranking.forField(data.fieldWords, field, null));
    return fresh;
  });
  const baseline = BaselineDictionary.parse(buildDictionaryText());

  // Whole-input accuracy per kind, now and before.
  const kinds = new Map<string, { count: number; top1: number; top5: number; baseTop1: number; baseTop5: number }>();
  const misses: string[] = [];
  for (const [field, kind, typed, meant] of IME_INPUTS) {
    const row = kinds.get(kind) ?? { count: 0, top1: 0, top5: 0, baseTop1: 0, baseTop5: 0 };
    kinds.set(kind, row);
    const found = dictionary.candidates(typed, Ranking.forField(data.fieldWords, field, null)).map((candidate) => candidate.text);
    const before = baseline.candidates(typed).map((candidate) => candidate.text);
    row.count++;
    if (found[0] === meant) row.top1++;
    else misses.push(`${typed}→${found[0] ?? '—'} (${meant})`);
    if (found.slice(0, 5).includes(meant)) row.top5++;
    if (before[0] === meant) row.baseTop1++;
    if (before.slice(0, 5).includes(meant)) row.baseTop5++;
  }
  const all = [...kinds.values()].reduce((sum, row) => ({
    count: sum.count + row.count,
    top1: sum.top1 + row.top1,
    top5: sum.top5 + row.top5,
    baseTop1: sum.baseTop1 + row.baseTop1,
    baseTop5: sum.baseTop5 + row.baseTop5,
  }));

  // First candidates for a long input, each on a dictionary just loaded (nothing of it cached yet).
  const firsts = Array.from({ length: FRESH_LOADS }, () => {
    const fresh = PinyinDictionary.parse(data.dictionary);
    return time(() => fresh.candidates(LONG_INPUT, Ranking.forField(data.fieldWords, 'text', null)))[1];
  });
  const longest = Math.max(...firsts);

  // Handwriting.
  const [recogniser, recogniserBytes] = heldBy(gc, () => HandwritingRecogniser.parse(buildStrokeTable()));
  const [, loadMs] = time(() => HandwritingRecogniser.parse(buildStrokeTable()));
  const samples = handwritingSamples();
  const byDistortion = new Map<string, { count: number; top1: number; top10: number }>();
  const latencies: number[] = [];
  for (const sample of samples) {
    const [found, took] = time(() => recogniser.recognise(sample.strokes, 10));
    latencies.push(took);
    const rank = found.findIndex((candidate) => candidate.character === sample.character);
    const row = byDistortion.get(sample.distortion) ?? { count: 0, top1: 0, top10: 0 };
    byDistortion.set(sample.distortion, row);
    row.count++;
    if (rank === 0) row.top1++;
    if (rank >= 0) row.top10++;
  }
  const hw = [...byDistortion.values()].reduce((sum, row) => ({ count: sum.count + row.count, top1: sum.top1 + row.top1, top10: sum.top10 + row.top10 }));
  const slowest = Math.max(...latencies);
  const mark = (ok: boolean) => (ok ? '✔' : '✘');

  const rows = [
    `Pinyin test set: ${all.count} inputs (test/bench/ime-inputs.data.ts); dictionary built in ${ms(buildMs)}, ${mb(Buffer.byteLength(data.dictionary))} of text.`,
    '',
    '| kind | inputs | top-1 | top-5 | baseline top-1 | baseline top-5 |',
    '|---|---:|---:|---:|---:|---:|',
    ...[...kinds].map(
      ([kind, row]) =>
        `| ${kind} | ${row.count} | ${pct(row.top1, row.count)} | ${pct(row.top5, row.count)} | ${pct(row.baseTop1, row.count)} | ${pct(row.baseTop5, row.count)} |`,
    ),
    `| **all** | ${all.count} | **${pct(all.top1, all.count)}** | **${pct(all.top5, all.count)}** | ${pct(all.baseTop1, all.count)} | ${pct(all.baseTop5, all.count)} |`,
    '',
    '| measure | result | goal |',
    '|---|---|---|',
    `| whole-input top-1 | ${pct(all.top1, all.count)} | ≥ 90 % ${mark(all.top1 / all.count >= 0.9)} |`,
    `| whole-input top-5 | ${pct(all.top5, all.count)} | ≥ 98 % ${mark(all.top5 / all.count >= 0.98)} |`,
    `| first candidates, 30 letters (${LONG_INPUT}), fresh dictionary, worst of ${FRESH_LOADS} | ${ms(longest)} | ≤ 30 ms ${mark(longest <= 30)} |`,
    `| dictionary memory after the whole test set | ${mb(heldBytes)} | ≤ 30 MB ${mark(heldBytes <= 30 * 2 ** 20)} |`,
    `| handwriting: ${hw.count} distorted characters, top-1 | ${pct(hw.top1, hw.count)} | ≥ 85 % ${mark(hw.top1 / hw.count >= 0.85)} |`,
    `| handwriting: top-10 | ${pct(hw.top10, hw.count)} | ≥ 97 % ${mark(hw.top10 / hw.count >= 0.97)} |`,
    `| handwriting: recognition per character, p50 / p95 / worst | ${ms(quantile(latencies, 0.5))} / ${ms(quantile(latencies, 0.95))} / ${ms(slowest)} | ≤ 100 ms ${mark(slowest <= 100)} |`,
    `| handwriting: load (6,763 characters) / memory held | ${ms(loadMs)} / ${mb(recogniserBytes)} | |`,
    '',
    '| distortion | samples | top-1 | top-10 |',
    '|---|---:|---:|---:|',
    ...[...byDistortion].map(([distortion, row]) => `| ${distortion} | ${row.count} | ${pct(row.top1, row.count)} | ${pct(row.top10, row.count)} |`),
    '',
    `Pinyin misses (typed→first, meant): ${misses.join('; ') || 'none'}`,
  ];
  return { table: rows.join('\n') };
}
