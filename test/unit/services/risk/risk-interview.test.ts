// The interview as the screens keep it (renderer/src/flows/risk/interview.ts): one slot per
// question, branching as the rule set's showIf says, and answers read back only for the question
// a slot was answered for — checked against the real rule set.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseTypeCatalogue } from '../../../../main/services/cases/catalogue';
import { loadRuleSet } from '../../../../main/services/risk/rule-sets/rule-set';
import { answersOf, QUESTION_SLOTS, questionAt, slotId, validateSlot, type Dispute } from '../../../../renderer/src/flows/risk/interview';
import { REPO_ROOT } from '../../support/temp-kiosk';
import { SHIPPED_LPR } from '../../../../main/services/cases/lpr-series';

const catalogue = new CaseTypeCatalogue(join(REPO_ROOT, 'resources', 'case-types', 'catalogue.json'));
const rules = loadRuleSet(join(REPO_ROOT, 'resources', 'risk', 'rule-set.v1.json'), catalogue.types, SHIPPED_LPR);
const disputeFor = (caseType: string): Dispute => ({
  caseType,
  ruleSetVersion: rules.version,
  questions: rules.types[caseType]!.questions.map((id) => rules.questions.find((q) => q.id === id)!),
});

/** Flow values with these answers in the slots of their questions. */
function valuesWith(caseType: string, answers: Record<string, boolean | string>) {
  const dispute = disputeFor(caseType);
  const values: Record<string, unknown> = { dispute };
  dispute.questions.forEach((q, index) => {
    if (answers[q.id] !== undefined) values[slotId(index)] = { question: q.id, answer: answers[q.id], skipped: false };
  });
  return { dispute, values };
}

describe('the risk interview on screen', () => {
  it('has a slot for every question of every dispute type', () => {
    for (const type of catalogue.types) expect(rules.types[type.id]!.questions.length).toBeLessThanOrEqual(QUESTION_SLOTS);
  });

  it('asks a question behind a branch only once the branch is taken (showIf)', () => {
    const { dispute } = valuesWith('private_lending', {});
    const rate = dispute.questions.findIndex((q) => q.id === 'interestRate');
    expect(questionAt(valuesWith('private_lending', {}).values, rate)).toBeNull();
    expect(questionAt(valuesWith('private_lending', { interestAgreed: false }).values, rate)).toBeNull();
    expect(questionAt(valuesWith('private_lending', { interestAgreed: true }).values, rate)?.id).toBe('interestRate');
    expect(questionAt(valuesWith('private_lending', {}).values, QUESTION_SLOTS - 1)).toBeNull();
  });

  it('reads back only answers given for the question a slot now holds', () => {
    const { values } = valuesWith('private_lending', { claimAmount: '5000', hasIou: true });
    expect(answersOf(values)).toEqual({ claimAmount: '5000', hasIou: true });
    // The litigant went back and chose another dispute type: the old slots no longer count.
    expect(answersOf({ ...values, dispute: disputeFor('divorce') })).toEqual({});
  });

  it('wants an answer or “I don’t know”, and a number main can read', () => {
    const amount = disputeFor('private_lending').questions[0]!;
    expect(validateSlot({ question: '', answer: null, skipped: false }, amount)).toEqual({ answer: 'risk.flow.question.required' });
    expect(validateSlot({ question: amount.id, answer: null, skipped: true }, amount)).toEqual({});
    expect(validateSlot({ question: amount.id, answer: '15.', skipped: false }, amount)).toEqual({ answer: 'risk.flow.question.invalidNumber' });
    expect(validateSlot({ question: amount.id, answer: '1500.5', skipped: false }, amount)).toEqual({});
  });
});
