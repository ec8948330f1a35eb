// Exact money arithmetic: amounts are rationals over BigInt, so bands, halving and the ⅓ of a
// payment order never meet binary floating point; rounding happens once, at the end.
import { KioskError } from '../errors';

export class Exact {
  private constructor(
    readonly num: bigint,
    readonly den: bigint,
  ) {}

  static of(num: bigint, den = 1n): Exact {
    if (den === 0n) throw new RangeError('division by zero');
    const sign = den < 0n ? -1n : 1n;
    const g = gcd(num < 0n ? -num : num, den < 0n ? -den : den) || 1n;
    return new Exact((sign * num) / g, (sign * den) / g);
  }

  static yuan(n: number | bigint): Exact {
    return Exact.of(BigInt(n));
  }

  /** A percentage such as "2.5" → 0.025. */
  static percent(text: string): Exact {
    return parseDecimal(text).div(Exact.of(100n));
  }

  add(o: Exact) {
    return Exact.of(this.num * o.den + o.num * this.den, this.den * o.den);
  }
  sub(o: Exact) {
    return Exact.of(this.num * o.den - o.num * this.den, this.den * o.den);
  }
  mul(o: Exact) {
    return Exact.of(this.num * o.num, this.den * o.den);
  }
  div(o: Exact) {
    return Exact.of(this.num * o.den, this.den * o.num);
  }
  cmp(o: Exact): number {
    const d = this.num * o.den - o.num * this.den;
    return d < 0n ? -1 : d > 0n ? 1 : 0;
  }
  min(o: Exact) {
    return this.cmp(o) <= 0 ? this : o;
  }
  max(o: Exact) {
    return this.cmp(o) >= 0 ? this : o;
  }

  /** Half-up to a multiple of `unit` (0.01 for fen, 1 for yuan); amounts here are never negative. */
  round(unit: Exact): Exact {
    const units = this.div(unit);
    const whole = (2n * units.num + units.den) / (2n * units.den);
    return Exact.of(whole).mul(unit);
  }

  /** Exactly, with as many decimals as needed (at least `min`); a repeating value is cut at 6 places. */
  toDecimal(min = 2): string {
    let digits = 0;
    let scale = 1n;
    while (digits < min || ((this.num * scale) % this.den !== 0n && digits < 6)) {
      digits++;
      scale *= 10n;
    }
    const scaled = (this.num * scale) / this.den;
    const text = scaled.toString().padStart(digits + 1, '0');
    return digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a;
}

const DECIMAL = /^(\d{1,15})(?:\.(\d{1,2}))?$/;

function parseDecimal(text: string): Exact {
  const [whole, frac = ''] = text.split('.');
  return Exact.of(BigInt(whole! + frac), 10n ** BigInt(frac.length));
}

/**
 * An amount in yuan as the litigant or a script gives it: a plain decimal with at most two
 * places (fen). Exponents, signs, booleans and anything else are refused, never guessed at.
 */
export function parseYuan(value: unknown, field = 'amount'): Exact {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value : null;
  if (text === null || !DECIMAL.test(text)) {
    throw new KioskError('INVALID_AMOUNT', 'fees.quote.errors.invalidAmount', { field, value: typeof value === 'string' ? value : JSON.stringify(value) });
  }
  return parseDecimal(text);
}

export const FEN = Exact.of(1n, 100n);
export const YUAN = Exact.of(1n);
