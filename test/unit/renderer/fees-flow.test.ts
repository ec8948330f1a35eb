// The fee desk's steps as the stepper counts them: only the path chosen, and each path's end where
// it really ends (a case priced without an amount, an organisation, no ground for relief).
import { describe, expect, it } from 'vitest';
import type { ReliefAnswer } from '../../../contract';
import { feesFlow } from '../../../renderer/src/flows/fees/fees-flow';
import { payAfterFiling, payerIdNumberOf } from '../../../renderer/src/flows/fees/pay-after-filing';
import { EMPTY_PARTY, type PartyEntry } from '../../../renderer/src/flows/filing/parties';
import { hasInput, initialValues, stepsFor, type FlowValues } from '../../../renderer/src/flows/stepper/flow';

const stepIds = (changed: FlowValues) => stepsFor(feesFlow, { ...initialValues(feesFlow), ...changed }).map((step) => step.id);
const answer = (eligible: boolean) => ({ eligible }) as unknown as ReliefAnswer;

describe('the fee desk as a flow', () => {
  it('counts only the desk until a path is chosen', () => {
    expect(stepIds({})).toEqual(['desk']);
  });

  it('asks for an amount only where the fee schedule prices the case by it', () => {
    expect(stepIds({ desk: 'estimate' })).toEqual(['desk', 'estimate-type', 'estimate-amount', 'estimate-result']);
    expect(stepIds({ desk: 'estimate', 'estimate-type': { caseType: {}, need: 'none' } })).toEqual(['desk', 'estimate-type', 'estimate-result']);
    expect(stepIds({ desk: 'estimate', 'estimate-type': { caseType: {}, need: 'optional' } })).toHaveLength(4);
  });

  it('pays and asks for a refund in a line', () => {
    expect(stepIds({ desk: 'pay' })).toEqual(['desk', 'pay-lookup', 'pay-notice', 'pay-status']);
    expect(stepIds({ desk: 'refund' })).toEqual(['desk', 'refund-case', 'refund-account', 'refund-confirm', 'refund-done']);
  });

  // 办法 Art 44 keeps only waiver from organisations: they are told so, then go on like a person.
  it("tells an organisation what it may ask for and goes on, and ends a path with no ground at the screener's answer", () => {
    expect(stepIds({ desk: 'relief' })).toEqual(['desk', 'relief-who', 'relief-situations', 'relief-answer', 'relief-form', 'relief-done']);
    expect(stepIds({ desk: 'relief', 'relief-who': 'organisation' })).toEqual([
      'desk',
      'relief-who',
      'relief-organisation',
      'relief-situations',
      'relief-answer',
      'relief-form',
      'relief-done',
    ]);
    expect(stepIds({ desk: 'relief', 'relief-who': 'organisation', 'relief-situations': { grounds: ['disasterHardship'], answer: answer(false) } })).toEqual([
      'desk',
      'relief-who',
      'relief-organisation',
      'relief-situations',
      'relief-answer',
    ]);
    const noGround = { desk: 'relief', 'relief-who': 'person', 'relief-situations': { grounds: [], answer: answer(false) } };
    expect(stepIds(noGround)).toEqual(['desk', 'relief-who', 'relief-situations', 'relief-answer']);
  });

  it('treats a sent request and a settled payment as finished, so Back cannot send or pay twice', () => {
    const step = (id: string) => feesFlow.steps.find((candidate) => candidate.id === id)!;
    expect(step('refund-done').finished(null)).toBe(true);
    expect(step('relief-done').finished(null)).toBe(true);
    expect(step('pay-status').finished({ startedId: 'p', payment: { state: 'awaiting_payer' } })).toBe(false);
    expect(step('pay-status').finished({ startedId: 'p', payment: { state: 'confirmed' } })).toBe(true);
    expect(step('pay-status').finished({ startedId: 'p', payment: { state: 'unknown' } })).toBe(true);
  });

  // The court finds a just-filed case's notice by a plaintiff's document only; an agent's is refused.
  const person = (idNumber: string): PartyEntry => ({ ...EMPTY_PARTY, kind: 'person', idNumber });
  const company: PartyEntry = { ...EMPTY_PARTY, kind: 'organisation', creditCode: '91440703MA4UJ8XX4K' };
  it.each([
    ['the filer, a plaintiff', [person('440703195502100012'), person('440703198001010011')], '440703195502100012'],
    ['the first person after a company plaintiff', [company, person('E12345678')], 'E12345678'],
    ['a person whose number is still missing is passed over', [person(' '), person('440703198001010011')], '440703198001010011'],
    ['nobody when every plaintiff is a company: the lookup asks', [company], ''],
  ] as const)('hands the fee desk %s', (_, plaintiffs, expected) => {
    expect(payerIdNumberOf(plaintiffs)).toBe(expected);
  });

  it("does not count what a filing receipt handed over, nor the notice found with it, as the litigant's input", () => {
    const route = payAfterFiling('KIOSK-01-LA-20261207-0001', [person('440703195502100012')]);
    if (route.page !== 'service' || !route.opening) throw new Error('the fee desk opens at the lookup');
    const openedWith = { ...initialValues(feesFlow), ...route.opening.values };
    const search = openedWith['pay-lookup'] as { query: unknown };
    expect(hasInput(feesFlow, { ...openedWith, 'pay-lookup': { ...search, notice: { total: '50.00' } } }, openedWith)).toBe(false);
    expect(hasInput(feesFlow, { ...openedWith, 'pay-lookup': { query: { caseNumber: 'X', payerIdNumber: '1' }, notice: null } }, openedWith)).toBe(true);
  });
});
