// Bank card numbers for refunds: 12–19 digits passing the Luhn check (ISO/IEC 7812), which catches
// every single-digit slip and most swapped neighbours before money is sent to the wrong account.

export function isBankCardNumber(input: string): boolean {
  const digits = input.replace(/\s+/g, '');
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
