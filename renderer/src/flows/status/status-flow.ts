// Case progress (案件查询): one screen that asks the court where a case stands, or the kiosk what
// became of one of its receipts. Nothing is kept as a draft: a lookup has nothing worth resuming.
import { defineStep, type FlowDefinition } from '../stepper/flow';
import { StatusStep } from './StatusStep';

export const statusFlow: FlowDefinition = {
  id: 'status',
  titleKey: 'services.status.title',
  steps: [defineStep<null>({ id: 'lookup', titleKey: 'caseStatus.title', Component: StatusStep, initial: null, fromDraft: () => null })],
};
