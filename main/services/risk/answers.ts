// Checks the interview's answers against the questions of one dispute type, and keeps only those
// asked on the branch the litigant took: an answer to a hidden question never triggers a rule.
import { z } from 'zod';
import type { RiskAnswers, RiskQuestion } from '../../../contract';
import type { RestDays } from '../calendar/rest-days';
import { KioskError } from '../errors';
import type { Exact } from '../fees/money';
import { evaluate } from './conditions';
import type { IsoDate } from './limitation';

const Decimal = /^\d{1,15}(\.\d{1,2})?$/;
const IsoDateText = z.iso.date();
/** A province, city or district division code, or somewhere outside the court directory. */
const Place = /^(\d{2}|\d{4}|\d{6}|elsewhere)$/;

function fits(q: RiskQuestion, answer: boolean | string): boolean {
  switch (q.type) {
    case 'yesNo':
      return typeof answer === 'boolean';
    case 'choice':
      return typeof answer === 'string' && (q.options ?? []).some((o) => o.value === answer);
    case 'date':
      return typeof answer === 'string' && IsoDateText.safeParse(answer).success;
    case 'amount':
    case 'percent':
      return typeof answer === 'string' && Decimal.test(answer);
    case 'place':
      return typeof answer === 'string' && Place.test(answer);
  }
}

export function askedAnswers(
  questions: readonly RiskQuestion[],
  answers: RiskAnswers,
  asOf: IsoDate,
  constant: (name: string, on: IsoDate) => Exact | null,
  restDays: RestDays,
): { asked: RiskAnswers; ignored: string[] } {
  for (const [id, answer] of Object.entries(answers)) {
    const q = questions.find((question) => question.id === id);
    if (!q) throw new KioskError('RISK_UNKNOWN_QUESTION', 'risk.errors.unknownQuestion', { question: id });
    if (!fits(q, answer)) throw new KioskError('RISK_INVALID_ANSWER', 'risk.errors.invalidAnswer', { question: id, type: q.type });
  }
  const asked: RiskAnswers = {};
  const ignored: string[] = [];
  for (const q of questions) {
    const answer = answers[q.id];
    if (answer === undefined) continue;
    if (q.showIf && !evaluate(q.showIf, { answers: asked, facts: new Set(), asOf, constant, restDays }).holds) ignored.push(q.id);
    else asked[q.id] = answer;
  }
  return { asked, ignored };
}
