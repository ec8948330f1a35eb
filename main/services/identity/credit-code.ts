// Unified social credit codes (GB 32100-2015). A failing checksum only warns: some early real
// codes reportedly fail it, so the litigant is asked to re-check rather than stopped (docs/RULES.md §4).
import { CREDIT_CODE_CHARS, DEPARTMENTS } from './credit-code.data';

export type CreditCodeWarning = 'checksum' | 'unknownDepartment' | 'unknownCategory';

export type CreditCodeResult = { valid: true; code: string; warnings: CreditCodeWarning[] } | { valid: false; problem: 'length' | 'characters' | 'region' };

// Weight of position i (1-based) is 3^(i-1) mod 31.
const WEIGHTS = Array.from({ length: 17 }, (_, i) => Number(3n ** BigInt(i) % 31n));

export function creditCodeCheckChar(first17: string): string {
  const sum = [...first17].reduce((acc, ch, i) => acc + CREDIT_CODE_CHARS.indexOf(ch) * WEIGHTS[i]!, 0);
  return CREDIT_CODE_CHARS[(31 - (sum % 31)) % 31]!;
}

export function checkCreditCode(input: string): CreditCodeResult {
  const code = input.trim().toUpperCase();
  if (code.length !== 18) return { valid: false, problem: 'length' };
  if (![...code].every((ch) => CREDIT_CODE_CHARS.includes(ch))) return { valid: false, problem: 'characters' };
  if (!/^\d{6}$/.test(code.slice(2, 8))) return { valid: false, problem: 'region' };
  const warnings: CreditCodeWarning[] = [];
  const department = DEPARTMENTS[code[0]!];
  if (!department) warnings.push('unknownDepartment');
  else if (!department.categories.includes(code[1]!)) warnings.push('unknownCategory');
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) warnings.push('checksum');
  return { valid: true, code, warnings };
}
