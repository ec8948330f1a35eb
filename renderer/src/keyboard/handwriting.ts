// Handwriting recognition (手写), on the device: a character written with a finger on the pad →
// the likeliest GB2312 characters. Two passes over the reference strokes of generate/strokes.ts:
// first how much ink runs in which direction in each part of the square (blind to stroke order and
// to strokes joined in one go, as elderly writers do), then, for the best few, stroke by stroke —
// each written stroke paired with the nearest reference stroke, or with two that it joined — with
// common characters a little ahead of rare look-alikes.

export interface Point {
  x: number;
  y: number;
}
export type Stroke = Point[];

export interface Recognised {
  character: string;
  score: number;
}

/** Points a reference stroke is kept with: enough for a hook or a bend, little to store. */
export const STROKE_POINTS = 8;
/** Cells across the square for the ink-direction map, and directions (0°, 45°, 90°, 135°). */
const GRID = 8;
const DIRECTIONS = 4;
const FEATURES = GRID * GRID * DIRECTIONS;
/** How finely strokes are walked to lay ink into the map, in squares. */
const INK_STEP = 0.02;
/** Points a written stroke is smoothed over, and how many neighbours either side each is averaged with. */
const SMOOTH_POINTS = 16;
const SMOOTH_REACH = 2;
/** How many of the first pass's best are compared stroke by stroke. */
const SHORTLIST = 48;
/** What a stroke with no partner costs, as a distance in squares: a missing or extra stroke. */
const UNPAIRED_STROKE = 0.3;
/** How much the stroke-by-stroke distance weighs against the ink map's likeness (0..1). */
const STROKE_WEIGHT = 0.8;
/** How much a character's commonness weighs: 的 before 旳 when they look alike. */
const COMMONNESS_WEIGHT = 0.02;
/** Encoding of a coordinate 0..1 as one printable character. */
const LEVELS = 64;
const CODE_ZERO = 48;

/** A stroke as `count` points evenly spaced along it (a tap is `count` copies of its point). */
export function resampleStroke(stroke: readonly Point[], count = STROKE_POINTS): Stroke {
  const lengths = [0];
  for (let index = 1; index < stroke.length; index++)
    lengths.push(lengths[index - 1]! + Math.hypot(stroke[index]!.x - stroke[index - 1]!.x, stroke[index]!.y - stroke[index - 1]!.y));
  const total = lengths.at(-1)!;
  const points: Stroke = [];
  let segment = 1;
  for (let index = 0; index < count; index++) {
    const at = count === 1 ? 0 : (total * index) / (count - 1);
    while (segment < stroke.length - 1 && lengths[segment]! < at) segment++;
    const from = stroke[Math.max(0, segment - 1)]!;
    const to = stroke[Math.min(segment, stroke.length - 1)]!;
    const span = lengths[Math.min(segment, stroke.length - 1)]! - lengths[Math.max(0, segment - 1)]!;
    const share = span > 0 ? (at - lengths[segment - 1]!) / span : 0;
    points.push({ x: from.x + (to.x - from.x) * share, y: from.y + (to.y - from.y) * share });
  }
  return points;
}

/**
 * A written stroke with the finger's tremble taken out: a running mean over its neighbours, then
 * evenly spaced points. The reference strokes are smooth; the ink map would read every wobble as
 * a change of direction.
 */
function smooth(stroke: Stroke): Stroke {
  const even = resampleStroke(stroke, SMOOTH_POINTS);
  return even.map((_, index) => {
    const near = even.slice(Math.max(0, index - SMOOTH_REACH), index + SMOOTH_REACH + 1);
    return { x: near.reduce((sum, point) => sum + point.x, 0) / near.length, y: near.reduce((sum, point) => sum + point.y, 0) / near.length };
  });
}

/** Strokes moved and scaled to fill the unit square around its centre, keeping their proportions. */
export function normalise(strokes: readonly Stroke[]): Stroke[] {
  const points = strokes.flat();
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const size = Math.max(right - left, bottom - top, 1e-6);
  return strokes.map((stroke) => stroke.map((point) => ({ x: 0.5 + (point.x - (left + right) / 2) / size, y: 0.5 + (point.y - (top + bottom) / 2) / size })));
}

const level = (value: number) => Math.max(0, Math.min(LEVELS - 1, Math.round(value * (LEVELS - 1))));

/** Strokes as text: two characters a point, a space between strokes. */
export function encodeStrokes(strokes: readonly Stroke[]): string {
  return strokes.map((stroke) => stroke.map((point) => String.fromCharCode(CODE_ZERO + level(point.x), CODE_ZERO + level(point.y))).join('')).join(' ');
}

export function decodeStrokes(text: string): Stroke[] {
  return text.split(' ').map((stroke) => {
    const points: Stroke = [];
    for (let at = 0; at + 1 < stroke.length; at += 2)
      points.push({ x: (stroke.charCodeAt(at) - CODE_ZERO) / (LEVELS - 1), y: (stroke.charCodeAt(at + 1) - CODE_ZERO) / (LEVELS - 1) });
    return points;
  });
}

/** The ink-direction map of normalised strokes, as a unit vector (square roots even out long and short strokes). */
function inkMap(strokes: readonly Stroke[]): Float32Array {
  const map = new Float32Array(FEATURES);
  for (const stroke of strokes) {
    for (let index = 1; index < stroke.length; index++) {
      const from = stroke[index - 1]!;
      const to = stroke[index]!;
      const length = Math.hypot(to.x - from.x, to.y - from.y);
      if (length === 0) continue;
      // Direction without sense (a stroke drawn backwards still runs the same way), shared between the two nearest of the four.
      const angle = ((Math.atan2(to.y - from.y, to.x - from.x) + Math.PI) % Math.PI) / (Math.PI / DIRECTIONS);
      const lower = Math.floor(angle) % DIRECTIONS;
      const upper = (lower + 1) % DIRECTIONS;
      const share = angle - Math.floor(angle);
      const steps = Math.max(1, Math.ceil(length / INK_STEP));
      for (let step = 0; step < steps; step++) {
        const t = (step + 0.5) / steps;
        // Ink spread over the four nearest cells, so a stroke just across a cell border still meets its match.
        const gx = Math.max(0, Math.min(GRID - 1.001, (from.x + (to.x - from.x) * t) * GRID - 0.5));
        const gy = Math.max(0, Math.min(GRID - 1.001, (from.y + (to.y - from.y) * t) * GRID - 0.5));
        const [cx, cy] = [Math.floor(gx), Math.floor(gy)];
        const [fx, fy] = [gx - cx, gy - cy];
        const amount = length / steps;
        for (const [dx, dy, weight] of [
          [0, 0, (1 - fx) * (1 - fy)],
          [1, 0, fx * (1 - fy)],
          [0, 1, (1 - fx) * fy],
          [1, 1, fx * fy],
        ] as const) {
          const cell = ((cy + dy) * GRID + cx + dx) * DIRECTIONS;
          map[cell + lower] = map[cell + lower]! + amount * weight * (1 - share);
          map[cell + upper] = map[cell + upper]! + amount * weight * share;
        }
      }
    }
  }
  let norm = 0;
  for (let index = 0; index < FEATURES; index++) {
    map[index] = Math.sqrt(map[index]!);
    norm += map[index]! * map[index]!;
  }
  norm = Math.sqrt(norm) || 1;
  for (let index = 0; index < FEATURES; index++) map[index] = map[index]! / norm;
  return map;
}

const strokeDistance = (a: Stroke, b: Stroke) => a.reduce((sum, point, index) => sum + Math.hypot(point.x - b[index]!.x, point.y - b[index]!.y), 0) / a.length;

/**
 * How far written strokes are from a reference, stroke by stroke, in any order: each written stroke
 * paired with its nearest free reference stroke or with two neighbours it joined, nearest pairs first.
 */
function strokesDistance(written: readonly Stroke[], reference: readonly Stroke[]): number {
  const pairs: Array<{ distance: number; w: number; r: number[] }> = [];
  const joined = reference.slice(1).map((stroke, index) => resampleStroke([...reference[index]!, ...stroke]));
  written.forEach((stroke, w) => {
    reference.forEach((other, r) => pairs.push({ distance: strokeDistance(stroke, other), w, r: [r] }));
    joined.forEach((other, r) => pairs.push({ distance: strokeDistance(stroke, other), w, r: [r, r + 1] }));
  });
  pairs.sort((a, b) => a.distance - b.distance);
  const usedWritten = new Set<number>();
  const usedReference = new Set<number>();
  let total = 0;
  for (const pair of pairs) {
    if (usedWritten.has(pair.w) || pair.r.some((r) => usedReference.has(r))) continue;
    usedWritten.add(pair.w);
    pair.r.forEach((r) => usedReference.add(r));
    total += pair.distance;
  }
  total += UNPAIRED_STROKE * (written.length - usedWritten.size + reference.length - usedReference.size);
  return total / Math.max(written.length, reference.length);
}

export class HandwritingRecogniser {
  private constructor(
    private readonly characters: string[],
    /** Each character's strokes as encoded in the table: decoded only for the shortlist, which keeps memory to the table's size. */
    private readonly encoded: string[],
    private readonly maps: Float32Array,
  ) {}

  /** Reads generate/strokes.ts's table ("字<TAB>strokes" per line, commonest first). */
  static parse(table: string): HandwritingRecogniser {
    const characters: string[] = [];
    const encoded: string[] = [];
    for (const line of table.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab < 0) continue;
      characters.push(line.slice(0, tab));
      encoded.push(line.slice(tab + 1));
    }
    const maps = new Float32Array(characters.length * FEATURES);
    encoded.forEach((strokes, index) => maps.set(inkMap(normalise(decodeStrokes(strokes))), index * FEATURES));
    return new HandwritingRecogniser(characters, encoded, maps);
  }

  get size(): number {
    return this.characters.length;
  }

  /** The likeliest characters for strokes written on the pad (any frame: they are normalised), best first. */
  recognise(strokes: readonly Stroke[], limit = 10): Recognised[] {
    const drawn = strokes.filter((stroke) => stroke.length > 0);
    if (drawn.length === 0) return [];
    const written = normalise(drawn.map(smooth));
    const map = inkMap(written);
    const likeness = new Float32Array(this.characters.length);
    for (let index = 0; index < this.characters.length; index++) {
      let dot = 0;
      const offset = index * FEATURES;
      for (let feature = 0; feature < FEATURES; feature++) dot += map[feature]! * this.maps[offset + feature]!;
      likeness[index] = dot;
    }
    const shortlist = [...likeness.keys()].sort((a, b) => likeness[b]! - likeness[a]!).slice(0, SHORTLIST);
    const resampled = written.map((stroke) => resampleStroke(stroke));
    const commonness = (index: number) => 1 - index / this.characters.length;
    return shortlist
      .map((index) => ({
        character: this.characters[index]!,
        score:
          likeness[index]! - STROKE_WEIGHT * strokesDistance(resampled, normalise(decodeStrokes(this.encoded[index]!))) + COMMONNESS_WEIGHT * commonness(index),
      }))
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }
}
