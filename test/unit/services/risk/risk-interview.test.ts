// The interview as the screens keep it (renderer/src/flows/risk/interview.ts): one slot per
// question, branching as the rule set's showIf says, and answers read back only for the question
// a slot was answered for — checked against the real rule set.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseTypeCatalogue } from '../../../../main/services/cases/catalogue';
import { loadRuleSet } from '../../../../main/services/risk/rule-sets/rule-set';
import { progressOf } from '../../../../renderer/src/flows/stepper/flow';
import { answersOf, QUESTION_SLOTS, questionAt, slotId, surelyNotAsked, validateSlot, type Dispute } from '../../../../renderer/src/flows/risk/interview';
import { riskFlow } from '../../../../renderer/src/flows/risk/risk-flow';
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

  it('counts from the first question every step that may still come, and fewer once answers rule some out', () => {
    // Before a dispute is chosen nobody knows how many questions follow: no total is promised.
    expect(progressOf(riskFlow, { dispute: { caseType: '', ruleSetVersion: '', questions: [] } }, 'dispute')).toEqual({ current: 1, total: null });
    const { dispute, values } = valuesWith('private_lending', {});
    const rate = dispute.questions.findIndex((q) => q.id === 'interestRate');
    const withBranches = dispute.questions.length + 3; // the dispute, every question, the report and the notice
    expect(surelyNotAsked(values, rate)).toBe(false);
    expect(progressOf(riskFlow, values, 'dispute')).toEqual({ current: 1, total: withBranches });
    expect(progressOf(riskFlow, values, slotId(0))).toEqual({ current: 2, total: withBranches });
    // No interest agreed: the rate is never asked, and the count says so at once.
    const noInterest = valuesWith('private_lending', { interestAgreed: false }).values;
    expect(surelyNotAsked(noInterest, rate)).toBe(true);
    expect(progressOf(riskFlow, noInterest, 'dispute').total).toBeLessThan(withBranches);
    // "I don't know" settles a question too: what it would have opened is not promised.
    const agreedAt = dispute.questions.findIndex((q) => q.id === 'interestAgreed');
    expect(surelyNotAsked({ ...values, [slotId(agreedAt)]: { question: 'interestAgreed', answer: null, skipped: true } }, rate)).toBe(true);
    expect(surelyNotAsked(values, QUESTION_SLOTS - 1)).toBe(true);
  });

  it('moves on by itself after a one-tap answer and waits for Next after a typed one', () => {
    const { dispute, values } = valuesWith('private_lending', {});
    const step = (id: string) => riskFlow.steps.find((s) => s.id === id)!;
    const yesNo = dispute.questions.findIndex((q) => q.type === 'yesNo');
    const amount = dispute.questions.findIndex((q) => q.type === 'amount');
    expect(step('dispute').advancesItself({ dispute: { caseType: '', ruleSetVersion: '', questions: [] } })).toBe(true);
    expect(step(slotId(yesNo)).advancesItself(values)).toBe(true);
    expect(step(slotId(amount)).advancesItself(values)).toBe(false);
  });
});
