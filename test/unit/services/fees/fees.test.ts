// The fee schedule at every band edge, by hand from the law (docs/RULES.md §1), plus properties over many
// amounts and every refusal the CLI promises.
import { describe, expect, it } from 'vitest';
import { parseFeeRequest, quoteFee, type ProvinceBases } from '../../../../main/services/fees/fee-calculator';
import { KioskError } from '../../../../main/services/errors';

const quote = (input: unknown, bases: ProvinceBases = {}) => quoteFee(parseFeeRequest(input), bases).fee;

// [article, kind, amount, options, expected fee]
const EDGES: [string, string, string | number | undefined, Record<string, unknown>, string][] = [
  ['13(1) ≤1万 flat, 0 literal', 'property', 0, {}, '50.00'],
  ['13(1) ≤1万', 'property', '10000', {}, '50.00'],
  ['13(1) 1万 + 1 fen rounds away', 'property', '10000.01', {}, '50.00'],
  ['13(1) half a fen rounds up', 'property', '10000.20', {}, '50.01'],
  ['13(1) 2.5%', 'property', '10020', {}, '50.50'],
  ['13(1) 10万', 'property', 100_000, {}, '2300.00'],
  ['13(1) 15万', 'property', '150000', {}, '3300.00'],
  ['13(1) 20万', 'property', 200_000, {}, '4300.00'],
  ['13(1) 50万', 'property', 500_000, {}, '8800.00'],
  ['13(1) 100万', 'property', 1_000_000, {}, '13800.00'],
  ['13(1) 200万', 'property', 2_000_000, {}, '22800.00'],
  ['13(1) 500万', 'property', 5_000_000, {}, '46800.00'],
  ['13(1) 1000万', 'property', 10_000_000, {}, '81800.00'],
  ['13(1) 2000万', 'property', 20_000_000, {}, '141800.00'],
  ['13(1) 3000万 at 0.5%', 'property', 30_000_000, {}, '191800.00'],
  ['15 mediation halves', 'property', '150000', { mediation: true }, '1650.00'],
  ['15 withdrawal halves', 'property', '10020', { withdrawal: true }, '25.25'],
  ['16 simplified halves, rounded after', 'property', '10000.20', { simplified: true }, '25.00'],
  ['16 small claims halves', 'property', 50_000, { smallClaims: true }, '525.00'],
  ['18 counterclaim halves', 'property', 100_000, { counterclaim: true }, '1150.00'],
  ['15+16 halve once only', 'property', 100_000, { mediation: true, simplified: true }, '1150.00'],
  ['rounding to the yuan', 'property', '10020', { rounding: 'yuan' }, '51.00'],
  ['13(2)1 divorce, no property', 'divorce', undefined, { base: 300 }, '300.00'],
  ['13(2)1 divorce, property ≤20万', 'divorce', 200_000, { base: 300 }, '300.00'],
  ['13(2)1 divorce, 1 yuan over', 'divorce', 200_001, { base: 300 }, '300.01'],
  ['13(2)1 divorce, 100万', 'divorce', 1_000_000, { base: 50 }, '4050.00'],
  ['13(2)2 personality, damages ≤5万', 'personality', 50_000, { base: 100 }, '100.00'],
  ['13(2)2 personality, 10万', 'personality', 100_000, { base: 100 }, '600.00'],
  ['13(2)2 personality, 20万', 'personality', 200_000, { base: 500 }, '1500.00'],
  ['13(2)3 other non-property, Chongqing 80', 'other_nonproperty', undefined, { base: 80 }, '80.00'],
  ['13(3) IP without amount', 'ip', undefined, { noAmount: true, base: 1000 }, '1000.00'],
  ['13(3) IP with amount: property table', 'ip', 150_000, {}, '3300.00'],
  ['13(4) labour', 'labor', undefined, {}, '10.00'],
  ['13(4) labour, halved', 'labor', undefined, { simplified: true }, '5.00'],
  ['13(5)1 trademark/patent/maritime', 'admin_special', undefined, {}, '100.00'],
  ['13(5)2 other administrative', 'admin_other', undefined, {}, '50.00'],
  ['13(6) jurisdiction objection', 'jurisdiction_objection', undefined, { base: 100 }, '100.00'],
  ['14(1) enforcement ≤1万', 'enforcement', 10_000, {}, '50.00'],
  ['14(1) enforcement 50万', 'enforcement', 500_000, {}, '7400.00'],
  ['14(1) enforcement 500万', 'enforcement', 5_000_000, {}, '52400.00'],
  ['14(1) enforcement 1000万', 'enforcement', 10_000_000, {}, '77400.00'],
  ['14(1) enforcement 2000万 at 0.1%', 'enforcement', 20_000_000, {}, '87400.00'],
  ['14(1) enforcement without amount', 'enforcement', undefined, { noAmount: true, base: 500 }, '500.00'],
  ['14(2) preservation without amount', 'preservation', undefined, { noAmount: true }, '30.00'],
  ['14(2) preservation ≤1000', 'preservation', 1_000, {}, '30.00'],
  ['14(2) preservation 10万', 'preservation', 100_000, {}, '1020.00'],
  ['14(2) preservation 50万', 'preservation', 500_000, {}, '3020.00'],
  ['14(2) preservation 5000 cap', 'preservation', 1_000_000, {}, '5000.00'],
  ['14(3) payment order ⅓', 'payment_order', 100_000, {}, '766.67'],
  ['14(3) payment order ⅓ of the flat 50', 'payment_order', 10_000, {}, '16.67'],
  ['14(4) public summons', 'public_notice', undefined, {}, '100.00'],
  ['14(5) arbitration review', 'arbitration_review', undefined, {}, '400.00'],
  ['14(6) bankruptcy ½', 'bankruptcy', 1_000_000, {}, '6900.00'],
  ['14(6) bankruptcy 1亿', 'bankruptcy', 100_000_000, {}, '270900.00'],
  ['14(6) bankruptcy cap 30万', 'bankruptcy', 200_000_000, {}, '300000.00'],
];

describe('fee schedule at the band edges', () => {
  it.each(EDGES)('Art %s', (_, kind, amount, options, expected) => {
    expect(quote({ kind, ...(amount === undefined ? {} : { amount }), options })).toBe(expected);
  });

  it('takes the province figure from the terminal when none is given', () => {
    expect(quote({ kind: 'other_nonproperty' }, { other_nonproperty: 80 })).toBe('80.00');
    expect(quote({ kind: 'other_nonproperty', options: { base: 100 } }, { other_nonproperty: 80 })).toBe('100.00');
  });

  it('explains a quote band by band with the article', () => {
    const { breakdown } = quoteFee(parseFeeRequest({ kind: 'property', amount: '150000', options: { mediation: true } }));
    expect(breakdown.map((s) => s.step)).toEqual(['flat', 'band', 'band', 'halved', 'rounded']);
    expect(breakdown[1]).toMatchObject({ from: '10000.00', to: '100000.00', rate: '2.5%', amount: '90000.00', fee: '2250.00' });
    expect(breakdown[3]).toMatchObject({ article: '《诉讼费用交纳办法》第十五条', grounds: ['mediation'], fee: '1650.00' });
    expect(breakdown.every((s) => s.step === 'rounded' || s.article.startsWith('《诉讼费用交纳办法》'))).toBe(true);
  });
});

describe('fee properties over many amounts', () => {
  // A fixed-seed generator: the same amounts every run, spread over every band.
  let seed = 20261123;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const amounts = Array.from({ length: 400 }, () => (random() * 10 ** (random() * 9)).toFixed(2)).sort((a, b) => Number(a) - Number(b));
  const fen = (fee: string) => Math.round(Number(fee) * 100);

  it.each(['property', 'enforcement', 'preservation', 'payment_order', 'bankruptcy'])('%s never decreases as the amount grows', (kind) => {
    const fees = amounts.map((amount) => fen(quote({ kind, amount })));
    fees.slice(1).forEach((fee, i) => expect(fee).toBeGreaterThanOrEqual(fees[i]!));
  });

  it('halved is half of the full fee to the fen', () => {
    for (const amount of amounts) {
      const full = fen(quote({ kind: 'property', amount }));
      const half = fen(quote({ kind: 'property', amount, options: { simplified: true } }));
      expect(Math.abs(2 * half - full)).toBeLessThanOrEqual(1);
    }
  });
});

describe('fee refusals', () => {
  const REFUSALS: [string, unknown, string][] = [
    ['a negative amount', { kind: 'property', amount: -5 }, 'INVALID_AMOUNT'],
    ['a non-numeric amount', { kind: 'property', amount: 'ten' }, 'INVALID_AMOUNT'],
    ['an exponent', { kind: 'property', amount: '1e5' }, 'INVALID_AMOUNT'],
    ['three decimals', { kind: 'property', amount: '10.001' }, 'INVALID_AMOUNT'],
    ['a boolean amount', { kind: 'property', amount: true }, 'INVALID_AMOUNT'],
    ['an empty amount', { kind: 'property', amount: '' }, 'INVALID_AMOUNT'],
    ['NaN', { kind: 'property', amount: Number.NaN }, 'INVALID_AMOUNT'],
    ['an unknown kind', { kind: 'speeding' }, 'UNKNOWN_KIND'],
    ['no kind', { amount: 1 }, 'UNKNOWN_KIND'],
    ['an unknown option', { kind: 'property', amount: 1, options: { discount: true } }, 'UNKNOWN_OPTION'],
    ['a string flag', { kind: 'property', amount: 1, options: { mediation: 'yes' } }, 'INVALID_OPTION'],
    ['an unknown rounding', { kind: 'property', amount: 1, options: { rounding: 'jiao' } }, 'INVALID_OPTION'],
    ['an unknown field', { kind: 'property', amount: 1, amout: 2 }, 'INVALID_INPUT'],
    ['a missing amount', { kind: 'property' }, 'AMOUNT_REQUIRED'],
    ['a missing enforcement amount', { kind: 'enforcement' }, 'AMOUNT_REQUIRED'],
    ['an amount for a per-case fee', { kind: 'labor', amount: 100 }, 'AMOUNT_NOT_APPLICABLE'],
    ['noAmount with an amount', { kind: 'ip', amount: 100, options: { noAmount: true, base: 500 } }, 'AMOUNT_NOT_APPLICABLE'],
    ['noAmount where an amount is the rule', { kind: 'property', options: { noAmount: true } }, 'NO_AMOUNT_NOT_APPLICABLE'],
    ['a missing base', { kind: 'divorce' }, 'BASE_REQUIRED'],
    ['a base below the range', { kind: 'divorce', options: { base: 49.99 } }, 'BASE_OUT_OF_RANGE'],
    ['a base above the range', { kind: 'other_nonproperty', options: { base: 101 } }, 'BASE_OUT_OF_RANGE'],
    ['a base for a fixed fee', { kind: 'labor', options: { base: 10 } }, 'BASE_NOT_APPLICABLE'],
    ['halving an application fee', { kind: 'preservation', amount: 1000, options: { mediation: true } }, 'HALVING_NOT_APPLICABLE'],
    ['halving arbitration review', { kind: 'arbitration_review', options: { withdrawal: true } }, 'HALVING_NOT_APPLICABLE'],
  ];

  it.each(REFUSALS)('refuses %s', (_, input, code) => {
    const error = (() => {
      try {
        quote(input);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(KioskError);
    expect((error as KioskError).code).toBe(code);
    expect((error as KioskError).messageKey).toMatch(/^fees\.quote\.errors\./);
  });
});
