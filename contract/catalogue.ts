// The catalogue of dispute types that risk, filing, fees and mediation share.
import { z } from 'zod';
import { FeeKind } from './fees';
import { method } from './method';
import { Empty, LocalizedText } from './shapes';

/** A dispute type of the catalogue in resources/case-types: shared by risk, filing, fees, mediation. */
export const CaseType = z.object({
  id: z.string().regex(/^[a-z_]+$/),
  name: LocalizedText,
  /** The dispute in everyday words, for the litigant choosing it. */
  plain: LocalizedText,
  icon: z.string(),
  feeKind: FeeKind,
  /** Labour disputes must go to arbitration before a court (劳动争议调解仲裁法 Art 5). */
  firstStep: z.enum(['mediationSuggested', 'arbitrationRequired']),
  /** Keys of catalogue.evidence.* in the locale files. */
  evidence: z.array(z.string()).min(1),
});
export type CaseType = z.infer<typeof CaseType>;

export const catalogueMethods = {
  'catalogue.caseTypes': method(Empty, z.object({ types: z.array(CaseType) })),
} as const;
