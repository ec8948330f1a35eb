// Resident identity card numbers, GB 11643-1999: address(6) birth date(8) sequence(3, odd = male)
// check character. The address code is not checked (docs/RULES.md §4).
import { KioskError } from '../errors';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export type ResidentIdProblem = 'length' | 'characters' | 'birthDate' | 'checksum';

export type ResidentIdResult = { valid: true; id: string; birthDate: string; sex: 'male' | 'female' } | { valid: false; problem: ResidentIdProblem };

export function checkResidentId(input: string, asOf: Date): ResidentIdResult {
  const id = input.trim().toUpperCase();
  if (id.length !== 18) return { valid: false, problem: 'length' };
  if (!/^\d{17}[\dX]$/.test(id)) return { valid: false, problem: 'characters' };
  const [y, m, d] = [id.slice(6, 10), id.slice(10, 12), id.slice(12, 14)].map(Number) as [number, number, number];
  const birth = new Date(Date.UTC(y, m - 1, d));
  const real = birth.getUTCFullYear() === y && birth.getUTCMonth() === m - 1 && birth.getUTCDate() === d;
  // Date.UTC maps years below 100 into the 1900s, so very old years are refused outright.
  if (!real || y < 1800 || birth.getTime() > asOf.getTime()) return { valid: false, problem: 'birthDate' };
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  if (CHECK[sum % 11] !== id[17]) return { valid: false, problem: 'checksum' };
  return { valid: true, id, birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`, sex: Number(id[16]) % 2 === 1 ? 'male' : 'female' };
}

/** The normalised ID number, or a refusal naming what is wrong with it. */
export function requireResidentId(input: string, asOf: Date): string {
  const result = checkResidentId(input, asOf);
  if (!result.valid) throw new KioskError('INVALID_ID_NUMBER', `identity.errors.${result.problem}`);
  return result.id;
}
