// ID and credit-code checksums and case numbers, table-driven with their sources (docs/RULES.md §4–5).
import { describe, expect, it } from 'vitest';
import { parseCaseNumber } from '../../../../main/services/cases/case-number';
import { requireApplicantId } from '../../../../main/services/identity/applicant-id';
import { checkCreditCode } from '../../../../main/services/identity/credit-code';
import { checkIdDocument, requireAnyIdDocument, requireIdDocument } from '../../../../main/services/identity/identity-documents';
import { checkResidentId } from '../../../../main/services/identity/resident-id';

const asOf = new Date('2026-11-23T00:00:00Z');

describe('resident ID (GB 11643-1999)', () => {
  it.each([
    ['11010519491231002X', '1949-12-31', 'female'], // GB example, check X
    ['11010519491231002x', '1949-12-31', 'female'], // lowercase x accepted
    ['440524188001010014', '1880-01-01', 'male'], // GB example
    ['440703200002291231', '2000-02-29', 'male'], // a leap day
  ])('accepts %s', (id, birthDate, sex) => {
    expect(checkResidentId(id, asOf)).toEqual({ valid: true, id: id.toUpperCase(), birthDate, sex });
  });

  it.each([
    ['11010519491231002', 'length'],
    ['11010519491231002XX', 'length'],
    ['1101051949123100X2', 'characters'],
    ['11010519491231002Y', 'characters'],
    ['110105194912310021', 'checksum'],
    ['440703200102291236', 'birthDate'], // 2001-02-29 does not exist
    ['440703203001011236', 'birthDate'], // born after asOf
    ['440703189913321236', 'birthDate'], // month 13
  ])('refuses %s (%s)', (id, problem) => {
    expect(checkResidentId(id, asOf)).toEqual({ valid: false, problem });
  });
});

// The other documents a court accepts from a natural person (登记立案规定 Art 6(1)), each by its own
// shape: docs/RULES.md §4 gives the source of each.
describe('identity documents other than the resident ID', () => {
  it.each([
    ['hkMacaoPermit', 'H60123456', 'H60123456', null, null], // the card number: H (Hong Kong) + 8 digits
    ['hkMacaoPermit', 'M12345678 01', 'M1234567801', null, null], // Macao, with the 2-digit renewal count, typed with a space
    ['taiwanPermit', '01234567', '01234567', null, null], // 2015 card: 8 digits for life
    ['taiwanPermit', '0123456701', '0123456701', null, null], // older booklet: 8 + 2-digit issue count
    ['foreignPermanentResident', 'USA110078051201', 'USA110078051201', null, null], // 2004 card: 3 letters + 12 digits
    ['foreignPermanentResident', 'usa110078051201', 'USA110078051201', null, null], // typed in lower case
    ['foreignPermanentResident', '911840198503150016', '911840198503150016', '1985-03-15', 'male'], // 2023 card: 9, Beijing 11, USA 840, birth date, sequence 001 (odd: male), check digit
    ['foreignPermanentResident', '944124200002290037', '944124200002290037', '2000-02-29', 'male'], // a leap day, odd sequence = male
    ['passport', 'E12345678', 'E12345678', null, null], // a Chinese ordinary passport
    ['passport', 'eb1234567', 'EB1234567', null, null], // the newer E + letter series
    ['passport', '533380006', '533380006', null, null], // a nine-digit foreign one
    ['residentId', '11010519491231002X', '11010519491231002X', '1949-12-31', 'female'], // still the GB 11643 check
  ] as const)('%s %s is valid', (type, input, id, birthDate, sex) => {
    expect(checkIdDocument(type, input, asOf)).toEqual({ valid: true, id, birthDate, sex });
  });

  it.each([
    ['hkMacaoPermit', 'K60123456', 'format'], // neither H nor M
    ['hkMacaoPermit', 'H6012345', 'format'], // 7 digits
    ['hkMacaoPermit', 'H601234560', 'format'], // 9 digits: a renewal count has two
    ['taiwanPermit', '1234567', 'format'],
    ['taiwanPermit', 'T1234567', 'format'],
    ['foreignPermanentResident', 'US110078051201', 'format'], // 2 letters
    ['foreignPermanentResident', '911840198503150017', 'checksum'], // 2023 card, wrong check digit
    ['foreignPermanentResident', '911840198513150016', 'birthDate'], // month 13
    ['foreignPermanentResident', '811840198503150016', 'format'], // 18 characters not led by 9
    ['passport', 'ABCDEFGH', 'format'], // no digit
    ['passport', 'E123', 'format'], // too short
    ['passport', 'E1234-5678', 'format'], // not letters and digits
    ['residentId', 'H60123456', 'length'], // a permit number given as a resident ID
  ] as const)('%s %s is refused (%s)', (type, input, problem) => {
    expect(checkIdDocument(type, input, asOf)).toEqual({ valid: false, problem });
  });

  it('refuses with a message that names the document, for every kind', () => {
    for (const type of ['hkMacaoPermit', 'taiwanPermit', 'foreignPermanentResident', 'passport'] as const) {
      expect(() => requireIdDocument(type, '?', asOf)).toThrow(
        expect.objectContaining({ code: 'INVALID_ID_NUMBER', messageKey: `identity.errors.format.${type}` }),
      );
    }
    expect(() => requireIdDocument('residentId', '110105194912310021', asOf)).toThrow(expect.objectContaining({ messageKey: 'identity.errors.checksum' }));
    // A 2023 permanent-residence card's check digit is its own, not a 公民身份号码's.
    expect(() => requireIdDocument('foreignPermanentResident', '911840198503150017', asOf)).toThrow(
      expect.objectContaining({ messageKey: 'identity.errors.foreignPermanentResident.checksum' }),
    );
  });

  // A number given without its document (fee desk payer, resume code): any document's valid number, normalised.
  it.each([
    ['11010519491231002x', '11010519491231002X'], // resident ID
    ['911840198503150016', '911840198503150016'], // 2023 permanent-residence card
    ['usa110078051201', 'USA110078051201'], // 2004 permanent-residence card
    ['H60123456', 'H60123456'], // Hong Kong/Macao permit
    ['01234567', '01234567'], // Taiwan permit
    ['e 12345678', 'E12345678'], // passport, typed with a space
    ['533380006', '533380006'], // a nine-digit passport
  ])('a number of any document: %s is %s', (input, id) => {
    expect(requireAnyIdDocument(input, asOf)).toBe(id);
  });

  it.each([
    ['110105194912310021', 'identity.errors.checksum'], // an 18-digit resident ID with a wrong check digit
    ['911840198503150017', 'identity.errors.foreignPermanentResident.checksum'], // a 2023 card with a wrong one
    ['1101', 'identity.errors.length'], // too few digits for any document: the keypad's resident ID
    ['', 'identity.errors.length'],
    ['E1234-5678', 'identity.errors.format.any'], // no document has a hyphen
    ['ABCDEFGH', 'identity.errors.format.any'], // no digit
  ])('a number of any document: %s is refused (%s)', (input, messageKey) => {
    expect(() => requireAnyIdDocument(input, asOf)).toThrow(expect.objectContaining({ code: 'INVALID_ID_NUMBER', messageKey }));
  });

  it('an applicant may be an organisation by its credit code (fee relief, 办法 Art 44)', () => {
    expect(requireApplicantId('creditCode', '91350100m000100y43', asOf)).toBe('91350100M000100Y43');
    expect(() => requireApplicantId('creditCode', '91350100M000100I43', asOf)).toThrow(
      expect.objectContaining({ messageKey: 'identity.errors.creditCode.characters' }),
    );
  });
});

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts the standard example with its correct check character 3', () => {
    expect(checkCreditCode('91350100M000100Y43')).toEqual({ valid: true, code: '91350100M000100Y43', warnings: [] });
  });

  it("warns, without refusing, on the standard's own misprinted check character", () => {
    // Z is not even in the code's character set, so the printed example cannot pass.
    expect(checkCreditCode('91350100M000100Y4Z')).toEqual({ valid: false, problem: 'characters' });
    expect(checkCreditCode('91350100M000100Y44')).toEqual({ valid: true, code: '91350100M000100Y44', warnings: ['checksum'] });
  });

  it.each([
    ['Q1350100M000100Y4', 'unknownDepartment'],
    ['97350100M000100Y4', 'unknownCategory'],
  ])('warns on %s… (%s)', (first17, warning) => {
    const result = checkCreditCode(first17 + '0');
    expect(result.valid && result.warnings).toContain(warning);
  });

  it.each([
    ['91350100M000100Y4', 'length'],
    ['91350100M000100I43', 'characters'],
    ['9135A100M000100Y43', 'region'],
  ])('refuses %s (%s)', (code, problem) => {
    expect(checkCreditCode(code)).toEqual({ valid: false, problem });
  });
});

describe('case numbers (法〔2015〕137号, 法〔2018〕335号)', () => {
  it.each([
    ['（2026）粤0703民初1234号', { year: 2026, court: '粤0703', type: '民初', sequence: 1234, knownType: true }],
    ['(2025)粤07民终88号', { court: '粤07', type: '民终', text: '（2025）粤07民终88号' }],
    ['（2020）最高法民申5号', { court: '最高法', type: '民申' }],
    ['（2022）鄂0526诉前调书1号', { court: '鄂0526', type: '诉前调书', knownType: true }],
    ['（2024）京73知民初100号', { court: '京73', type: '知民初' }],
    ['（2024） 粤 0703 执 9 号', { court: '粤0703', type: '执', sequence: 9 }],
    ['（2024）粤0703民怪1号', { type: '民怪', knownType: false }],
  ])('reads %s', (text, expected) => {
    expect(parseCaseNumber(text, asOf)).toMatchObject(expected);
  });

  it.each([
    '2026粤0703民初1234号',
    '（2026）粤0703民初0号',
    '（2026）粤0703民初01号',
    '（2027）粤0703民初1号',
    '（2026）粤070民初1号',
    '（2026）粤0703民初1234',
    '（2026）粤0703123456789号',
    '（2026）粤0703民初123456789号',
  ])('refuses %s', (text) => expect(parseCaseNumber(text, asOf)).toBeNull());
});
