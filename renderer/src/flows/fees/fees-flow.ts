// Court fees (诉讼费) as one flow: the desk's four choices, then the steps of the path chosen —
// estimate, pay a notice, ask for a refund, ask for relief. Every path's steps are listed here as
// data and the others are passed over, so the counter counts only the path taken.
import type { Payment, ReliefAnswer } from '../../../../contract';
import { defineStep, type FlowDefinition } from '../stepper/flow';
import { deskPath, onPath, sameValue, type FeeDeskPath } from './desk-step';
import { AmountStep, CaseTypeStep, chosenCaseType, EstimateStep, NO_AMOUNT, type ChosenCaseType, type ClaimAmount } from './estimate-steps';
import { FeeDeskChoices } from './FeeDeskChoices';
import { LookupStep, NoticeStep, paymentSettled, StatusStep, type FollowedPayment, type NoticeSearch } from './payment-steps';
import { NO_REFUND_PART, RefundAccountStep, RefundCaseStep, RefundConfirmStep, RefundDoneStep, type RefundPart } from './refund-steps';
import {
  AnswerStep,
  FormStep,
  NO_SITUATIONS,
  noGround,
  notOrganisation,
  notRelief,
  OrganisationStep,
  ReliefDoneStep,
  SituationsStep,
  WhoStep,
  type Applicant,
  type Situations,
} from './relief-steps';
import './fee-desk.css';

/** Each path's steps carry the path's name in the header; the screen itself asks the question. */
const TITLE: Record<FeeDeskPath, string> = {
  estimate: 'fees.desk.choices.estimate.title',
  pay: 'fees.desk.choices.pay.title',
  refund: 'fees.desk.choices.refund.title',
  relief: 'fees.desk.choices.relief.title',
};

const always = () => true;

export const feesFlow: FlowDefinition = {
  id: 'fees',
  titleKey: 'services.fees.title',
  // Nothing is kept as a draft: a notice lookup holds an ID number, a refund a bank card, and each is quick to redo.
  keepsDraft: false,
  steps: [
    defineStep<FeeDeskPath | null>({
      id: 'desk',
      titleKey: 'fees.desk.stepTitle',
      Component: FeeDeskChoices,
      initial: null,
      fromDraft: sameValue(null),
      advancesItself: true,
    }),

    defineStep<ChosenCaseType | null>({
      id: 'estimate-type',
      titleKey: TITLE.estimate,
      Component: CaseTypeStep,
      initial: null,
      fromDraft: sameValue(null),
      skip: onPath('estimate'),
      advancesItself: true,
    }),
    defineStep<ClaimAmount>({
      id: 'estimate-amount',
      titleKey: TITLE.estimate,
      Component: AmountStep,
      initial: NO_AMOUNT,
      fromDraft: sameValue(NO_AMOUNT),
      // The fee schedule prices some kinds without an amount: then there is nothing to ask.
      skip: (values) => deskPath(values) !== 'estimate' || chosenCaseType(values)?.need === 'none',
      advancesItself: true,
    }),
    defineStep<null>({
      id: 'estimate-result',
      titleKey: TITLE.estimate,
      Component: EstimateStep,
      initial: null,
      fromDraft: sameValue(null),
      skip: onPath('estimate'),
    }),

    defineStep<NoticeSearch | null>({
      id: 'pay-lookup',
      titleKey: TITLE.pay,
      Component: LookupStep,
      initial: null,
      fromDraft: sameValue(null),
      skip: onPath('pay'),
      advancesItself: true,
      // The notice found is the court's answer; what was typed (or handed over) is the query.
      entered: (search) => search?.query ?? null,
    }),
    defineStep<Payment | null>({
      id: 'pay-notice',
      titleKey: TITLE.pay,
      Component: NoticeStep,
      initial: null,
      fromDraft: sameValue(null),
      skip: onPath('pay'),
      advancesItself: true,
    }),
    defineStep<FollowedPayment | null>({
      id: 'pay-status',
      titleKey: TITLE.pay,
      Component: StatusStep,
      initial: null,
      fromDraft: sameValue(null),
      skip: onPath('pay'),
      finished: paymentSettled,
    }),

    defineStep<RefundPart>({
      id: 'refund-case',
      titleKey: TITLE.refund,
      Component: RefundCaseStep,
      initial: NO_REFUND_PART,
      fromDraft: sameValue(NO_REFUND_PART),
      skip: onPath('refund'),
      advancesItself: true,
    }),
    defineStep<RefundPart>({
      id: 'refund-account',
      titleKey: TITLE.refund,
      Component: RefundAccountStep,
      initial: NO_REFUND_PART,
      fromDraft: sameValue(NO_REFUND_PART),
      skip: onPath('refund'),
      advancesItself: true,
    }),
    defineStep<{ receiptNo: string } | null>({
      id: 'refund-confirm',
      titleKey: TITLE.refund,
      Component: RefundConfirmStep,
      initial: null,
      fromDraft: sameValue(null),
      skip: onPath('refund'),
      advancesItself: true,
    }),
    // Reached only once the request is sent.
    defineStep<null>({
      id: 'refund-done',
      titleKey: TITLE.refund,
      Component: RefundDoneStep,
      initial: null,
      fromDraft: sameValue(null),
      skip: onPath('refund'),
      finished: always,
    }),

    defineStep<Applicant | null>({
      id: 'relief-who',
      titleKey: TITLE.relief,
      Component: WhoStep,
      initial: null,
      fromDraft: sameValue(null),
      skip: onPath('relief'),
      advancesItself: true,
    }),
    defineStep<null>({
      id: 'relief-organisation',
      titleKey: TITLE.relief,
      Component: OrganisationStep,
      initial: null,
      fromDraft: sameValue(null),
      skip: notOrganisation,
      advancesItself: true,
    }),
    defineStep<Situations>({
      id: 'relief-situations',
      titleKey: TITLE.relief,
      Component: SituationsStep,
      initial: NO_SITUATIONS,
      fromDraft: sameValue(NO_SITUATIONS),
      skip: notRelief,
      advancesItself: true,
    }),
    defineStep<ReliefAnswer['options'][number] | null>({
      id: 'relief-answer',
      titleKey: TITLE.relief,
      Component: AnswerStep,
      initial: null,
      fromDraft: sameValue(null),
      skip: notRelief,
      advancesItself: true,
    }),
    defineStep<{ receiptNo: string; idNumber: string } | null>({
      id: 'relief-form',
      titleKey: TITLE.relief,
      Component: FormStep,
      initial: null,
      fromDraft: sameValue(null),
      skip: noGround,
      advancesItself: true,
    }),
    defineStep<null>({
      id: 'relief-done',
      titleKey: TITLE.relief,
      Component: ReliefDoneStep,
      initial: null,
      fromDraft: sameValue(null),
      skip: noGround,
      finished: always,
    }),
  ],
};
