// The risk interview as the flow keeps it: the dispute chosen (with its questions from the rule
// set), one slot per question, and how the answers given so far are read back for risk.assess.
import { z } from 'zod';
import { RiskQuestion, type RiskAnswers, type RiskCondition } from '../../../../contract';
import type { FieldErrors, FlowValues } from '../stepper/flow';

/** More slots than any dispute type has questions; a test checks the rule set fits. */
export const QUESTION_SLOTS = 30;
export const slotId = (index: number) => `q${index}`;

const Dispute = z.object({ caseType: z.string(), ruleSetVersion: z.string(), questions: z.array(RiskQuestion) });
export type Dispute = z.infer<typeof Dispute>;
export const NO_DISPUTE: Dispute = { caseType: '', ruleSetVersion: '', questions: [] };

/** A slot holds the answer to the question it was asked with, so a changed dispute type starts afresh. */
const Slot = z.object({ question: z.string(), answer: z.union([z.boolean(), z.string()]).nullable(), skipped: z.boolean() });
export type Slot = z.infer<typeof Slot>;
export const EMPTY_SLOT: Slot = { question: '', answer: null, skipped: false };

const reader =
  <T>(schema: z.ZodType<T>) =>
  (saved: unknown): T | null => {
    const parsed = schema.safeParse(saved);
    return parsed.success ? parsed.data : null;
  };
export const disputeFromDraft = reader(Dispute);
export const slotFromDraft = reader(Slot);

export const disputeOf = (values: Readonly<FlowValues>): Dispute => disputeFromDraft(values.dispute) ?? NO_DISPUTE;

/** The answers given so far, by question id: only slots answered for the question they now hold. */
export function answersOf(values: Readonly<FlowValues>): RiskAnswers {
  const answers: RiskAnswers = {};
  disputeOf(values).questions.forEach((question, index) => {
    const slot = slotFromDraft(values[slotId(index)]);
    if (slot && slot.question === question.id && slot.answer !== null) answers[question.id] = slot.answer;
  });
  return answers;
}

/**
 * Whether a showIf holds on the answers so far. Only what branching needs is read here (an answer
 * is, is one of, is given); anything else shows the question, and main ignores the answer if the
 * rule set says it was not to be asked.
 */
export function holds(condition: RiskCondition, answers: RiskAnswers): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, answers));
  if ('any' in condition) return condition.any.some((c) => holds(c, answers));
  if ('not' in condition) return !holds(condition.not, answers);
  if (!('q' in condition)) return true;
  const answer = answers[condition.q];
  if ('is' in condition) return answer === condition.is;
  if ('in' in condition) return typeof answer === 'string' && condition.in.includes(answer);
  if ('answered' in condition) return (answer !== undefined) === condition.answered;
  return true;
}

/** The question in a slot, or null when the slot is not asked (no such question, or its branch not taken). */
export function questionAt(values: Readonly<FlowValues>, index: number): RiskQuestion | null {
  const question = disputeOf(values).questions[index];
  if (!question) return null;
  return !question.showIf || holds(question.showIf, answersOf(values)) ? question : null;
}

/** A condition's value while some answers are still to come: null when an open question decides it. */
function mayHold(condition: RiskCondition, answers: RiskAnswers, open: ReadonlySet<string>): boolean | null {
  if ('all' in condition) {
    const each = condition.all.map((c) => mayHold(c, answers, open));
    return each.includes(false) ? false : each.includes(null) ? null : true;
  }
  if ('any' in condition) {
    const each = condition.any.map((c) => mayHold(c, answers, open));
    return each.includes(true) ? true : each.includes(null) ? null : false;
  }
  if ('not' in condition) {
    const inner = mayHold(condition.not, answers, open);
    return inner === null ? null : !inner;
  }
  if ('q' in condition && open.has(condition.q)) return null;
  return holds(condition, answers);
}

/**
 * The slots whose question will not be asked whatever the open questions bring: no such question,
 * or its branch ruled out by answers given (or by "I don't know"). For the step counter, which must
 * not promise questions that cannot come, nor hide ones that still may.
 */
export function surelyNotAsked(values: Readonly<FlowValues>, index: number): boolean {
  const questions = disputeOf(values).questions;
  if (!questions[index]) return true;
  const answers = answersOf(values);
  const settled = (id: string, at: number) => {
    const slot = slotFromDraft(values[slotId(at)]);
    return id in answers || (slot !== null && slot.question === id && slot.skipped);
  };
  const open = new Set(questions.filter((question, at) => !settled(question.id, at)).map((question) => question.id));
  for (const [at, question] of questions.entries()) {
    const ruledOut = question.showIf !== undefined && mayHold(question.showIf, answers, open) === false;
    if (at === index) return ruledOut;
    if (ruledOut) open.delete(question.id);
  }
  return false;
}

/** Question types answered by one tap on a card: the screen moves on by itself after it. */
export const answeredByOneTap = (question: RiskQuestion | null): boolean => question !== null && ['yesNo', 'choice', 'place'].includes(question.type);

export const validateDispute = (dispute: Dispute): FieldErrors => (dispute.caseType ? {} : { caseType: 'risk.flow.dispute.required' });

/** What main takes for an amount or a rate: yuan (or percent) with at most two decimals, not "15." half-typed. */
const NUMBER = /^\d{1,15}(\.\d{1,2})?$/;

/** An answer, or "I don't know" — never silently nothing. */
export function validateSlot(slot: Slot, question: RiskQuestion | null): FieldErrors {
  if (!question) return {};
  if (slot.question !== question.id || (slot.answer === null && !slot.skipped)) return { answer: 'risk.flow.question.required' };
  if ((question.type === 'amount' || question.type === 'percent') && typeof slot.answer === 'string' && !NUMBER.test(slot.answer))
    return { answer: 'risk.flow.question.invalidNumber' };
  return {};
}
