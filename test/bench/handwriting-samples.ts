// The handwriting test set: reference strokes of common court-form characters, distorted the ways
// a finger on glass distorts them — jitter, a different size and proportion, a slant, two strokes
// written in the wrong order, two strokes joined in one go — from a fixed seed, so every run (the
// unit test's and `npm run bench -- ime`'s) sees the same inputs.
import { referenceStrokes } from '../../renderer/src/keyboard/generate/strokes';
import { resampleStroke, type Stroke } from '../../renderer/src/keyboard/handwriting';

export const DISTORTIONS = ['jitter', 'scale', 'slant', 'order', 'joined'] as const;
export type Distortion = (typeof DISTORTIONS)[number];

/** Characters litigants write on court forms: names, places, money, the court's words. */
export const HANDWRITING_CHARACTERS = [
  ...'王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林郑梁谢唐许冯宋韩邓彭曹曾田于肖潘袁董叶杜丁蒋程余吕魏蔡苏任卢沈姜姚钟崔陆谭汪石付贾',
  ...'建国秀英桂兰华明伟芳军强丽敏静红玲平刚海燕春生德福',
  ...'北京上海天津重庆广州深圳省市区县镇乡村路街巷号栋楼单元室组',
  ...'法院原告被告借款利息本金违约金合同欠款还钱元万千百十一二三四五六七八九零年月日',
  ...'诉讼请求事实理由证据判令支付赔偿离婚租金工资房屋银行',
];

/** A small fast generator (mulberry32), so the set is the same on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The strokes as a finger would give them: many points along each, in pad pixels. */
function asWritten(strokes: Stroke[]): Stroke[] {
  return strokes.map((stroke) => resampleStroke(stroke, 24).map((point) => ({ x: point.x * 300, y: point.y * 300 })));
}

export function distort(strokes: Stroke[], how: Distortion, next: () => number): Stroke[] {
  const written = asWritten(strokes);
  switch (how) {
    case 'jitter':
      return written.map((stroke) => stroke.map((point) => ({ x: point.x + (next() - 0.5) * 12, y: point.y + (next() - 0.5) * 12 })));
    case 'scale': {
      // Bigger or smaller, and up to a third wider or narrower than it is tall.
      const size = 0.5 + next();
      const aspect = 0.75 + next() * 0.58;
      const [sx, sy] = [size * Math.sqrt(aspect), size / Math.sqrt(aspect)];
      return written.map((stroke) => stroke.map((point) => ({ x: point.x * sx, y: point.y * sy })));
    }
    case 'slant': {
      const shear = (next() - 0.5) * 0.5;
      return written.map((stroke) => stroke.map((point) => ({ x: point.x + shear * (300 - point.y), y: point.y })));
    }
    case 'order': {
      if (written.length < 2) return written;
      const at = Math.floor(next() * (written.length - 1));
      return [...written.slice(0, at), written[at + 1]!, written[at]!, ...written.slice(at + 2)];
    }
    case 'joined': {
      if (written.length < 2) return written;
      const at = Math.floor(next() * (written.length - 1));
      return [...written.slice(0, at), [...written[at]!, ...written[at + 1]!], ...written.slice(at + 2)];
    }
  }
}

export interface HandwritingSample {
  character: string;
  distortion: Distortion;
  strokes: Stroke[];
}

/** Every test character under every distortion, plus jitter on top of each (as real writing always has). */
export function handwritingSamples(seed = 17): HandwritingSample[] {
  const next = random(seed);
  return HANDWRITING_CHARACTERS.flatMap((character) => {
    const reference = referenceStrokes(character);
    return DISTORTIONS.map((distortion) => ({
      character,
      distortion,
      strokes: distort(
        distort(reference, distortion, next).map((stroke) => stroke.map((point) => ({ x: point.x / 300, y: point.y / 300 }))),
        'jitter',
        next,
      ),
    }));
  });
}
