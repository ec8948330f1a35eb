// The province's fixed figures must sit inside the ranges the law gives (Art 13, last paragraph);
// checked when the admin saves them, so a quote never meets an impossible base.
import type { ConfigCheck } from '../config/config-store';
import type { FeeKind } from '../../../contract';
import { provinceRange } from './fee-kinds';

export const provinceBaseProblem: ConfigCheck = (config) => {
  for (const [kind, base] of Object.entries(config.fees.bases) as [FeeKind, number][]) {
    const range = provinceRange(kind);
    if (!range) return { field: `fees.bases.${kind}`, problem: 'this fee has no range for the province to fix' };
    if (base < range.min || base > range.max) return { field: `fees.bases.${kind}`, problem: `must be between ${range.min} and ${range.max}` };
  }
  return null;
};
