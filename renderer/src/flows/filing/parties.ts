// The parties of a complaint (当事人): plaintiffs, defendants and third parties, each a natural
// person or an organisation, and a plaintiff's agent with the scope of their authority. Kept as
// the screens edit them (text fields, '' for unknown) and turned into the contract's FilingParty
// list for filing.preview / filing.submit, which judge check digits and name every problem.
import type { FilingParty, SpecialPower } from '../../../../contract';
import type { FieldErrors } from '../stepper/flow';
import type { Applicant } from './applicant';

export type PartyKind = 'person' | 'organisation';
export type PartyRole = 'plaintiffs' | 'defendants' | 'thirdParties';
export const PARTY_ROLES: readonly PartyRole[] = ['plaintiffs', 'defendants', 'thirdParties'];
const CONTRACT_ROLE: Record<PartyRole, FilingParty['role']> = { plaintiffs: 'plaintiff', defendants: 'defendant', thirdParties: 'thirdParty' };

/** CPL Art 62: what an agent may do only with special authority, in the order a power of attorney lists them. */
export const SPECIAL_POWERS: readonly SpecialPower[] = ['admitClaims', 'waiveClaims', 'modifyClaims', 'settle', 'counterclaim', 'appeal'];

export interface AgentEntry {
  kind: 'lawyer' | 'relative';
  name: string;
  phone: string;
  /** Lawyer: practising licence number (执业证号) and firm. */
  licenceNo: string;
  lawFirm: string;
  /** Relative: how they are related to the party, and their ID number. */
  relationship: string;
  idNumber: string;
  authority: 'general' | 'special';
  specialPowers: SpecialPower[];
}

export interface PartyEntry {
  kind: PartyKind;
  name: string;
  /** Natural person: as on the resident ID card. */
  sex: '' | 'male' | 'female';
  birthDate: string;
  ethnicity: string;
  idNumber: string;
  /** Organisation: a legal person or another organisation (CPL Art 51), its credit code and representative. */
  form: 'legalPerson' | 'otherOrganisation';
  creditCode: string;
  representative: string;
  representativeTitle: string;
  address: string;
  phone: string;
  agent: AgentEntry | null;
}

export interface Parties {
  plaintiffs: PartyEntry[];
  defendants: PartyEntry[];
  thirdParties: PartyEntry[];
}

export const EMPTY_PARTY: PartyEntry = {
  kind: 'person',
  name: '',
  sex: '',
  birthDate: '',
  ethnicity: '',
  idNumber: '',
  form: 'legalPerson',
  creditCode: '',
  representative: '',
  representativeTitle: '',
  address: '',
  phone: '',
  agent: null,
};
export const EMPTY_AGENT: AgentEntry = {
  kind: 'lawyer',
  name: '',
  phone: '',
  licenceNo: '',
  lawFirm: '',
  relationship: '',
  idNumber: '',
  authority: 'general',
  specialPowers: [],
};
export const EMPTY_PARTIES: Parties = { plaintiffs: [], defendants: [EMPTY_PARTY], thirdParties: [] };

/** Enough for one complaint at a kiosk; a case with more parties is one for the service window. */
export const MAX_PARTIES_PER_ROLE = 5;

/** The filer is the first plaintiff: what step 1 (typed, or read from the ID card) already knows. */
export function plaintiffFromApplicant(applicant: Applicant, current: PartyEntry | undefined): PartyEntry {
  const base = current ?? EMPTY_PARTY;
  const card = applicant.card;
  return {
    ...base,
    kind: 'person',
    name: applicant.name,
    idNumber: applicant.idNumber,
    ...(card ? { sex: card.sex, birthDate: card.birthDate, ethnicity: card.ethnicity, address: base.address || card.address } : {}),
  };
}

type Loose = Record<string, unknown>;
const text = (record: Loose, key: string): string => (typeof record[key] === 'string' ? (record[key] as string) : '');
const isRecord = (value: unknown): value is Loose => typeof value === 'object' && value !== null;

function agentFromDraft(saved: unknown): AgentEntry | null {
  if (!isRecord(saved)) return null;
  const powers = Array.isArray(saved.specialPowers) ? saved.specialPowers : [];
  return {
    kind: saved.kind === 'relative' ? 'relative' : 'lawyer',
    name: text(saved, 'name'),
    phone: text(saved, 'phone'),
    licenceNo: text(saved, 'licenceNo'),
    lawFirm: text(saved, 'lawFirm'),
    relationship: text(saved, 'relationship'),
    idNumber: text(saved, 'idNumber'),
    authority: saved.authority === 'special' ? 'special' : 'general',
    specialPowers: SPECIAL_POWERS.filter((power) => powers.includes(power)),
  };
}

function partyFromDraft(saved: unknown): PartyEntry | null {
  if (!isRecord(saved)) return null;
  const sex = text(saved, 'sex');
  return {
    kind: saved.kind === 'organisation' ? 'organisation' : 'person',
    name: text(saved, 'name'),
    sex: sex === 'male' || sex === 'female' ? sex : '',
    birthDate: text(saved, 'birthDate'),
    ethnicity: text(saved, 'ethnicity'),
    idNumber: text(saved, 'idNumber'),
    form: saved.form === 'otherOrganisation' ? 'otherOrganisation' : 'legalPerson',
    creditCode: text(saved, 'creditCode'),
    representative: text(saved, 'representative'),
    representativeTitle: text(saved, 'representativeTitle'),
    address: text(saved, 'address'),
    phone: text(saved, 'phone'),
    agent: agentFromDraft(saved.agent),
  };
}

export function partiesFromDraft(saved: unknown): Parties | null {
  if (!isRecord(saved)) return null;
  const list = (role: PartyRole) =>
    Array.isArray(saved[role]) ? (saved[role] as unknown[]).map(partyFromDraft).filter((party): party is PartyEntry => party !== null) : [];
  return { plaintiffs: list('plaintiffs'), defendants: list('defendants'), thirdParties: list('thirdParties') };
}

/** Every party in the complaint's order, with where it sits on the screen: problems from main point back by index. */
export function partyOrder(parties: Parties): { role: PartyRole; index: number; party: PartyEntry }[] {
  return PARTY_ROLES.flatMap((role) => parties[role].map((party, index) => ({ role, index, party })));
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** The parties as the contract takes them (FilingParty), '' becoming null for what is not known. */
export function filingPartiesOf(parties: Parties): FilingParty[] {
  return partyOrder(parties).map(({ role, index, party }) => ({
    id: `${CONTRACT_ROLE[role]}${index + 1}`,
    role: CONTRACT_ROLE[role],
    party:
      party.kind === 'person'
        ? {
            kind: 'person',
            name: party.name.trim(),
            sex: party.sex === '' ? null : party.sex,
            birthDate: orNull(party.birthDate),
            ethnicity: orNull(party.ethnicity),
            address: party.address.trim(),
            idNumber: orNull(party.idNumber),
            phone: orNull(party.phone),
          }
        : {
            kind: 'organisation',
            form: party.form,
            name: party.name.trim(),
            creditCode: orNull(party.creditCode),
            representative: party.representative.trim(),
            representativeTitle: orNull(party.representativeTitle),
            address: party.address.trim(),
            phone: orNull(party.phone),
          },
    agent: party.agent && {
      kind: party.agent.kind,
      name: party.agent.name.trim(),
      idNumber: orNull(party.agent.idNumber),
      phone: party.agent.phone.trim(),
      licenceNo: party.agent.kind === 'lawyer' ? orNull(party.agent.licenceNo) : null,
      lawFirm: party.agent.kind === 'lawyer' ? orNull(party.agent.lawFirm) : null,
      relationship: party.agent.kind === 'relative' ? orNull(party.agent.relationship) : null,
      authority: party.agent.authority,
      specialPowers: party.agent.authority === 'special' ? party.agent.specialPowers : [],
    },
  }));
}

/** What must be there before Next: a name for everyone, and a defendant. Check digits and phone formats are main's (filing.preview). */
export function validateParties(parties: Parties): FieldErrors {
  const errors: FieldErrors = {};
  for (const { role, index, party } of partyOrder(parties)) {
    const at = `${role}.${index}`;
    if (party.name.trim() === '') errors[`${at}.name`] = 'parties.errors.name';
    if (role === 'plaintiffs' && party.phone.trim() === '') errors[`${at}.phone`] = 'parties.errors.phoneRequired';
    if (role === 'plaintiffs' && party.kind === 'person' && party.idNumber === '') errors[`${at}.idNumber`] = 'parties.errors.idNumber';
    if (party.kind === 'organisation' && party.representative.trim() === '') errors[`${at}.representative`] = 'parties.errors.representative';
    // Court papers must reach the defendant: an address is the least the complaint needs (CPL Art 124).
    if (role === 'defendants' && party.address.trim() === '') errors[`${at}.address`] = 'parties.errors.address';
    if (party.agent) {
      if (party.agent.name.trim() === '') errors[`${at}.agent.name`] = 'parties.errors.name';
      if (party.agent.phone.trim() === '') errors[`${at}.agent.phone`] = 'parties.errors.phoneRequired';
      if (party.agent.kind === 'lawyer' && party.agent.licenceNo.trim() === '') errors[`${at}.agent.licenceNo`] = 'parties.errors.licenceNo';
      if (party.agent.kind === 'relative' && party.agent.relationship.trim() === '') errors[`${at}.agent.relationship`] = 'parties.errors.relationship';
    }
  }
  if (parties.plaintiffs.length === 0) errors.plaintiffs = 'parties.errors.noPlaintiff';
  if (parties.defendants.length === 0) errors.defendants = 'parties.errors.noDefendant';
  return errors;
}
