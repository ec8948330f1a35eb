// What a screen needs to know about each fee kind, read from the fee schedule so nothing else has
// to list which kinds are priced by the amount claimed, can be halved, or have a figure the province fixes.
import { FeeKind, type FeeAmountNeed } from '../../../contract';
import { FEE_SCHEDULE, type KindRule } from './fee-schedule.data';

export interface FeeKindInfo {
  kind: FeeKind;
  /** With no amount, an orNoAmount kind is quoted with options.noAmount. */
  amount: FeeAmountNeed;
  /** Only the case-acceptance fee can be halved (Arts 15, 16, 18). */
  halvable: boolean;
  /** The national range inside which the province fixes this kind's figure (Art 13, last paragraph). */
  provinceRange: ProvinceRange | null;
}

export interface ProvinceRange {
  min: number;
  max: number;
  article: string;
}

export function provinceRange(kind: FeeKind): ProvinceRange | null {
  const rule = FEE_SCHEDULE[kind];
  const range = [rule.withoutAmount, rule.withAmount].flatMap((v) => v?.parts ?? []).find((p) => p.part === 'range');
  return range ? { min: range.min, max: range.max, article: range.article } : null;
}

function amountNeed(rule: KindRule): FeeKindInfo['amount'] {
  if (!rule.withAmount) return 'none';
  if (!rule.withoutAmount) return 'required';
  return rule.amountOptional ? 'optional' : 'orNoAmount';
}

export const feeKinds = (): FeeKindInfo[] =>
  FeeKind.options.map((kind) => {
    const rule = FEE_SCHEDULE[kind];
    return { kind, amount: amountNeed(rule), halvable: rule.fee === 'acceptance', provinceRange: provinceRange(kind) };
  });
