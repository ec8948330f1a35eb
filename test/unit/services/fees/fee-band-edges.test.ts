// Every kind of 《诉讼费用交纳办法》 Arts 13–14 at every edge the schedule has: 100 yuan under each
// band's top, at it and 100 yuan over (so a wrong rate on either side shows), each cap reached and
// passed, and each province range at its ends. The figures were worked out independently of the
// code, in exact decimals; the article is the first column. Plus properties over many amounts.
import { describe, expect, it } from 'vitest';
import { parseFeeRequest, quoteFee } from '../../../../main/services/fees/fee-calculator';
import type { KioskError } from '../../../../main/services/errors';
import { FeeKind } from '../../../../contract';

const quote = (input: unknown) => quoteFee(parseFeeRequest(input)).fee;

const BAND_EDGES: [string, string, string, Record<string, unknown>, string][] = [
  ['13(1)', 'property', '9900', {}, '50.00'],
  ['13(1)', 'property', '10000', {}, '50.00'],
  ['13(1)', 'property', '10100', {}, '52.50'],
  ['13(1)', 'property', '99900', {}, '2297.50'],
  ['13(1)', 'property', '100000', {}, '2300.00'],
  ['13(1)', 'property', '100100', {}, '2302.00'],
  ['13(1)', 'property', '199900', {}, '4298.00'],
  ['13(1)', 'property', '200000', {}, '4300.00'],
  ['13(1)', 'property', '200100', {}, '4301.50'],
  ['13(1)', 'property', '499900', {}, '8798.50'],
  ['13(1)', 'property', '500000', {}, '8800.00'],
  ['13(1)', 'property', '500100', {}, '8801.00'],
  ['13(1)', 'property', '999900', {}, '13799.00'],
  ['13(1)', 'property', '1000000', {}, '13800.00'],
  ['13(1)', 'property', '1000100', {}, '13800.90'],
  ['13(1)', 'property', '1999900', {}, '22799.10'],
  ['13(1)', 'property', '2000000', {}, '22800.00'],
  ['13(1)', 'property', '2000100', {}, '22800.80'],
  ['13(1)', 'property', '4999900', {}, '46799.20'],
  ['13(1)', 'property', '5000000', {}, '46800.00'],
  ['13(1)', 'property', '5000100', {}, '46800.70'],
  ['13(1)', 'property', '9999900', {}, '81799.30'],
  ['13(1)', 'property', '10000000', {}, '81800.00'],
  ['13(1)', 'property', '10000100', {}, '81800.60'],
  ['13(1)', 'property', '19999900', {}, '141799.40'],
  ['13(1)', 'property', '20000000', {}, '141800.00'],
  ['13(1)', 'property', '20000100', {}, '141800.50'],
  ['13(3)', 'ip', '9900', {}, '50.00'],
  ['13(3)', 'ip', '10000', {}, '50.00'],
  ['13(3)', 'ip', '10100', {}, '52.50'],
  ['13(3)', 'ip', '99900', {}, '2297.50'],
  ['13(3)', 'ip', '100000', {}, '2300.00'],
  ['13(3)', 'ip', '100100', {}, '2302.00'],
  ['13(3)', 'ip', '199900', {}, '4298.00'],
  ['13(3)', 'ip', '200000', {}, '4300.00'],
  ['13(3)', 'ip', '200100', {}, '4301.50'],
  ['13(3)', 'ip', '499900', {}, '8798.50'],
  ['13(3)', 'ip', '500000', {}, '8800.00'],
  ['13(3)', 'ip', '500100', {}, '8801.00'],
  ['13(3)', 'ip', '999900', {}, '13799.00'],
  ['13(3)', 'ip', '1000000', {}, '13800.00'],
  ['13(3)', 'ip', '1000100', {}, '13800.90'],
  ['13(3)', 'ip', '1999900', {}, '22799.10'],
  ['13(3)', 'ip', '2000000', {}, '22800.00'],
  ['13(3)', 'ip', '2000100', {}, '22800.80'],
  ['13(3)', 'ip', '4999900', {}, '46799.20'],
  ['13(3)', 'ip', '5000000', {}, '46800.00'],
  ['13(3)', 'ip', '5000100', {}, '46800.70'],
  ['13(3)', 'ip', '9999900', {}, '81799.30'],
  ['13(3)', 'ip', '10000000', {}, '81800.00'],
  ['13(3)', 'ip', '10000100', {}, '81800.60'],
  ['13(3)', 'ip', '19999900', {}, '141799.40'],
  ['13(3)', 'ip', '20000000', {}, '141800.00'],
  ['13(3)', 'ip', '20000100', {}, '141800.50'],
  ['14(3)', 'payment_order', '9900', {}, '16.67'],
  ['14(3)', 'payment_order', '10000', {}, '16.67'],
  ['14(3)', 'payment_order', '10100', {}, '17.50'],
  ['14(3)', 'payment_order', '99900', {}, '765.83'],
  ['14(3)', 'payment_order', '100000', {}, '766.67'],
  ['14(3)', 'payment_order', '100100', {}, '767.33'],
  ['14(3)', 'payment_order', '199900', {}, '1432.67'],
  ['14(3)', 'payment_order', '200000', {}, '1433.33'],
  ['14(3)', 'payment_order', '200100', {}, '1433.83'],
  ['14(3)', 'payment_order', '499900', {}, '2932.83'],
  ['14(3)', 'payment_order', '500000', {}, '2933.33'],
  ['14(3)', 'payment_order', '500100', {}, '2933.67'],
  ['14(3)', 'payment_order', '999900', {}, '4599.67'],
  ['14(3)', 'payment_order', '1000000', {}, '4600.00'],
  ['14(3)', 'payment_order', '1000100', {}, '4600.30'],
  ['14(3)', 'payment_order', '1999900', {}, '7599.70'],
  ['14(3)', 'payment_order', '2000000', {}, '7600.00'],
  ['14(3)', 'payment_order', '2000100', {}, '7600.27'],
  ['14(3)', 'payment_order', '4999900', {}, '15599.73'],
  ['14(3)', 'payment_order', '5000000', {}, '15600.00'],
  ['14(3)', 'payment_order', '5000100', {}, '15600.23'],
  ['14(3)', 'payment_order', '9999900', {}, '27266.43'],
  ['14(3)', 'payment_order', '10000000', {}, '27266.67'],
  ['14(3)', 'payment_order', '10000100', {}, '27266.87'],
  ['14(3)', 'payment_order', '19999900', {}, '47266.47'],
  ['14(3)', 'payment_order', '20000000', {}, '47266.67'],
  ['14(3)', 'payment_order', '20000100', {}, '47266.83'],
  ['14(6)', 'bankruptcy', '9900', {}, '25.00'],
  ['14(6)', 'bankruptcy', '10000', {}, '25.00'],
  ['14(6)', 'bankruptcy', '10100', {}, '26.25'],
  ['14(6)', 'bankruptcy', '99900', {}, '1148.75'],
  ['14(6)', 'bankruptcy', '100000', {}, '1150.00'],
  ['14(6)', 'bankruptcy', '100100', {}, '1151.00'],
  ['14(6)', 'bankruptcy', '199900', {}, '2149.00'],
  ['14(6)', 'bankruptcy', '200000', {}, '2150.00'],
  ['14(6)', 'bankruptcy', '200100', {}, '2150.75'],
  ['14(6)', 'bankruptcy', '499900', {}, '4399.25'],
  ['14(6)', 'bankruptcy', '500000', {}, '4400.00'],
  ['14(6)', 'bankruptcy', '500100', {}, '4400.50'],
  ['14(6)', 'bankruptcy', '999900', {}, '6899.50'],
  ['14(6)', 'bankruptcy', '1000000', {}, '6900.00'],
  ['14(6)', 'bankruptcy', '1000100', {}, '6900.45'],
  ['14(6)', 'bankruptcy', '1999900', {}, '11399.55'],
  ['14(6)', 'bankruptcy', '2000000', {}, '11400.00'],
  ['14(6)', 'bankruptcy', '2000100', {}, '11400.40'],
  ['14(6)', 'bankruptcy', '4999900', {}, '23399.60'],
  ['14(6)', 'bankruptcy', '5000000', {}, '23400.00'],
  ['14(6)', 'bankruptcy', '5000100', {}, '23400.35'],
  ['14(6)', 'bankruptcy', '9999900', {}, '40899.65'],
  ['14(6)', 'bankruptcy', '10000000', {}, '40900.00'],
  ['14(6)', 'bankruptcy', '10000100', {}, '40900.30'],
  ['14(6)', 'bankruptcy', '19999900', {}, '70899.70'],
  ['14(6)', 'bankruptcy', '20000000', {}, '70900.00'],
  ['14(6)', 'bankruptcy', '20000100', {}, '70900.25'],
  ['14(6) cap: half is 298,400, under it', 'bankruptcy', '111000000', {}, '298400.00'],
  ['14(6) cap: half is exactly 300,000', 'bankruptcy', '111640000', {}, '300000.00'],
  ['14(6) cap: half would be 300,900', 'bankruptcy', '112000000', {}, '300000.00'],
  ['14(1)', 'enforcement', '9900', {}, '50.00'],
  ['14(1)', 'enforcement', '10000', {}, '50.00'],
  ['14(1)', 'enforcement', '10100', {}, '51.50'],
  ['14(1)', 'enforcement', '499900', {}, '7398.50'],
  ['14(1)', 'enforcement', '500000', {}, '7400.00'],
  ['14(1)', 'enforcement', '500100', {}, '7401.00'],
  ['14(1)', 'enforcement', '4999900', {}, '52399.00'],
  ['14(1)', 'enforcement', '5000000', {}, '52400.00'],
  ['14(1)', 'enforcement', '5000100', {}, '52400.50'],
  ['14(1)', 'enforcement', '9999900', {}, '77399.50'],
  ['14(1)', 'enforcement', '10000000', {}, '77400.00'],
  ['14(1)', 'enforcement', '10000100', {}, '77400.10'],
  ['14(2)', 'preservation', '900', {}, '30.00'],
  ['14(2)', 'preservation', '1000', {}, '30.00'],
  ['14(2)', 'preservation', '1100', {}, '31.00'],
  ['14(2)', 'preservation', '99900', {}, '1019.00'],
  ['14(2)', 'preservation', '100000', {}, '1020.00'],
  ['14(2)', 'preservation', '100100', {}, '1020.50'],
  ['14(2) cap: 4,995 is under it', 'preservation', '895000', {}, '4995.00'],
  ['14(2) cap: exactly 5,000', 'preservation', '896000', {}, '5000.00'],
  ['14(2) cap: 5,005 would be over', 'preservation', '897000', {}, '5000.00'],
  ['13(2)1', 'divorce', '199900', { base: 50 }, '50.00'],
  ['13(2)1', 'divorce', '200000', { base: 50 }, '50.00'],
  ['13(2)1', 'divorce', '200100', { base: 50 }, '50.50'],
  ['13(2)2', 'personality', '49900', { base: 100 }, '100.00'],
  ['13(2)2', 'personality', '50000', { base: 100 }, '100.00'],
  ['13(2)2', 'personality', '50100', { base: 100 }, '101.00'],
  ['13(2)2', 'personality', '99900', { base: 100 }, '599.00'],
  ['13(2)2', 'personality', '100000', { base: 100 }, '600.00'],
  ['13(2)2', 'personality', '100100', { base: 100 }, '600.50'],
];

describe('every band edge of every kind priced by an amount', () => {
  it.each(BAND_EDGES)('Art %s %s %s', (_, kind, amount, options, expected) => {
    expect(quote({ kind, amount, options })).toBe(expected);
  });

  it('covers every kind the schedule prices by an amount', () => {
    const covered = new Set(BAND_EDGES.map(([, kind]) => kind));
    expect([...covered].sort()).toEqual(['bankruptcy', 'divorce', 'enforcement', 'ip', 'payment_order', 'personality', 'preservation', 'property']);
  });
});

/** Per-case fees: a fixed figure, or the province's figure checked against the range's ends. */
const PER_CASE: [string, string, Record<string, unknown>, string | null][] = [
  ['13(2)1 divorce at the bottom', 'divorce', { base: 50 }, '50.00'],
  ['13(2)1 divorce at the top', 'divorce', { base: 300 }, '300.00'],
  ['13(2)1 divorce over the top', 'divorce', { base: '300.01' }, null],
  ['13(2)2 personality at the bottom', 'personality', { base: 100 }, '100.00'],
  ['13(2)2 personality under the bottom', 'personality', { base: '99.99' }, null],
  ['13(2)2 personality at the top', 'personality', { base: 500 }, '500.00'],
  ['13(2)3 other non-property at the bottom', 'other_nonproperty', { base: 50 }, '50.00'],
  ['13(2)3 other non-property at the top', 'other_nonproperty', { base: 100 }, '100.00'],
  ['13(3) IP with no amount at the bottom', 'ip', { noAmount: true, base: 500 }, '500.00'],
  ['13(3) IP with no amount over the top', 'ip', { noAmount: true, base: '1000.01' }, null],
  ['13(4) labour', 'labor', {}, '10.00'],
  ['13(5)1 trademark, patent, maritime', 'admin_special', {}, '100.00'],
  ['13(5)2 other administrative', 'admin_other', {}, '50.00'],
  ['13(6) jurisdiction objection at the bottom', 'jurisdiction_objection', { base: 50 }, '50.00'],
  ['13(6) jurisdiction objection under the bottom', 'jurisdiction_objection', { base: '49.99' }, null],
  ['14(1) enforcement with no amount at the top', 'enforcement', { noAmount: true, base: 500 }, '500.00'],
  ['14(1) enforcement with no amount over the top', 'enforcement', { noAmount: true, base: '500.01' }, null],
  ['14(2) preservation with no amount', 'preservation', { noAmount: true }, '30.00'],
  ['14(4) public summons', 'public_notice', {}, '100.00'],
  ['14(5) arbitration review', 'arbitration_review', {}, '400.00'],
];

describe('per-case fees and the ends of each province range', () => {
  it.each(PER_CASE)('Art %s', (_, kind, options, expected) => {
    if (expected !== null) return expect(quote({ kind, options })).toBe(expected);
    const refusal = (() => {
      try {
        quote({ kind, options });
      } catch (error) {
        return (error as KioskError).code;
      }
    })();
    expect(refusal).toBe('BASE_OUT_OF_RANGE');
  });

  it('between the two tables, every kind of the contract is priced', () => {
    const covered = new Set([...BAND_EDGES.map(([, kind]) => kind), ...PER_CASE.map(([, kind]) => kind)]);
    expect([...covered].sort()).toEqual([...FeeKind.options].sort());
  });
});

describe('properties over many amounts, for every kind priced by one', () => {
  // A fixed-seed generator: the same amounts every run, from fen to hundreds of millions.
  let seed = 44;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const amounts = Array.from({ length: 300 }, () => (random() * 10 ** (random() * 9.2)).toFixed(2)).sort((a, b) => Number(a) - Number(b));
  const fen = (fee: string) => BigInt(fee.replace('.', ''));
  const WITH_BASE: Record<string, Record<string, unknown>> = { divorce: { base: 50 }, personality: { base: 100 } };
  const BY_AMOUNT = ['property', 'ip', 'divorce', 'personality', 'enforcement', 'preservation', 'payment_order', 'bankruptcy'];

  it.each(BY_AMOUNT)('%s never decreases as the amount grows', (kind) => {
    const fees = amounts.map((amount) => fen(quote({ kind, amount, options: WITH_BASE[kind] ?? {} })));
    fees.slice(1).forEach((fee, i) => expect(fee >= fees[i]!).toBe(true));
  });

  it.each(['property', 'ip', 'divorce', 'personality'])('%s halved is half the full fee, to the fen', (kind) => {
    for (const amount of amounts) {
      const options = WITH_BASE[kind] ?? {};
      const full = fen(quote({ kind, amount, options }));
      for (const ground of ['mediation', 'withdrawal', 'simplified', 'smallClaims', 'counterclaim']) {
        const half = fen(quote({ kind, amount, options: { ...options, [ground]: true } }));
        // Rounded once, after halving: half of an odd number of fen lands on either side by at most one.
        expect(2n * half - full >= -1n && 2n * half - full <= 1n, `${kind} ${amount} ${ground}`).toBe(true);
      }
    }
  });

  it('a payment order is a third of the property fee, and bankruptcy half of it up to 300,000, to the fen', () => {
    for (const amount of amounts) {
      const property = fen(quote({ kind: 'property', amount }));
      const order = fen(quote({ kind: 'payment_order', amount }));
      const bankruptcy = fen(quote({ kind: 'bankruptcy', amount }));
      expect(3n * order - property >= -2n && 3n * order - property <= 2n).toBe(true);
      // Capped at 300,000 yuan only once half the property fee reaches it; otherwise half, to the fen.
      const twice = 2n * bankruptcy - property;
      expect(bankruptcy === 30_000_000n ? property >= 59_999_999n : twice >= -1n && twice <= 1n, `bankruptcy ${amount}`).toBe(true);
    }
  });
});
