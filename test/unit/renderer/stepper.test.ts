// The stepper's data side: a step that branches away is not counted or visited, a draft comes back
// step by step through each step's own reader, and validation sees the other steps' answers.
import { describe, expect, it } from 'vitest';
import { defineStep, hasInput, stepsFor, valuesFromDraft, type FieldErrors, type FlowDefinition } from '../../../renderer/src/flows/stepper/flow';

const Nothing = () => null;
const flow: FlowDefinition = {
  id: 'filing',
  titleKey: 'services.filing.title',
  steps: [
    defineStep<string>({ id: 'kind', titleKey: 'k', Component: Nothing, initial: '', fromDraft: (saved) => (typeof saved === 'string' ? saved : null) }),
    defineStep<string>({
      id: 'company',
      titleKey: 'c',
      Component: Nothing,
      initial: '',
      fromDraft: (saved) => (typeof saved === 'string' ? saved : null),
      skip: (values) => values.kind !== 'organisation',
      validate: (value, values): FieldErrors => (values.kind === 'organisation' && value === '' ? { company: 'required' } : {}),
    }),
    defineStep<number>({ id: 'count', titleKey: 'n', Component: Nothing, initial: 0, fromDraft: (saved) => (typeof saved === 'number' ? saved : null) }),
  ],
};

describe('the stepper', () => {
  it('passes over a step while its skip holds, and counts it once it does not', () => {
    expect(stepsFor(flow, { kind: 'person' }).map((step) => step.id)).toEqual(['kind', 'count']);
    expect(stepsFor(flow, { kind: 'organisation' }).map((step) => step.id)).toEqual(['kind', 'company', 'count']);
  });

  it("gives validation every step's answers", () => {
    const company = flow.steps[1]!;
    expect(company.validate('', { kind: 'organisation' })).toEqual({ company: 'required' });
    expect(company.validate('', { kind: 'person' })).toEqual({});
  });

  it('restores a draft step by step; what does not fit starts fresh', () => {
    expect(valuesFromDraft(flow, { values: { kind: 'organisation', company: 42, count: 3 } })).toEqual({ kind: 'organisation', company: '', count: 3 });
    expect(valuesFromDraft(flow, { nothing: true })).toEqual({ kind: '', company: '', count: 0 });
  });

  it('knows when leaving would lose something', () => {
    expect(hasInput(flow, { kind: '', company: '', count: 0 })).toBe(false);
    expect(hasInput(flow, { kind: 'person', company: '', count: 0 })).toBe(true);
  });

  it("counts neither what another flow handed over nor a lookup's answer as input", () => {
    const lookup: FlowDefinition = {
      id: 'fees',
      titleKey: 'services.fees.title',
      steps: [
        defineStep<{ query: string; found: string | null } | null>({
          id: 'lookup',
          titleKey: 'l',
          Component: Nothing,
          initial: null,
          fromDraft: () => null,
          entered: (search) => search?.query ?? null,
        }),
      ],
    };
    const handedOver = { lookup: { query: 'R-1', found: null } };
    expect(hasInput(lookup, { lookup: { query: 'R-1', found: 'notice' } }, handedOver)).toBe(false);
    expect(hasInput(lookup, { lookup: { query: 'R-2', found: null } }, handedOver)).toBe(true);
    expect(hasInput(lookup, { lookup: { query: 'R-1', found: null } })).toBe(true);
  });
});
