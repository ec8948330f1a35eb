// Court fee payment (诉讼费缴纳): one stepper step that hosts the fee desk, because its two paths
// (estimate, pay a notice) branch and the stepper's steps run in a line.
import { defineStep, type FlowDefinition } from '../stepper/flow';
import { FeeDesk } from './FeeDesk';

export const paymentFlow: FlowDefinition = {
  id: 'payment',
  titleKey: 'services.payment.title',
  steps: [
    defineStep<null>({
      id: 'fee-desk',
      titleKey: 'feeDesk.stepTitle',
      Component: FeeDesk,
      // Nothing is kept as a draft: a notice lookup holds an ID number, and an estimate is quick to redo.
      initial: null,
      fromDraft: () => null,
    }),
  ],
};
