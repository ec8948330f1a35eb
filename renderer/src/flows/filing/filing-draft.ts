// The flow's step values, read as one filing: what filing.preview checks and filing.submit files.
// Each step's value comes through its own fromDraft, so a step never sees another's raw shape.
import type { FilingDraft, FilingReceipt } from '../../../../contract';
import type { FlowValues } from '../stepper/flow';
import { applicantFromDraft, EMPTY_APPLICANT, type Applicant } from './applicant';
import { claimsFromDraft, GENERATED, type ClaimsText } from './claims';
import { consentsFromDraft, EMPTY_CONSENTS, filingConsentsOf, type Consents } from './consents';
import { askedAnswers, elementsFromDraft, EMPTY_ELEMENTS, type ElementAnswers } from './elements';
import { evidenceFromDraft, type EvidenceList } from './evidence';
import { EMPTY_PARTIES, filingPartiesOf, partiesFromDraft, type Parties } from './parties';

export interface FilingValues {
  applicant: Applicant;
  caseType: string;
  parties: Parties;
  elements: ElementAnswers;
  claims: ClaimsText;
  evidence: EvidenceList;
  consents: Consents;
  court: string;
}

export const caseTypeFromDraft = (saved: unknown): string | null => (typeof saved === 'string' ? saved : null);
export const courtFromDraft = caseTypeFromDraft;

/** Every step's value, each through its own reader. */
export function filingValuesOf(values: Readonly<FlowValues>): FilingValues {
  return {
    applicant: applicantFromDraft(values.applicant) ?? EMPTY_APPLICANT,
    caseType: caseTypeFromDraft(values.caseType) ?? '',
    parties: partiesFromDraft(values.parties) ?? EMPTY_PARTIES,
    elements: elementsFromDraft(values.elements) ?? EMPTY_ELEMENTS,
    claims: claimsFromDraft(values.claims) ?? GENERATED,
    evidence: evidenceFromDraft(values.evidence) ?? [],
    consents: consentsFromDraft(values.consents) ?? EMPTY_CONSENTS,
    court: courtFromDraft(values.court) ?? '',
  };
}

export function filingDraftOf(filing: FilingValues): FilingDraft {
  return {
    caseType: filing.caseType,
    courtCode: filing.court,
    parties: filingPartiesOf(filing.parties),
    answers: askedAnswers(filing.elements),
    claims: filing.claims.claims?.map((claim) => claim.trim()).filter((claim) => claim !== '') ?? null,
    facts: filing.claims.facts?.trim() ?? null,
    evidence: filing.evidence.map((item) => ({ id: item.id, name: item.name.trim(), source: item.source.trim(), purpose: item.purpose.trim() })),
    consents: filingConsentsOf(filing.consents),
  };
}

/** The last step: the signature, then the receipt once main has the filing (so it cannot be sent twice). */
export interface Signed {
  signature: string | null;
  receipt: FilingReceipt | null;
}

export const UNSIGNED: Signed = { signature: null, receipt: null };

export function signedFromDraft(saved: unknown): Signed | null {
  if (typeof saved !== 'object' || saved === null) return null;
  const { signature, receipt } = saved as Record<string, unknown>;
  const isReceipt =
    typeof receipt === 'object' &&
    receipt !== null &&
    typeof (receipt as FilingReceipt).receiptNo === 'string' &&
    typeof (receipt as FilingReceipt).filingId === 'string';
  return {
    signature: typeof signature === 'string' && signature.startsWith('data:image/png;base64,') ? signature : null,
    receipt: isReceipt ? (receipt as FilingReceipt) : null,
  };
}

/** Problems from main point into the draft (parties.1.party.idNumber); this is the step that fixes each. */
export function stepOfProblem(path: string): string {
  const head = path.split('.')[0] ?? '';
  const steps: Record<string, string> = {
    caseType: 'caseType',
    courtCode: 'court',
    parties: 'parties',
    answers: 'elements',
    claims: 'claims',
    facts: 'claims',
    evidence: 'evidence',
    consents: 'consents',
    signaturePng: 'sign',
  };
  return steps[head] ?? 'review';
}
