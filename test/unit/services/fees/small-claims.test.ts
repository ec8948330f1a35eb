// Small-claims limits checked against the provinces' own published figures (docs/RULES.md §2).
import { describe, expect, it } from 'vitest';
import { smallClaimsEligibility } from '../../../../main/services/fees/small-claims';

// Jiangsu 2024 (苏高法电〔2024〕9号): wage 121,724 → 60,862 / 243,448.
// Zhejiang 2022: wage 108,645 → 54,322.5 rounds half-up to 54,323 / 217,290.
const CASES: [string, number, string, string, string, string][] = [
  ['Jiangsu, at the threshold (inclusive)', 121_724, '60862', 'automatic', '60862', '243448'],
  ['Jiangsu, one fen over', 121_724, '60862.01', 'byAgreement', '60862', '243448'],
  ['Jiangsu, at the ceiling (inclusive)', 121_724, '243448', 'byAgreement', '60862', '243448'],
  ['Jiangsu, over the ceiling', 121_724, '243448.01', 'tooLarge', '60862', '243448'],
  ['Zhejiang, half a yuan rounds up', 108_645, '54323', 'automatic', '54323', '217290'],
  ['Zhejiang, over the rounded threshold', 108_645, '54323.01', 'byAgreement', '54323', '217290'],
];

describe('small claims (CPL Art 165)', () => {
  it.each(CASES)('%s', (_, wage, amount, eligibility, threshold, ceiling) => {
    expect(smallClaimsEligibility(amount, { averageWage: wage })).toMatchObject({ eligibility, threshold, ceiling });
  });

  it('excludes the cases of Art 166 whatever the amount', () => {
    expect(smallClaimsEligibility('100', { averageWage: 121_724 }, ['counterclaim'])).toMatchObject({
      eligibility: 'excluded',
      article: '《民事诉讼法》第一百六十六条',
      exclusions: ['counterclaim'],
    });
  });

  it('says so when the province wage has not been set', () => {
    expect(smallClaimsEligibility('100', { averageWage: null })).toMatchObject({ eligibility: 'wageNotSet' });
  });

  // Some provinces publish the limit, not the wage: the admin enters it and it decides the threshold.
  it.each([
    ['Jiangsu limit only: 4 × 60,862 is the wage’s ceiling exactly', { averageWage: null, smallClaimsLimit: 60_862 }, '60862', 'automatic', '60862', '243448'],
    [
      'Zhejiang limit only: 4 × 54,323 = 217,292, two yuan above the wage’s 217,290 (the limit was rounded)',
      { averageWage: null, smallClaimsLimit: 54_323 },
      '217291',
      'byAgreement',
      '54323',
      '217292',
    ],
    [
      'limit and wage both: the limit decides the threshold, the wage the ceiling',
      { averageWage: 108_645, smallClaimsLimit: 54_323 },
      '54323.01',
      'byAgreement',
      '54323',
      '217290',
    ],
    [
      'a published limit that differs from half the wage wins (the province’s notice is the law for its courts)',
      { averageWage: 121_724, smallClaimsLimit: 60_000 },
      '60500',
      'byAgreement',
      '60000',
      '243448',
    ],
  ])('%s', (_, basis, amount, eligibility, threshold, ceiling) => {
    expect(smallClaimsEligibility(amount, basis)).toMatchObject({ eligibility, threshold, ceiling });
  });
});
