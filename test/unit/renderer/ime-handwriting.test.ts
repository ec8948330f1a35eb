// Handwriting recognition against the stroke table the build generates: it covers every GB2312
// character, and written characters — distorted the ways a finger distorts them — are recognised.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildStrokeTable, gb2312Hanzi } from '../../../renderer/src/keyboard/generate/strokes';
import { decodeStrokes, encodeStrokes, HandwritingRecogniser } from '../../../renderer/src/keyboard/handwriting';
import { handwritingSamples } from '../../bench/handwriting-samples';

let table: string;
let recogniser: HandwritingRecogniser;
beforeAll(() => {
  table = buildStrokeTable();
  recogniser = HandwritingRecogniser.parse(table);
}, 60_000);

describe('handwriting recognition', () => {
  it('has reference strokes for all 6,763 GB2312 characters', () => {
    const hanzi = gb2312Hanzi();
    expect(hanzi).toHaveLength(6763);
    expect(recogniser.size).toBe(6763);
    expect(new Set(table.split('\n').map((line) => line.split('\t')[0]))).toEqual(new Set(hanzi));
  });

  it('keeps strokes through the table encoding to within a 64th of the square', () => {
    const strokes = [
      [
        { x: 0.1, y: 0.2 },
        { x: 0.9, y: 0.25 },
      ],
    ];
    const back = decodeStrokes(encodeStrokes(strokes));
    back[0]!.forEach((point, index) => {
      expect(Math.abs(point.x - strokes[0]![index]!.x)).toBeLessThan(1 / 63);
      expect(Math.abs(point.y - strokes[0]![index]!.y)).toBeLessThan(1 / 63);
    });
  });

  it('recognises jittered, resized, slanted, reordered and joined writing (every 4th sample of the bench set)', () => {
    const samples = handwritingSamples().filter((_, index) => index % 4 === 0);
    const ranks = samples.map((sample) => recogniser.recognise(sample.strokes).findIndex((found) => found.character === sample.character));
    const top1 = ranks.filter((rank) => rank === 0).length / ranks.length;
    const top10 = ranks.filter((rank) => rank >= 0).length / ranks.length;
    expect(top1).toBeGreaterThanOrEqual(0.85);
    expect(top10).toBeGreaterThanOrEqual(0.95);
  });

  it('offers nothing for an empty pad', () => {
    expect(recogniser.recognise([])).toEqual([]);
  });
});
