// Litigation risk assessment (诉讼风险评估) as a flow: the dispute, then its questions one per
// screen as the rule set orders and branches them (a slot per question; slots the type does not
// have, or whose branch is not taken, are passed over), the report, and the risk notice.
import { createElement } from 'react';
import { defineStep, type FlowDefinition, type Step } from '../stepper/flow';
import { DisputeStep } from './DisputeStep';
import {
  answeredByOneTap,
  disputeFromDraft,
  EMPTY_SLOT,
  NO_DISPUTE,
  QUESTION_SLOTS,
  questionAt,
  slotFromDraft,
  slotId,
  surelyNotAsked,
  validateDispute,
  validateSlot,
  type Slot,
} from './interview';
import { acknowledgementFromDraft, keptFromDraft, NOT_ACKNOWLEDGED, NOT_KEPT, validateKept } from './kept-report';
import { NoticeStep } from './NoticeStep';
import { QuestionStep } from './QuestionStep';
import { ReportStep } from './ReportStep';

const questionStep = (index: number): Step =>
  defineStep<Slot>({
    id: slotId(index),
    titleKey: 'risk.flow.question.title',
    Component: (props) => createElement(QuestionStep, { ...props, index }),
    initial: EMPTY_SLOT,
    fromDraft: slotFromDraft,
    validate: (slot, values) => validateSlot(slot, questionAt(values, index)),
    skip: (values) => questionAt(values, index) === null,
    surelySkipped: (values) => surelyNotAsked(values, index),
    // A card answer moves on by itself; come back to with 上一步, the step offers its own Next.
    advancesItself: (values) => answeredByOneTap(questionAt(values, index)),
  });

export const riskFlow: FlowDefinition = {
  id: 'risk',
  titleKey: 'services.risk.title',
  steps: [
    defineStep({
      id: 'dispute',
      titleKey: 'risk.flow.dispute.title',
      Component: DisputeStep,
      initial: NO_DISPUTE,
      fromDraft: disputeFromDraft,
      validate: validateDispute,
      // Until a dispute is chosen nobody knows how many questions follow.
      decidesWhatFollows: (dispute) => dispute.caseType === '',
      advancesItself: true,
    }),
    ...Array.from({ length: QUESTION_SLOTS }, (_, index) => questionStep(index)),
    defineStep({
      id: 'report',
      titleKey: 'risk.flow.report.title',
      Component: ReportStep,
      initial: NOT_KEPT,
      fromDraft: keptFromDraft,
      validate: validateKept,
    }),
    defineStep({
      id: 'notice',
      titleKey: 'risk.flow.notice.title',
      Component: NoticeStep,
      initial: NOT_ACKNOWLEDGED,
      fromDraft: acknowledgementFromDraft,
      // Acknowledged is kept in main: the screen offers printing, the next service and home, not Back.
      finished: (acknowledgement) => acknowledgement.acknowledgedFor !== null,
    }),
  ],
};
