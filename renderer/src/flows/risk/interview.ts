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

/** The questions a condition reads. */
function questionsRead(condition: RiskCondition): string[] {
  if ('all' in condition) return condition.all.flatMap(questionsRead);
  if ('any' in condition) return condition.any.flatMap(questionsRead);
  if ('not' in condition) return questionsRead(condition.not);
  return 'q' in condition ? [condition.q] : [];
}

/**
 * Whether the interview's length is settled: a type is chosen, and every question that is shown
 * or not on an answer has that answer (or "I don't know", or its own question was not asked).
 * Until then the counter promises no total (issue 14: never "of 3" and then "of 21").
 */
export function lengthSettled(values: Readonly<FlowValues>): boolean {
  const { caseType, questions } = disputeOf(values);
  if (!caseType) return false;
  const answers = answersOf(values);
  const byId = new Map(questions.map((question, index) => [question.id, { question, index }]));
  const settled = (id: string): boolean => {
    const entry = byId.get(id);
    if (!entry || id in answers) return true;
    const slot = slotFromDraft(values[slotId(entry.index)]);
    if (slot?.question === id && slot.skipped) return true;
    // Not answered: settled only if the question is decidedly not asked.
    const { showIf } = entry.question;
    return showIf !== undefined && questionsRead(showIf).every(settled) && !holds(showIf, answers);
  };
  return questions.every((question) => !question.showIf || questionsRead(question.showIf).every(settled));
}

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
