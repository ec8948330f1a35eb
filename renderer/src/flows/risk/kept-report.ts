// The report step's value: the report kept in main for the answers it was made from, so going back
// to change an answer makes a new report, and coming back unchanged does not.
import { z } from 'zod';
import { RecordedRiskReport, type RiskAnswers } from '../../../../contract';
import type { FieldErrors } from '../stepper/flow';

// `printed`: the report went to the printer from its own step, so the notice step prints the notice alone.
const Kept = z.object({ answersKey: z.string(), recorded: RecordedRiskReport.nullable(), printed: z.boolean().default(false) });
export type Kept = z.infer<typeof Kept>;
export const NOT_KEPT: Kept = { answersKey: '', recorded: null, printed: false };

export function keptFromDraft(saved: unknown): Kept | null {
  const parsed = Kept.safeParse(saved);
  return parsed.success ? parsed.data : null;
}

export const answersKey = (caseType: string, answers: RiskAnswers): string => JSON.stringify([caseType, answers]);

export const validateKept = (kept: Kept): FieldErrors => (kept.recorded ? {} : { report: 'risk.flow.report.required' });

const Acknowledgement = z.object({
  litigant: z.string().max(60),
  method: z.enum(['signature', 'readAndUnderstood']).nullable(),
  /** A PNG data URL while signing. */
  signature: z.string().nullable(),
  acknowledgedFor: z.string().nullable(),
});
export type Acknowledgement = z.infer<typeof Acknowledgement>;
export const NOT_ACKNOWLEDGED: Acknowledgement = { litigant: '', method: null, signature: null, acknowledgedFor: null };

export function acknowledgementFromDraft(saved: unknown): Acknowledgement | null {
  const parsed = Acknowledgement.safeParse(saved);
  return parsed.success ? parsed.data : null;
}
