// From a risk report to mediation or filing with nothing typed twice: the other flow's draft, in
// that flow's own step shapes, saved before it opens so it starts filled in.
import type { RiskAnswers } from '../../../../contract';
import { filingDraftFromRisk } from '../filing/carry-over';
import { DESCRIPTION_MAX_LENGTH, EMPTY_ARRANGEMENT } from '../mediation/request';

/**
 * The mediation flow's draft: the dispute type chosen, and a plain summary of the answers as the
 * first draft of "what happened" — the litigant can add to it, but need not retype dates and amounts.
 */
export function mediationDraftFromRisk(caseType: string, summary: string): Record<string, unknown> {
  return {
    values: {
      dispute: caseType,
      organisation: { ...EMPTY_ARRANGEMENT, caseType },
      description: summary.slice(0, DESCRIPTION_MAX_LENGTH),
    },
  };
}

export const filingDraft = (caseType: string, answers: RiskAnswers): Record<string, unknown> => filingDraftFromRisk({ caseType, answers });
