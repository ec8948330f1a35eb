// The tap-built case number and receipt number join into exactly what main's parsers accept.
import { describe, expect, it } from 'vitest';
import { parseCaseNumber } from '../../../main/services/cases/case-number';
import { receiptCheck, receiptNoForm } from '../../../main/services/outbox/receipt-numbers';
import { joinCaseNumber, NO_PARTS, recentYears, splitCaseNumber } from '../../../renderer/src/components/case-number-parts';
import { joinReceiptNo, NO_RECEIPT } from '../../../renderer/src/flows/status/receipt-numbers';

const NOW = new Date('2026-11-23T02:00:00Z');

describe('case number from taps', () => {
  it('joins the parts into the canonical form main parses back to the same parts', () => {
    const text = joinCaseNumber({ year: '2026', court: '粤0703', type: '民初', sequence: '01234' });
    expect(text).toBe('（2026）粤0703民初1234号');
    expect(parseCaseNumber(text, NOW)).toMatchObject({ year: 2026, court: '粤0703', type: '民初', sequence: 1234, knownType: true });
    expect(joinCaseNumber({ year: '2025', court: '沪0114', type: '诉前调书', sequence: '88' })).toBe('（2025）沪0114诉前调书88号');
  });

  it('gives nothing until every part is there, and nothing for a zero number', () => {
    expect(joinCaseNumber(NO_PARTS)).toBe('');
    expect(joinCaseNumber({ year: '2026', court: '粤0703', type: '', sequence: '12' })).toBe('');
    expect(joinCaseNumber({ year: '2026', court: '粤0703', type: '执', sequence: '000' })).toBe('');
  });

  it('splits a number it made, and ignores text it did not', () => {
    expect(splitCaseNumber('（2026）粤0703执保56号')).toEqual({ year: '2026', court: '粤0703', type: '执保', sequence: '56' });
    expect(splitCaseNumber('（2026）最高法民申7号')).toEqual({ year: '2026', court: '最高法', type: '民申', sequence: '7' });
    expect(splitCaseNumber('2026粤0703民初1234')).toEqual(NO_PARTS);
  });

  it('offers this year first', () => {
    expect(recentYears(NOW, 3)).toEqual(['2026', '2025', '2024']);
  });
});

describe('receipt number from taps', () => {
  it('makes this kiosk’s receipt number from the kind, the day, the last digits and the check', () => {
    expect(joinReceiptNo('KIOSK-01', { kind: 'refund', date: '2026-11-23', sequence: '7', check: '38215' })).toBe('KIOSK-01-TF-20261123-0007-38215');
    expect(joinReceiptNo('KIOSK-01', { kind: 'filing', date: '2026-11-02', sequence: '0012', check: '00417' })).toBe('KIOSK-01-LA-20261102-0012-00417');
  });

  it('joins into what main accepts, its check and all', () => {
    const key = Buffer.alloc(32, 7);
    const check = receiptCheck(key, 'KIOSK-01-TF-20261123-0007');
    expect(receiptNoForm(key, joinReceiptNo('KIOSK-01', { kind: 'refund', date: '2026-11-23', sequence: '7', check }))).toBe('checked');
    expect(receiptNoForm(key, joinReceiptNo('KIOSK-01', { kind: 'refund', date: '2026-11-23', sequence: '7', check: '' }))).toBe('unchecked');
  });

  it('makes a number printed before checks when the check is left empty', () => {
    expect(joinReceiptNo('KIOSK-01', { kind: 'refund', date: '2026-11-23', sequence: '7', check: '' })).toBe('KIOSK-01-TF-20261123-0007');
  });

  it('gives nothing while a part is missing or a part is the wrong length', () => {
    expect(joinReceiptNo('KIOSK-01', NO_RECEIPT)).toBe('');
    expect(joinReceiptNo('KIOSK-01', { kind: 'refund', date: '', sequence: '7', check: '38215' })).toBe('');
    expect(joinReceiptNo('KIOSK-01', { kind: 'refund', date: '2026-11-23', sequence: '12345', check: '38215' })).toBe('');
    expect(joinReceiptNo('KIOSK-01', { kind: 'refund', date: '2026-11-23', sequence: '7', check: '3821' })).toBe('');
  });
});
