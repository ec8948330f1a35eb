// The parties of a complaint (当事人): plaintiffs, defendants and third parties, each a natural
// person or an organisation, and a plaintiff's agent with the scope of their authority. Kept as
// the screens edit them (text fields, '' for unknown) and turned into the contract's FilingParty
// list for filing.preview / filing.submit, which judge check digits and name every problem.
import {
  CHINA,
  hasIdDocumentShape,
  IdDocumentType,
  Nationality,
  NATIONALITY_BY_DOCUMENT,
  nationalityInNumber,
  NEW_PERMANENT_RESIDENCE,
  normalisedIdNumber,
  type FilingParty,
  type SpecialPower,
} from '../../../../contract';
import { addressText, EMPTY_ADDRESS, type AddressValue } from '../../keyboard/AddressField';
import type { FieldErrors } from '../stepper/flow';
import type { Applicant } from './applicant';
import { ethnicGroupOf } from './ethnic-groups.data';

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
  /** Relative: how they are related to the party, and their identity document's number. */
  relationship: string;
  idType: IdDocumentType;
  idNumber: string;
  authority: 'general' | 'special';
  specialPowers: SpecialPower[];
}

export interface PartyEntry {
  kind: PartyKind;
  name: string;
  /** Natural person: as on their identity document; sex and birth date read from a number that encodes them. */
  sex: '' | 'male' | 'female';
  birthDate: string;
  ethnicity: string;
  /** 国籍 (ISO 3166-1 alpha-2), '' until picked: asked where the document does not settle it (NATIONALITY_BY_DOCUMENT). */
  nationality: string;
  /** Which document idNumber is of: a resident ID unless the litigant chose another (登记立案规定 Art 6(1)). */
  idType: IdDocumentType;
  idNumber: string;
  /** Organisation: a legal person or another organisation (CPL Art 51), its credit code and representative. */
  form: 'legalPerson' | 'otherOrganisation';
  creditCode: string;
  representative: string;
  representativeTitle: string;
  /** The area picked from the divisions (its code tells the court directory where the party lives) and the street typed. */
  address: AddressValue;
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
  nationality: '',
  idType: 'residentId',
  idNumber: '',
  form: 'legalPerson',
  creditCode: '',
  representative: '',
  representativeTitle: '',
  address: EMPTY_ADDRESS,
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
  idType: 'residentId',
  idNumber: '',
  authority: 'general',
  specialPowers: [],
};
export const EMPTY_PARTIES: Parties = { plaintiffs: [], defendants: [EMPTY_PARTY], thirdParties: [] };

/** Enough for one complaint at a kiosk; a case with more parties is one for the service window. */
export const MAX_PARTIES_PER_ROLE = 5;

/**
 * What a resident ID number says of its holder (GB 11643: digits 7–14 the birth date, the 17th odd
 * for a man), once it is long enough to hold them and the date is a real one; null before. Only a
 * reading: whether the number is right is main's to judge (filing.preview checks the check digit).
 */
export function factsFromIdNumber(idNumber: string): { sex: 'male' | 'female'; birthDate: string } | null {
  const match = /^\d{6}(\d{4})(\d{2})(\d{2})\d{2}(\d)[\dX]$/i.exec(idNumber.trim());
  if (!match) return null;
  const [, year, month, day, sequence] = match.map(Number) as [number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1800 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { sex: sequence % 2 === 1 ? 'male' : 'female', birthDate: `${match[1]}-${match[2]}-${match[3]}` };
}

/**
 * Sex and birth date, where the document's number encodes them: a resident ID, and the 2023
 * permanent-residence card laid out like one. A passport or a permit does not: they are asked.
 */
export function factsOfDocument(idType: IdDocumentType, idNumber: string): ReturnType<typeof factsFromIdNumber> {
  const encodes = idType === 'residentId' || (idType === 'foreignPermanentResident' && NEW_PERMANENT_RESIDENCE.test(normalisedIdNumber(idNumber)));
  return encodes ? factsFromIdNumber(idNumber) : null;
}

/**
 * A party with a new document number (or kind): sex and birth date follow a number that encodes them,
 * so they are never asked twice nor left contradicting it; once it no longer gives them they are asked again.
 */
export function withIdNumber(party: PartyEntry, idNumber: string, idType: IdDocumentType = party.idType): PartyEntry {
  const facts = factsOfDocument(idType, idNumber);
  const hadFacts = factsOfDocument(party.idType, party.idNumber) !== null;
  // A number that states the nationality gives it; another kind of document, or a number that no
  // longer states the one it gave, may mean another: asked again.
  const stated = nationalityInNumber(idType, idNumber);
  const hadStated = nationalityInNumber(party.idType, party.idNumber) !== null;
  const nationality = stated ?? (idType === party.idType && !hadStated ? party.nationality : '');
  return { ...party, idType, idNumber, nationality, ...(facts ?? (hadFacts ? { sex: '', birthDate: '' } : {})) };
}

/**
 * Whether a person is a Chinese national, a foreigner, or not yet known (a passport's holder before
 * 国籍 is picked). A Chinese national gives 民族; a foreigner 国籍 instead.
 */
export function nationalityOf(party: Pick<PartyEntry, 'idType' | 'nationality'>): 'chinese' | 'foreign' | 'unknown' {
  const byDocument = NATIONALITY_BY_DOCUMENT[party.idType];
  if (byDocument === 'chinese') return 'chinese';
  if (party.nationality === '') return byDocument === 'foreign' ? 'foreign' : 'unknown';
  return party.nationality === CHINA ? 'chinese' : 'foreign';
}

/** Whether the form asks 国籍: where the document does not settle it. */
export const asksNationality = (idType: IdDocumentType): boolean => NATIONALITY_BY_DOCUMENT[idType] !== 'chinese';

/** A number's problem the screen can judge as it is typed: a document other than the resident ID by its shape (contract/id-documents.data.ts). */
export function idNumberProblem(idType: IdDocumentType, idNumber: string): string | null {
  if (idType === 'residentId' || idNumber.trim() === '') return null;
  return hasIdDocumentShape(idType, normalisedIdNumber(idNumber)) ? null : `identity.errors.format.${idType}`;
}

/** The filer is the first plaintiff: what step 1 (typed, or read from the ID card) already knows. */
export function plaintiffFromApplicant(applicant: Applicant, current: PartyEntry | undefined): PartyEntry {
  const base = current ?? EMPTY_PARTY;
  const card = applicant.card;
  return {
    ...withIdNumber({ ...base, kind: 'person', name: applicant.name }, applicant.idNumber, applicant.idType),
    // The card's 民族 reads '汉'; the complaint and the picker say '汉族'.
    ...(card
      ? {
          sex: card.sex,
          birthDate: card.birthDate,
          ethnicity: ethnicGroupOf(card.ethnicity)?.name ?? card.ethnicity,
          // The card's address, split into the divisions it names and the street when it was read; the litigant's own stays.
          address: addressText(base.address) === '' ? card.address : base.address,
        }
      : {}),
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
    idType: IdDocumentType.catch('residentId').parse(saved.idType),
    idNumber: text(saved, 'idNumber'),
    authority: saved.authority === 'special' ? 'special' : 'general',
    specialPowers: SPECIAL_POWERS.filter((power) => powers.includes(power)),
  };
}

/** An address as a draft holds it: an area and a street, or one line of text from a draft made before the area picker. */
export function addressFromDraft(saved: unknown): AddressValue {
  if (typeof saved === 'string') return { ...EMPTY_ADDRESS, street: saved };
  if (!isRecord(saved)) return EMPTY_ADDRESS;
  const divisionCode = text(saved, 'divisionCode');
  return { divisionCode: /^\d{6}$/.test(divisionCode) ? divisionCode : '', area: text(saved, 'area'), street: text(saved, 'street') };
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
    nationality: Nationality.safeParse(saved.nationality).data ?? '',
    idType: IdDocumentType.catch('residentId').parse(saved.idType),
    idNumber: text(saved, 'idNumber'),
    form: saved.form === 'otherOrganisation' ? 'otherOrganisation' : 'legalPerson',
    creditCode: text(saved, 'creditCode'),
    representative: text(saved, 'representative'),
    representativeTitle: text(saved, 'representativeTitle'),
    address: addressFromDraft(saved.address),
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
            // 民族 is a Chinese national's; a foreigner's 国籍 stands in its place.
            ethnicity: nationalityOf(party) === 'chinese' ? orNull(party.ethnicity) : null,
            ...(asksNationality(party.idType) && party.nationality !== '' ? { nationality: Nationality.parse(party.nationality) } : {}),
            address: addressText(party.address),
            idType: party.idType,
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
            address: addressText(party.address),
            phone: orNull(party.phone),
          },
    agent: party.agent && {
      kind: party.agent.kind,
      name: party.agent.name.trim(),
      ...(party.agent.kind === 'relative' && party.agent.idNumber.trim() !== '' ? { idType: party.agent.idType } : {}),
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
    if (party.kind === 'person') {
      const idProblem = role === 'plaintiffs' && party.idNumber === '' ? 'parties.errors.idNumber' : idNumberProblem(party.idType, party.idNumber);
      if (idProblem) errors[`${at}.idNumber`] = idProblem;
      // A resident ID gives these; any other document does not, and the plaintiff identifies themself fully (CPL Art 124(1)).
      if (role === 'plaintiffs' && party.sex === '') errors[`${at}.sex`] = 'parties.errors.sex';
      if (role === 'plaintiffs' && party.birthDate === '') errors[`${at}.birthDate`] = 'parties.errors.birthDate';
      if (role === 'plaintiffs' && asksNationality(party.idType) && party.nationality === '') errors[`${at}.nationality`] = 'parties.errors.nationality';
      // A Chinese national's complaint gives 民族 (main refuses it without); a foreigner's gives 国籍 instead.
      if (role === 'plaintiffs' && nationalityOf(party) === 'chinese' && party.ethnicity === '') errors[`${at}.ethnicity`] = 'parties.errors.ethnicity';
    }
    if (party.kind === 'organisation' && party.representative.trim() === '') errors[`${at}.representative`] = 'parties.errors.representative';
    // Court papers must reach the defendant: an address is the least the complaint needs (CPL Art 124).
    if (role === 'defendants' && addressText(party.address) === '') errors[`${at}.address`] = 'parties.errors.address';
    if (party.agent) {
      if (party.agent.name.trim() === '') errors[`${at}.agent.name`] = 'parties.errors.name';
      if (party.agent.phone.trim() === '') errors[`${at}.agent.phone`] = 'parties.errors.phoneRequired';
      if (party.agent.kind === 'lawyer' && party.agent.licenceNo.trim() === '') errors[`${at}.agent.licenceNo`] = 'parties.errors.licenceNo';
      if (party.agent.kind === 'relative' && party.agent.relationship.trim() === '') errors[`${at}.agent.relationship`] = 'parties.errors.relationship';
      const agentIdProblem = party.agent.kind === 'relative' ? idNumberProblem(party.agent.idType, party.agent.idNumber) : null;
      if (agentIdProblem) errors[`${at}.agent.idNumber`] = agentIdProblem;
    }
  }
  if (parties.plaintiffs.length === 0) errors.plaintiffs = 'parties.errors.noPlaintiff';
  if (parties.defendants.length === 0) errors.defendants = 'parties.errors.noDefendant';
  return errors;
}
