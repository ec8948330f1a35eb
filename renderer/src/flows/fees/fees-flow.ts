// Court fee payment (诉讼费交纳): one stepper step that hosts the fee desk, because its two paths
// (estimate, pay a notice) branch and the stepper's steps run in a line.
import { defineStep, type FlowDefinition } from '../stepper/flow';
import { FeeDesk } from './FeeDesk';

export const feesFlow: FlowDefinition = {
  id: 'fees',
  titleKey: 'services.fees.title',
  steps: [
    defineStep<null>({
      id: 'fee-desk',
      titleKey: 'fees.desk.stepTitle',
      Component: FeeDesk,
      // Nothing is kept as a draft: a notice lookup holds an ID number, and an estimate is quick to redo.
      initial: null,
      fromDraft: () => null,
    }),
  ],
};
