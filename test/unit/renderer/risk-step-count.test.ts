// The risk interview's step counter tells the truth (issue 14 item 10): from the first question it
// counts every question that may still come, and a question leaves the count only once the answers
// given (or "I don't know") rule it out — so the total never jumps up.
import { describe, expect, it } from 'vitest';
import type { RiskQuestion } from '../../../contract';
import { slotId, surelyNotAsked } from '../../../renderer/src/flows/risk/interview';

const question = (id: string, showIf?: RiskQuestion['showIf']): RiskQuestion => ({
  id,
  type: 'yesNo',
  textKey: `risk.questions.${id}.text`,
  helpKey: `risk.questions.${id}.help`,
  ...(showIf ? { showIf } : {}),
});
/** written → (if yes) copy; demanded → (if yes) demandDate. */
const questions = [
  question('written'),
  question('copy', { q: 'written', is: true }),
  question('demanded'),
  question('demandDate', { q: 'demanded', is: true }),
];
const dispute = { caseType: 'loan', ruleSetVersion: '1', questions };
const answered = (index: number, answer: boolean | null, skipped = false) => ({ [slotId(index)]: { question: questions[index]!.id, answer, skipped } });
const ruledOut = (values: Record<string, unknown>) => questions.map((_, index) => surelyNotAsked(values, index));

describe('the risk step counter', () => {
  it.each([
    ['a type, but no branching answer given', { dispute }, [false, false, false, false]],
    ['a "yes" keeps its follow-up', { dispute, ...answered(0, true) }, [false, false, false, false]],
    ['a "no" rules its follow-up out', { dispute, ...answered(0, true), ...answered(2, false) }, [false, false, false, true]],
    ['"I don\'t know" rules the follow-up out too', { dispute, ...answered(0, null, true) }, [false, true, false, false]],
    [
      'an answer kept for another question does not count',
      { dispute, [slotId(2)]: { question: 'other', answer: false, skipped: false } },
      [false, false, false, false],
    ],
  ])('%s', (_, values, expected) => {
    expect(ruledOut(values)).toEqual(expected);
  });

  it('rules out a branch that hangs on a question that is itself not asked', () => {
    const chained = [question('written'), question('copy', { q: 'written', is: true }), question('copyKept', { q: 'copy', is: true })];
    const values = { dispute: { ...dispute, questions: chained }, [slotId(0)]: { question: 'written', answer: false, skipped: false } };
    expect(surelyNotAsked(values, 2)).toBe(true);
  });
});
