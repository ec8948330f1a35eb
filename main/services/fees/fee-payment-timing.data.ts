// When a fee is paid, where it is not simply in advance (《诉讼费用交纳办法》 Art 20): said beside the
// estimate so nobody stays away from court for want of money the law does not ask of them yet.
import type { FeeKind } from '../../../contract';

export const FEE_PAYMENT_TIMING: Partial<Record<FeeKind, { noteKey: string; article: string }>> = {
  // Art 20(1): a claim for labour remuneration (wages, overtime pay…) need not prepay the acceptance fee.
  labor: { noteKey: 'laborRemunerationNoPrepay', article: '《诉讼费用交纳办法》第二十条第一款' },
  // Art 20(2): the enforcement application fee is not prepaid; it is paid after enforcement.
  enforcement: { noteKey: 'enforcementAfter', article: '《诉讼费用交纳办法》第二十条第二款' },
  // Art 20(2): the bankruptcy application fee is paid after liquidation.
  bankruptcy: { noteKey: 'bankruptcyAfter', article: '《诉讼费用交纳办法》第二十条第二款' },
};
