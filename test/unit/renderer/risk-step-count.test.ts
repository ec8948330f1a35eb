// The risk interview's step counter tells the truth (issue 14 item 10): it promises a total only
// once no answer still to come can add or remove a question.
import { describe, expect, it } from 'vitest';
import type { RiskQuestion } from '../../../contract';
import { lengthSettled, slotId } from '../../../renderer/src/flows/risk/interview';

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

describe('the risk step counter', () => {
  it.each([
    ['no dispute type chosen yet', {}, false],
    ['a type, but no branching answer given', { dispute }, false],
    ['one of two branching answers given', { dispute, ...answered(0, true) }, false],
    ['both branching answers given', { dispute, ...answered(0, true), ...answered(2, false) }, true],
    ['"I don\'t know" settles a branch too', { dispute, ...answered(0, null, true), ...answered(2, false) }, true],
    [
      'an answer kept for another question does not count',
      { dispute, [slotId(0)]: { question: 'other', answer: true, skipped: false }, ...answered(2, false) },
      false,
    ],
  ])('%s → settled %s', (_, values, settled) => {
    expect(lengthSettled(values)).toBe(settled);
  });

  it('settles a branch that hangs on a question that is itself not asked', () => {
    const chained = [question('written'), question('copy', { q: 'written', is: true }), question('copyKept', { q: 'copy', is: true })];
    const values = { dispute: { ...dispute, questions: chained }, [slotId(0)]: { question: 'written', answer: false, skipped: false } };
    expect(lengthSettled(values)).toBe(true);
  });
});
