// The calls behind an estimate. main works out everything (the fee, the halved alternatives where
// the law allows them, small claims) from the fee schedule; the screen only asks and shows.
import type { CaseType, FeeAmountNeed, FeeEstimate } from '../../../../contract';
import { callKiosk } from '../../kiosk';

export type { FeeEstimate };
export type FeeQuote = FeeEstimate['quote'];
export type SmallClaimsEligibility = NonNullable<FeeEstimate['smallClaims']>;
/** Whether a kind is priced by the amount claimed, as the fee schedule says (fees.kinds). */
export type AmountNeed = FeeAmountNeed;

export const estimateFee = (kind: CaseType['feeKind'], amount: string | null): Promise<FeeEstimate> => callKiosk('fees.estimate', { kind, amount });
