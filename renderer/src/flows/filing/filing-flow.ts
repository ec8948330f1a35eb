// Case filing (立案): who is filing, the case type, the parties, the type's elements, the claims and
// facts written from them, the evidence with its scanned pages, the consents, the court, a read-back
// that checks everything, then the signature that files it and the receipt. From the case type on,
// the resume code is shown: on that step with what it is for, on every later one in a corner.
import { defineStep, type FlowDefinition } from '../stepper/flow';
import { applicantFromDraft, EMPTY_APPLICANT, validateApplicant, type Applicant } from './applicant';
import { ApplicantStep } from './ApplicantStep';
import { CaseTypeStep, validateCaseType } from './CaseTypeStep';
import { claimsFromDraft, GENERATED, validateClaims, type ClaimsText } from './claims';
import { ClaimsStep } from './ClaimsStep';
import { consentsFromDraft, EMPTY_CONSENTS, validateConsents, type Consents } from './consents';
import { ConsentsStep } from './ConsentsStep';
import { CourtStep, validateCourt } from './CourtStep';
import { elementsFromDraft, EMPTY_ELEMENTS, validateElements, type ElementAnswers } from './elements';
import { ElementsStep } from './ElementsStep';
import { evidenceFromDraft, validateEvidence, type EvidenceList } from './evidence';
import { EvidenceStep } from './EvidenceStep';
import { caseTypeFromDraft, courtFromDraft, signedFromDraft, UNSIGNED, type Signed } from './filing-draft';
import { EMPTY_PARTIES, partiesFromDraft, validateParties, type Parties } from './parties';
import { PartiesStep } from './PartiesStep';
import { checkedFromDraft, checkPending, UNCHECKED, validateChecked, type Checked } from './review';
import { withResumeCode } from './ResumeCodeNote';
import { ReviewStep } from './ReviewStep';
import { SignStep } from './SignStep';

/** The filing is made: the sign step shows its receipt. */
const filed = (signed: Signed) => signed.receipt !== null;

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
    defineStep<string>({
      id: 'caseType',
      titleKey: 'filing.caseType.title',
      Component: CaseTypeStep,
      initial: '',
      fromDraft: caseTypeFromDraft,
      validate: validateCaseType,
    }),
    defineStep<Parties>({
      id: 'parties',
      titleKey: 'parties.title',
      Component: withResumeCode(PartiesStep),
      initial: EMPTY_PARTIES,
      fromDraft: partiesFromDraft,
      validate: validateParties,
    }),
    defineStep<ElementAnswers>({
      id: 'elements',
      titleKey: 'filing.elements.title',
      Component: withResumeCode(ElementsStep),
      initial: EMPTY_ELEMENTS,
      fromDraft: elementsFromDraft,
      validate: validateElements,
    }),
    defineStep<ClaimsText>({
      id: 'claims',
      titleKey: 'filing.claims.title',
      Component: withResumeCode(ClaimsStep),
      initial: GENERATED,
      fromDraft: claimsFromDraft,
      validate: validateClaims,
    }),
    defineStep<EvidenceList>({
      id: 'evidence',
      titleKey: 'evidence.title',
      Component: withResumeCode(EvidenceStep),
      initial: [],
      fromDraft: evidenceFromDraft,
      validate: validateEvidence,
    }),
    defineStep<Consents>({
      id: 'consents',
      titleKey: 'filing.consents.title',
      Component: withResumeCode(ConsentsStep),
      initial: EMPTY_CONSENTS,
      fromDraft: consentsFromDraft,
      validate: validateConsents,
    }),
    defineStep<string>({
      id: 'court',
      titleKey: 'filing.court.title',
      Component: withResumeCode(CourtStep),
      initial: '',
      fromDraft: courtFromDraft,
      validate: validateCourt,
    }),
    defineStep<Checked>({
      id: 'review',
      titleKey: 'filing.review.title',
      Component: withResumeCode(ReviewStep),
      initial: UNCHECKED,
      fromDraft: checkedFromDraft,
      validate: validateChecked,
      // Until main has checked the filing on screen, Next is busy, not a button beside "正在读取".
      pending: checkPending,
    }),
    defineStep<Signed>({
      id: 'sign',
      titleKey: 'filing.sign.title',
      Component: withResumeCode(SignStep, filed),
      initial: UNSIGNED,
      fromDraft: signedFromDraft,
      finished: filed,
    }),
  ],
};
