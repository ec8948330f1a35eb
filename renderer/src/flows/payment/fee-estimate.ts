// The calls behind an estimate: the fee as claimed, the same fee halved (mediation, Art 15; the
// simplified or small-claims procedure, Arts 16 and 18), and whether small claims applies.
import type { CaseType } from '../../../../preload/contract';
import { callKiosk } from '../../kiosk';

const quote = (kind: CaseType['feeKind'], amount: string | null, options?: { mediation?: boolean; simplified?: boolean }) =>
  callKiosk('fees.quote', { kind, ...(amount === null ? {} : { amount }), ...(options ? { options } : {}) });
const smallClaims = (amount: string) => callKiosk('fees.smallClaims', { amount, exclusions: [] });

export type FeeQuote = Awaited<ReturnType<typeof quote>>;
export type SmallClaimsEligibility = Awaited<ReturnType<typeof smallClaims>>['eligibility'];

export interface FeeEstimate {
  quote: FeeQuote;
  mediated: FeeQuote;
  simplified: FeeQuote;
  /** Null for fees charged per case, where small claims is not a question. */
  smallClaims: SmallClaimsEligibility | null;
}

export async function estimateFee(kind: CaseType['feeKind'], amount: string | null): Promise<FeeEstimate> {
  const [asClaimed, mediated, simplified, eligibility] = await Promise.all([
    quote(kind, amount),
    quote(kind, amount, { mediation: true }),
    quote(kind, amount, { simplified: true }),
    amount === null ? null : smallClaims(amount),
  ]);
  return { quote: asClaimed, mediated, simplified, smallClaims: eligibility?.eligibility ?? null };
}
