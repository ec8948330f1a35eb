// Pre-litigation mediation: the organisations configured for the court and the requests filed with them.
import { z } from 'zod';
import { method } from './method';
import { FreeText, LocalizedText, Phone } from './shapes';

export const MediationOrganisation = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: LocalizedText,
  kind: z.enum(['people', 'industry', 'court_invited']),
  /** The dispute types it takes; empty: all of them. */
  caseTypes: z.array(z.string()),
  online: z.boolean(),
  inPerson: z.boolean(),
});
export type MediationOrganisation = z.infer<typeof MediationOrganisation>;

const PartyContact = z.object({ name: FreeText(60, { min: 1 }), phone: Phone }).strict();

export const MediationRequestInput = z
  .object({
    caseType: z.string(),
    organisationId: z.string(),
    mode: z.enum(['online', 'inPerson']),
    /** Up to three half-days the applicant can attend, e.g. 2026-11-25 morning. */
    preferredTimes: z
      .array(z.object({ date: z.iso.date(), part: z.enum(['morning', 'afternoon']) }).strict())
      .min(1)
      .max(3),
    applicant: PartyContact,
    respondent: z.object({ name: FreeText(60, { min: 1 }), phone: Phone.nullable() }).strict(),
    description: FreeText(2000, { min: 5, multiLine: true }),
  })
  .strict();
export type MediationRequestInput = z.infer<typeof MediationRequestInput>;

export const MediationReceipt = z.object({ requestId: z.string(), receiptNo: z.string(), submittedAt: z.string() });

export const mediationMethods = {
  /** The mediation organisations configured for this court, filtered to a dispute type. */
  'mediation.organisations': method(z.object({ caseType: z.string() }).strict(), z.object({ organisations: z.array(MediationOrganisation) })),
  /** Files a pre-litigation mediation request: saved with its receipt number and queued for the court. */
  'mediation.submit': method(MediationRequestInput, MediationReceipt),
} as const;
