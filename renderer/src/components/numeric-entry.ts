// What each on-screen keypad variant accepts, and how its value is shown back to the litigant:
// ID numbers and phones in groups, amounts with thousands separators and read out in 万/元.

export type KeypadVariant = 'amount' | 'idNumber' | 'phone' | 'digits';
export type KeypadKey = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '.' | 'X' | 'backspace' | 'clear';

interface VariantRule {
  /** The key beside 0: a decimal point for money, X for an ID check character, none for phones. */
  extraKey: '.' | 'X' | null;
  /** Every prefix of a valid value matches, so the value is valid as it is being typed. */
  accepts: RegExp;
  /** Display groups of characters, e.g. [6, 8, 4] = region, birth date, sequence + check. */
  groups: number[] | null;
}

export const KEYPAD_VARIANTS: Record<KeypadVariant, VariantRule> = {
  // Yuan and fen, as fees.smallClaims takes them: up to 15 digits, at most 2 decimals.
  amount: { extraKey: '.', accepts: /^(0|[1-9]\d{0,14})?(\.\d{0,2})?$/, groups: null },
  // Resident ID (GB 11643): 17 digits, then a check character that may be X.
  idNumber: { extraKey: 'X', accepts: /^\d{0,17}$|^\d{17}[\dX]$/, groups: [6, 8, 4] },
  // Mainland mobile numbers: 11 digits, read 3-4-4.
  phone: { extraKey: null, accepts: /^\d{0,11}$/, groups: [3, 4, 4] },
  // Plain counts and codes (a postcode, a number of people): digits only, shown as typed.
  digits: { extraKey: null, accepts: /^\d{0,32}$/, groups: null },
};

/** The value after one key press; a key the value cannot take leaves it as it was. */
export function pressKey(variant: KeypadVariant, value: string, key: KeypadKey): string {
  if (key === 'clear') return '';
  if (key === 'backspace') return value.slice(0, -1);
  let next = value + key;
  // "." alone means 0.; a leading zero before a digit is dropped, as people say the amount.
  if (variant === 'amount') next = next.replace(/^\./, '0.').replace(/^0(\d)/, '$1');
  return KEYPAD_VARIANTS[variant].accepts.test(next) ? next : value;
}

/** Text typed on a hardware keyboard or pasted, reduced key by key to what the variant accepts. */
export function sanitizeTyped(variant: KeypadVariant, typed: string): string {
  let value = '';
  for (const char of typed.toUpperCase()) {
    if (/^[\dX.]$/.test(char)) value = pressKey(variant, value, char as KeypadKey);
  }
  return value;
}

const groupThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** The value as the input shows it: grouped, so it can be checked against the card or notice. */
export function displayValue(variant: KeypadVariant, value: string): string {
  if (variant === 'amount') {
    const [whole = '', fraction] = value.split('.');
    return fraction === undefined ? groupThousands(whole) : `${groupThousands(whole)}.${fraction}`;
  }
  const groups = KEYPAD_VARIANTS[variant].groups;
  if (!groups) return value;
  const parts: string[] = [];
  let at = 0;
  for (const size of groups) {
    if (at >= value.length) break;
    parts.push(value.slice(at, at + size));
    at += size;
  }
  return parts.join(' ');
}

export interface AmountUnits {
  yi: string;
  wan: string;
  yuan: string;
}

export interface AmountReading {
  /** 150000 → "150,000"; for languages that read amounts by thousands. */
  grouped: string;
  /** 150000 → "15 万元", 123456.78 → "12 万 3456.78 元": how a Chinese speaker reads it. */
  chinese: string;
}

/** How an amount reads, or null while nothing has been typed. Pure string work: money is never a float. */
export function readAmount(value: string, units: AmountUnits): AmountReading | null {
  if (!/\d/.test(value)) return null;
  const [rawWhole = '', rawFraction = ''] = value.split('.');
  const whole = rawWhole.replace(/^0+(?=\d)/, '') || '0';
  const fraction = rawFraction.replace(/0+$/, '');
  const dropZeros = (digits: string) => digits.replace(/^0+/, '');
  const yi = dropZeros(whole.slice(0, -8));
  const wan = dropZeros(whole.slice(-8, -4));
  const ones = dropZeros(whole.slice(-4));
  const big = [yi && `${yi} ${units.yi}`, wan && `${wan} ${units.wan}`].filter(Boolean).join(' ');
  const small = ones || fraction ? `${ones || '0'}${fraction ? `.${fraction}` : ''}` : '';
  let chinese: string;
  if (!big) chinese = `${small || '0'} ${units.yuan}`;
  else if (small) chinese = `${big} ${small} ${units.yuan}`;
  // "15 万元": with nothing below the 万, the unit is read straight on.
  else chinese = `${big}${units.yuan}`;
  return { grouped: `${groupThousands(whole)}${fraction ? `.${fraction}` : ''}`, chinese };
}
