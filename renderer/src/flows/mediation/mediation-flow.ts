// Pre-litigation mediation (诉前调解) as a flow: the dispute, who mediates and how, when, both
// sides' contacts, what happened, then a read-back that submits and shows the receipt.
import { createElement } from 'react';
import { defineStep, type FlowDefinition } from '../stepper/flow';
import { ContactStep, type ContactRole } from './ContactStep';
import { DescriptionStep } from './DescriptionStep';
import { DisputeStep } from './DisputeStep';
import { OrganisationStep } from './OrganisationStep';
import {
  arrangementFromDraft,
  caseTypeFromDraft,
  contactFromDraft,
  descriptionFromDraft,
  EMPTY_ARRANGEMENT,
  EMPTY_CONTACT,
  NOT_SUBMITTED,
  submittedFromDraft,
  timesFromDraft,
  validateArrangement,
  validateCaseType,
  validateContact,
  validateDescription,
  validateTimes,
  type Contact,
  type PreferredTime,
} from './request';
import { ReviewStep } from './ReviewStep';
import { TimesStep } from './TimesStep';

const contactStep = (role: ContactRole) =>
  defineStep<Contact>({
    id: role,
    titleKey: `mediation.contact.${role}.title`,
    Component: (props) => createElement(ContactStep, { ...props, role }),
    initial: EMPTY_CONTACT,
    fromDraft: contactFromDraft,
    // The other side's number is often unknown; the mediation organisation can find it.
    validate: (contact) => validateContact(contact, role === 'respondent'),
  });

export const mediationFlow: FlowDefinition = {
  id: 'mediation',
  titleKey: 'services.mediation.title',
  steps: [
    defineStep({
      id: 'dispute',
      titleKey: 'mediation.dispute.title',
      Component: DisputeStep,
      initial: '',
      fromDraft: caseTypeFromDraft,
      validate: validateCaseType,
    }),
    defineStep({
      id: 'organisation',
      titleKey: 'mediation.organisation.title',
      Component: OrganisationStep,
      initial: EMPTY_ARRANGEMENT,
      fromDraft: arrangementFromDraft,
      validate: validateArrangement,
    }),
    defineStep<PreferredTime[]>({
      id: 'times',
      titleKey: 'mediation.times.title',
      Component: TimesStep,
      initial: [],
      fromDraft: timesFromDraft,
      validate: validateTimes,
    }),
    contactStep('applicant'),
    contactStep('respondent'),
    defineStep({
      id: 'description',
      titleKey: 'mediation.description.title',
      Component: DescriptionStep,
      initial: '',
      fromDraft: descriptionFromDraft,
      validate: validateDescription,
    }),
    defineStep({
      id: 'review',
      titleKey: 'mediation.review.title',
      Component: ReviewStep,
      initial: NOT_SUBMITTED,
      fromDraft: submittedFromDraft,
      finished: (submitted) => submitted.receipt !== null,
    }),
  ],
};
