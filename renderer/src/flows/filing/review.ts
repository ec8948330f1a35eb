// The read-back step's record of main's check: which draft was checked and how many errors it had,
// so Next is refused while the filing on screen still has errors main has named.
import type { FieldErrors, FlowValues } from '../stepper/flow';
import { filingDraftOf, filingValuesOf } from './filing-draft';

export interface Checked {
  /** The checked draft as JSON; a later change to any step makes the check stale. */
  draft: string;
  errors: number;
}

export const UNCHECKED: Checked = { draft: '', errors: 0 };

export const draftKeyOf = (values: Readonly<FlowValues>): string => JSON.stringify(filingDraftOf(filingValuesOf(values)));

export function checkedFromDraft(saved: unknown): Checked | null {
  if (typeof saved !== 'object' || saved === null) return null;
  const { draft, errors } = saved as Record<string, unknown>;
  return typeof draft === 'string' && typeof errors === 'number' ? { draft, errors } : null;
}

/** Main has not yet checked the filing as it now stands. */
export const checkPending = (value: Checked, values: Readonly<FlowValues>): boolean => value.draft !== draftKeyOf(values);

export function validateChecked(value: Checked, values: Readonly<FlowValues>): FieldErrors {
  if (checkPending(value, values)) return { review: 'filing.review.checking' };
  return value.errors > 0 ? { review: 'filing.review.fixFirst' } : {};
}
