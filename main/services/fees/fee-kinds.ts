// What a screen needs to know about each fee kind, read from the fee schedule so nothing else has
// to list which kinds are priced by the amount claimed or can be halved.
import { FeeKind, type FeeAmountNeed } from '../../../preload/contract';
import { FEE_SCHEDULE, type KindRule } from './fee-schedule.data';

export interface FeeKindInfo {
  kind: FeeKind;
  /** With no amount, an orNoAmount kind is quoted with options.noAmount. */
  amount: FeeAmountNeed;
  /** Only the case-acceptance fee can be halved (Arts 15, 16, 18). */
  halvable: boolean;
}

function amountNeed(rule: KindRule): FeeKindInfo['amount'] {
  if (!rule.withAmount) return 'none';
  if (!rule.withoutAmount) return 'required';
  return rule.amountOptional ? 'optional' : 'orNoAmount';
}

export const feeKinds = (): FeeKindInfo[] =>
  FeeKind.options.map((kind) => {
    const rule = FEE_SCHEDULE[kind];
    return { kind, amount: amountNeed(rule), halvable: rule.fee === 'acceptance' };
  });
