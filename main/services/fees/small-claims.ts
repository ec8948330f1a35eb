// Whether a money claim goes to the small-claims procedure, from the province's wage setting:
// both limits are rounded half-up to the yuan and are inclusive, as the provincial notices do.
import { Exact, parseYuan, YUAN } from './money';
import type { SmallClaimsExclusion } from '../../../contract';
import { AGREED_MULTIPLE, AUTOMATIC_SHARE, EXCLUSIONS_ARTICLE } from './small-claims.data';

export interface SmallClaimsAnswer {
  eligibility: 'automatic' | 'byAgreement' | 'tooLarge' | 'excluded' | 'wageNotSet';
  /** Upper limit of automatic small claims, yuan. */
  threshold: string | null;
  /** Upper limit with the parties' agreement, yuan. */
  ceiling: string | null;
  article: string;
  exclusions: SmallClaimsExclusion[];
}

/**
 * The province's figure: its average wage, or the limit it publishes (some provinces publish only
 * the limit). A published limit decides the automatic threshold; the agreed ceiling (2 × the wage)
 * then comes from the wage, or, without it, from the limit as 4 × it (within a yuan or two of the
 * wage's, as the limit was rounded).
 */
export interface SmallClaimsBasis {
  averageWage: number | null;
  smallClaimsLimit?: number | null;
}

export function smallClaimsEligibility(amountYuan: unknown, basis: SmallClaimsBasis, exclusions: SmallClaimsExclusion[] = []): SmallClaimsAnswer {
  const amount = parseYuan(amountYuan);
  if (exclusions.length > 0) return { eligibility: 'excluded', threshold: null, ceiling: null, article: EXCLUSIONS_ARTICLE, exclusions };
  const published = basis.smallClaimsLimit ?? null;
  if (basis.averageWage === null && published === null)
    return { eligibility: 'wageNotSet', threshold: null, ceiling: null, article: AUTOMATIC_SHARE.article, exclusions };
  const wage = basis.averageWage === null ? parseYuan(published! * 2, 'smallClaimsLimit') : parseYuan(basis.averageWage, 'averageWage');
  const threshold = published === null ? wage.mul(Exact.of(AUTOMATIC_SHARE.num, AUTOMATIC_SHARE.den)).round(YUAN) : parseYuan(published, 'smallClaimsLimit');
  const ceiling = wage.mul(Exact.of(AGREED_MULTIPLE.num, AGREED_MULTIPLE.den)).round(YUAN);
  const limits = { threshold: threshold.toDecimal(0), ceiling: ceiling.toDecimal(0), exclusions };
  if (amount.cmp(threshold) <= 0) return { eligibility: 'automatic', article: AUTOMATIC_SHARE.article, ...limits };
  if (amount.cmp(ceiling) <= 0) return { eligibility: 'byAgreement', article: AGREED_MULTIPLE.article, ...limits };
  return { eligibility: 'tooLarge', article: AGREED_MULTIPLE.article, ...limits };
}
