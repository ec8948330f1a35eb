// The receipt number's check (issue 15 item 6): a mistyped digit or two swapped neighbours never pass,
// and someone holding their own receipt cannot walk the sequence to find anyone else's — on a real
// SQLite file, with numbers issued as the services issue them.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enqueueSubmission } from '../../../../main/services/outbox/outbox';
import { isFilingReceiptNo, nextReceiptNo, RECEIPT_CHECK, receiptCheck, receiptKey, receiptNoForm } from '../../../../main/services/outbox/receipt-numbers';
import { resourcePaths } from '../../../../main/services/resource-paths';
import type { Database } from '../../../../main/services/storage/database';
import { openStorage } from '../../../../main/services/storage/open-storage';
import { REPO_ROOT, manualClock, tempDir } from '../../support/temp-kiosk';

const { migrations } = resourcePaths(REPO_ROOT);
const clock = manualClock('2026-11-23T02:00:00.000Z');
let data: ReturnType<typeof tempDir>;
let db: Database;
beforeEach(async () => {
  data = tempDir();
  db = await openStorage(data.dir, migrations, clock);
});
afterEach(async () => {
  await db.close();
  data.remove();
});

/** Issues `count` refund receipts of one day, each with its submission, as FeeApplications does. */
async function issue(count: number): Promise<string[]> {
  return db.transaction(async (tx) => {
    const numbers: string[] = [];
    for (let i = 0; i < count; i++) {
      const receiptNo = await nextReceiptNo(tx, 'KIOSK-01', 'refund', '2026-11-23');
      await enqueueSubmission(tx, { key: `refund-${i}`, kind: 'refund', receiptNo, payload: { phone: '13800138000' } }, clock.now());
      numbers.push(receiptNo);
    }
    return numbers;
  });
}

/** Every number that differs from `text` in one digit. */
function singleDigitChanges(text: string): string[] {
  return [...text].flatMap((char, at) =>
    /\d/.test(char) ? [...'0123456789'].filter((d) => d !== char).map((d) => `${text.slice(0, at)}${d}${text.slice(at + 1)}`) : [],
  );
}

/** Every number with two different neighbouring digits swapped, the dashes left out of the count of "neighbouring". */
function adjacentSwaps(text: string): string[] {
  const at = [...text].flatMap((char, i) => (/\d/.test(char) ? [i] : []));
  return at.slice(1).flatMap((j, n) => {
    const i = at[n]!;
    if (text[i] === text[j]) return [];
    const chars = [...text];
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
    return [chars.join('')];
  });
}

describe('receipt numbers', () => {
  it('carry their check as a last group, and pass their own check', async () => {
    const [first, second] = await issue(2);
    expect(first).toMatch(/^KIOSK-01-TF-20261123-0001-\d{5}$/);
    expect(second).toMatch(/^KIOSK-01-TF-20261123-0002-\d{5}$/);
    const key = await receiptKey(db);
    expect(receiptNoForm(key, first!)).toBe('checked');
    expect(receiptNoForm(key, second!)).toBe('checked');
  });

  it('refuse every single-digit change and every swap of neighbouring digits', async () => {
    const key = await receiptKey(db);
    for (const receiptNo of await issue(3)) {
      const typos = [...singleDigitChanges(receiptNo), ...adjacentSwaps(receiptNo)];
      expect(typos.length).toBeGreaterThan(150);
      expect(typos.filter((typo) => receiptNoForm(key, typo) === 'checked')).toEqual([]);
    }
  });

  it('let none of 150 sequential guesses from someone holding their own receipt find another', async () => {
    // A fixed key keeps the test the same on every run: each guess passes about once in 10^4, so over
    // these 450 guesses a fresh random key would now and then let one through — the lock-out's job.
    await db.run('UPDATE receipt_key SET key = ?', [createHash('sha256').update('receipt-numbers.test').digest()]);
    const issued = await issue(151);
    const key = await receiptKey(db);
    const [mine] = issued;
    const myKeyed = mine!.slice(-5, -1);
    const body = (n: number) => `KIOSK-01-TF-20261123-${String(n).padStart(4, '0')}`;
    // What a guesser can make: the next numbers with my check copied, or with my keyed digits and the
    // right Damm digit (that part is public), or with keyed digits of their own choosing.
    const damm = (text: string) => [...text.replace(/\D/g, '')].reduce<number>((s, d) => RECEIPT_CHECK.damm[s]![Number(d)]!, 0);
    const guesses = Array.from({ length: 150 }, (_, i) => i + 2).flatMap((n) => [
      `${body(n)}-${mine!.slice(-5)}`,
      `${body(n)}-${myKeyed}${damm(`${body(n)}${myKeyed}`)}`,
      `${body(n)}-${String(n).padStart(4, '0')}${damm(`${body(n)}${String(n).padStart(4, '0')}`)}`,
    ]);
    const issuedSet = new Set(issued);
    const hits = guesses.filter((guess) => receiptNoForm(key, guess) === 'checked' && issuedSet.has(guess));
    expect(hits).toEqual([]);
    // The guesses that found 79 of 150 before, the bare sequence, name no receipt: each is kept with its check.
    expect(Array.from({ length: 150 }, (_, i) => body(i + 2)).filter((bare) => issuedSet.has(bare))).toEqual([]);
  });

  it('are keyed by the database they were issued in: another terminal’s key makes other checks', async () => {
    const key = await receiptKey(db);
    const other = tempDir();
    const otherDb = await openStorage(other.dir, migrations, clock);
    try {
      expect((await receiptKey(otherDb)).equals(key)).toBe(false);
      expect(receiptCheck(await receiptKey(otherDb), 'KIOSK-01-TF-20261123-0001')).not.toBe(receiptCheck(key, 'KIOSK-01-TF-20261123-0001'));
    } finally {
      await otherDb.close();
      other.remove();
    }
  });

  it('tell a number from before checks from a malformed one, and filing numbers of both forms from others', async () => {
    const key = await receiptKey(db);
    expect(receiptNoForm(key, 'KIOSK-01-TF-20261123-0007')).toBe('unchecked');
    expect(receiptNoForm(key, 'KIOSK-01-TF-20261123-0007-123')).toBe('invalid');
    expect(receiptNoForm(key, 'KIOSK-01-XX-20261123-0007')).toBe('invalid');
    expect(receiptNoForm(key, 'hello')).toBe('invalid');
    const [filing] = await db.transaction(async (tx) => [await nextReceiptNo(tx, 'KIOSK-01', 'filing', '2026-11-23')]);
    expect(isFilingReceiptNo(filing!)).toBe(true);
    expect(isFilingReceiptNo('KIOSK-01-LA-20261123-0001')).toBe(true);
    expect(isFilingReceiptNo('KIOSK-01-TF-20261123-0001-12345')).toBe(false);
  });
});
