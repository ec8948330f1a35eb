// From a risk interview to a filing: the answers the litigant already gave (amounts, dates, yes/no,
// their side of the dispute) become the filing draft's case type and complaint elements, so nothing
// is asked twice.
import type { FilingAnswers } from '../../../../contract';
import { RISK_TO_ELEMENTS } from './carry-over.data';

export interface RiskInterview {
  caseType: string;
  answers: Record<string, unknown>;
}

/** An answer an element can take: text (amounts, dates, rates, choices) or yes/no. */
const isElementValue = (answer: unknown): answer is string | boolean => typeof answer === 'boolean' || (typeof answer === 'string' && answer.trim() !== '');

/**
 * The filing flow's draft (as use-draft saves it: `{ values: { <step id>: value } }`) pre-filled
 * from a risk interview. Answers no element takes are left out; every other step starts empty.
 */
export function filingDraftFromRisk(input: RiskInterview): Record<string, unknown> {
  const answers: FilingAnswers = {};
  for (const [question, { element, values }] of Object.entries(RISK_TO_ELEMENTS[input.caseType] ?? {})) {
    const answer = input.answers[question];
    if (!isElementValue(answer)) continue;
    if (values && typeof answer === 'string') {
      const renamed = values[answer];
      if (renamed) answers[element] = renamed;
    } else {
      answers[element] = answer;
    }
  }
  // The elements step loads the type's rules when it opens, and keeps these answers for them.
  return { values: { caseType: input.caseType, elements: { caseType: '', rules: [], answers } } };
}
