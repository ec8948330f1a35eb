// Money as the fee screens show it. Main sends yuan as decimal strings and notices in whole fen;
// both stay strings and integers here, never floats.

const groupThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** "3300.00" → "3,300.00": grouped so a litigant can compare it with a notice at a glance. */
export function groupYuan(yuan: string): string {
  const [whole = '0', fraction] = yuan.split('.');
  return fraction === undefined ? groupThousands(whole) : `${groupThousands(whole)}.${fraction}`;
}

/** "100000.00" + "50000.00" → "150000.00", in whole fen so nothing is lost to floating point. */
export function addYuan(a: string, b: string): string {
  const fen = (yuan: string) => {
    const [whole = '0', fraction = ''] = yuan.split('.');
    return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0').slice(0, 2));
  };
  const sum = fen(a) + fen(b);
  return `${sum / 100n}.${String(sum % 100n).padStart(2, '0')}`;
}

/** 330000 fen → "3300.00". */
export function fenToYuan(fen: number): string {
  const whole = Math.trunc(fen / 100);
  const cents = String(fen % 100).padStart(2, '0');
  return `${whole}.${cents}`;
}
