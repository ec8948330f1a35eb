// Risk interview → filing draft: every mapping names a real risk question and a real complaint
// element of the same kind, and the draft it makes is one the filing flow's steps read back.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filingDraftFromRisk } from '../../../renderer/src/flows/filing/carry-over';
import { RISK_TO_ELEMENTS } from '../../../renderer/src/flows/filing/carry-over.data';
import { elementsFromDraft } from '../../../renderer/src/flows/filing/elements';

const ROOT = resolve(__dirname, '../../..');
interface Question {
  id: string;
  type: string;
  options?: { value: string }[];
}
interface Element {
  id: string;
  type: string;
  options?: { value: string }[];
}
const ruleSet = JSON.parse(readFileSync(join(ROOT, 'resources/risk/rule-set.v1.json'), 'utf8')) as {
  questions: Question[];
  types: Record<string, { questions: string[] }>;
};
const elementsOf = (caseType: string) =>
  (JSON.parse(readFileSync(join(ROOT, 'resources/filing/elements', `${caseType}.json`), 'utf8')) as { elements: Element[] }).elements;
/** Which risk answer types an element type can take as they are. */
const FITS: Record<string, string[]> = { amount: ['amount'], percent: ['percent'], date: ['date'], yesNo: ['yesNo'], choice: ['choice'] };

describe('the carry-over table', () => {
  const rows = Object.entries(RISK_TO_ELEMENTS).flatMap(([caseType, map]) =>
    Object.entries(map).map(([question, carried]) => ({ caseType, question, ...carried })),
  );

  it.each(rows)(
    '$caseType: $question → $element names a question of the type and an element that takes its answer',
    ({ caseType, question, element, values }) => {
      expect(ruleSet.types[caseType]?.questions).toContain(question);
      const asked = ruleSet.questions.find((q) => q.id === question)!;
      const target = elementsOf(caseType).find((e) => e.id === element);
      expect(target, `element ${element}`).toBeDefined();
      expect(FITS[target!.type]).toContain(asked.type);
      if (asked.type === 'choice') {
        // Every option of the question either renames to an option of the element or is dropped on purpose.
        expect(values).toBeDefined();
        const options = target!.options!.map((o) => o.value);
        for (const renamed of Object.values(values!)) expect(options).toContain(renamed);
        for (const from of Object.keys(values!)) expect(asked.options!.map((o) => o.value)).toContain(from);
      }
    },
  );
});

describe('filingDraftFromRisk', () => {
  it('fills a loan filing with the amount, dates, interest and guarantee; leaves out what no element takes', () => {
    const draft = filingDraftFromRisk({
      caseType: 'private_lending',
      answers: {
        claimAmount: '50000',
        loanDate: '2024-03-01',
        interestAgreed: true,
        interestRate: '6',
        guarantee: false,
        hasIou: true,
        whereabouts: 'known',
        dueDate: '',
      },
    });
    expect(draft).toEqual({
      values: {
        caseType: 'private_lending',
        elements: {
          caseType: '',
          rules: [],
          answers: { principal: '50000', loanDate: '2024-03-01', interestAgreed: true, agreedRate: '6', hasGuarantee: false },
        },
      },
    });
    // The elements step reads it back as it is.
    expect(elementsFromDraft((draft.values as Record<string, unknown>).elements)).toEqual({
      caseType: '',
      rules: [],
      answers: { principal: '50000', loanDate: '2024-03-01', interestAgreed: true, agreedRate: '6', hasGuarantee: false },
    });
  });

  it('renames a choice worded differently: a property company is the manager', () => {
    const draft = filingDraftFromRisk({
      caseType: 'property_service',
      answers: { propertyRole: 'company', claimAmount: '3600.50', oldestUnpaidDate: '2023-01-01' },
    });
    expect(draft.values).toMatchObject({ elements: { answers: { plaintiffRole: 'manager', unpaidFees: '3600.50', periodFrom: '2023-01-01' } } });
  });

  it('gives only the case type for a type without a table, or answers of the wrong shape', () => {
    expect(filingDraftFromRisk({ caseType: 'divorce', answers: { marriageRegistered: true } })).toEqual({
      values: { caseType: 'divorce', elements: { caseType: '', rules: [], answers: {} } },
    });
    expect(filingDraftFromRisk({ caseType: 'private_lending', answers: { claimAmount: 50000, loanDate: null } })).toEqual({
      values: { caseType: 'private_lending', elements: { caseType: '', rules: [], answers: {} } },
    });
  });
});
