// Build time: the handwriting recogniser's reference strokes for every GB2312 character (the 6,763
// of GB/T 2312-1980, which every name, address and court word in mainland forms is written with):
// the stroke medians of Make Me a Hanzi as packaged in hanzi-writer-data (Arphic Public License —
// resources/licences/THIRD-PARTY-DATA.md), each stroke resampled to a few points and written as
// printable characters, so the whole table is a small text the renderer fetches on first use.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { encodeStrokes, resampleStroke, type Point, type Stroke } from '../handwriting';
import { readWordFrequencies } from './dictionary';

/** hanzi-writer-data's frame: 1024 units square, y upwards from -124 (the baseline sits at 0). */
const SOURCE_SIZE = 1024;
const SOURCE_TOP = 900;

/** The GB2312 Hanzi, level 1 then level 2, in code order (rows 0xB0–0xF7, 94 cells each). */
export function gb2312Hanzi(): string[] {
  const decoder = new TextDecoder('gb2312');
  const found: string[] = [];
  for (let row = 0xb0; row <= 0xf7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const character = decoder.decode(Uint8Array.of(row, cell));
      // Row 0xD7 ends five cells early: those decode to nothing or outside the Hanzi block.
      if (/^[\u4e00-\u9fff]$/.test(character)) found.push(character);
    }
  }
  return found;
}

/** A character's strokes in the pad's frame: x right, y down, both 0..1. */
export function referenceStrokes(character: string): Stroke[] {
  const file = createRequire(import.meta.url).resolve(`hanzi-writer-data/${character}.json`);
  const { medians } = JSON.parse(readFileSync(file, 'utf8')) as { medians: Array<Array<[number, number]>> };
  return medians.map((median) => resampleStroke(median.map(([x, y]): Point => ({ x: x / SOURCE_SIZE, y: (SOURCE_TOP - y) / SOURCE_SIZE }))));
}

/** "character<TAB>encoded strokes" per line, commonest first (by jieba's counts), for HandwritingRecogniser.parse. */
export function buildStrokeTable(): string {
  const frequencies = readWordFrequencies();
  return gb2312Hanzi()
    .sort((a, b) => (frequencies.get(b) ?? 0) - (frequencies.get(a) ?? 0))
    .map((character) => `${character}\t${encodeStrokes(referenceStrokes(character))}`)
    .join('\n');
}
