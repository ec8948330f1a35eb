// The type's complaint elements (要素) as the litigant answers them. The step keeps the rules it
// was given (which element is required, and when one is asked at all), so Next can be judged here
// without asking main again, and a draft resumed after a crash is judged by the same rules.
import type { FilingAnswers, FilingElement } from '../../../../contract';
import type { FieldErrors, FlowValues } from '../stepper/flow';

export type ElementRule = Pick<FilingElement, 'id' | 'required' | 'showIf'>;

export interface ElementAnswers {
  /** The case type these rules are for; '' until filing.elements has answered. */
  caseType: string;
  rules: ElementRule[];
  answers: FilingAnswers;
}

export const EMPTY_ELEMENTS: ElementAnswers = { caseType: '', rules: [], answers: {} };

/** Asked when it has no condition, or the element it depends on has the answer named. */
export const isAsked = (rule: Pick<FilingElement, 'showIf'>, answers: FilingAnswers): boolean =>
  !rule.showIf || answers[rule.showIf.element] === rule.showIf.is;

const isAnswered = (answer: string | boolean | undefined): boolean => typeof answer === 'boolean' || (typeof answer === 'string' && answer.trim() !== '');

/** Only the answers to elements still asked: an answer under a branch since closed is not filed. */
export function askedAnswers(value: ElementAnswers): FilingAnswers {
  const asked = new Set(value.rules.filter((rule) => isAsked(rule, value.answers)).map((rule) => rule.id));
  return Object.fromEntries(Object.entries(value.answers).filter(([id, answer]) => asked.has(id) && isAnswered(answer)));
}

export function elementsFromDraft(saved: unknown): ElementAnswers | null {
  if (typeof saved !== 'object' || saved === null) return null;
  const record = saved as Record<string, unknown>;
  const answers = Object.fromEntries(
    Object.entries(typeof record.answers === 'object' && record.answers !== null ? record.answers : {}).filter(
      (entry): entry is [string, string | boolean] => typeof entry[1] === 'string' || typeof entry[1] === 'boolean',
    ),
  );
  const rules = Array.isArray(record.rules)
    ? record.rules.filter(
        (rule): rule is ElementRule => typeof rule === 'object' && rule !== null && typeof rule.id === 'string' && typeof rule.required === 'boolean',
      )
    : [];
  return { caseType: typeof record.caseType === 'string' ? record.caseType : '', rules, answers };
}

/** Every required element that is asked must be answered; the rules must be those of the case type chosen. */
export function validateElements(value: ElementAnswers, values: Readonly<FlowValues>): FieldErrors {
  if (value.caseType === '' || value.caseType !== values.caseType) return { elements: 'filing.elements.notLoaded' };
  const errors: FieldErrors = {};
  for (const rule of value.rules) {
    if (rule.required && isAsked(rule, value.answers) && !isAnswered(value.answers[rule.id])) errors[rule.id] = 'filing.elements.required';
  }
  return errors;
}
