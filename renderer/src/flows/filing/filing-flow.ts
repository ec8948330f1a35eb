// Case filing (立案): who is filing, then — until the complaint steps are built — a plain
// "coming soon" that offers a helper.
import { comingSoonStep } from '../coming-soon/coming-soon-flow';
import { defineStep, type FlowDefinition } from '../stepper/flow';
import { applicantFromDraft, EMPTY_APPLICANT, validateApplicant, type Applicant } from './applicant';
import { ApplicantStep } from './ApplicantStep';

export const filingFlow: FlowDefinition = {
  id: 'filing',
  titleKey: 'services.filing.title',
  steps: [
    defineStep<Applicant>({
      id: 'applicant',
      titleKey: 'filing.applicant.title',
      Component: ApplicantStep,
      initial: EMPTY_APPLICANT,
      fromDraft: applicantFromDraft,
      validate: validateApplicant,
    }),
    comingSoonStep('later', 'filing.later.title', 'filing.later.body'),
  ],
};
