// The filing screens' side of a complaint: the parties as typed become the contract's FilingParty
// list, main's problems find their way back to the field on screen, and an element asked only on
// a branch is neither required nor filed once the branch is closed.
import { describe, expect, it } from 'vitest';
import { applicantFromDraft, validateApplicant } from '../../../renderer/src/flows/filing/applicant';
import { validateElements, askedAnswers, type ElementAnswers } from '../../../renderer/src/flows/filing/elements';
import { EMPTY_ADDRESS } from '../../../renderer/src/keyboard/AddressField';
import { ETHNIC_GROUPS, ethnicGroupOf } from '../../../renderer/src/flows/filing/ethnic-groups.data';
import {
  EMPTY_AGENT,
  EMPTY_PARTY,
  factsFromIdNumber,
  filingPartiesOf,
  nationalityOf,
  partiesFromDraft,
  plaintiffFromApplicant,
  validateParties,
  withIdNumber,
  type Parties,
} from '../../../renderer/src/flows/filing/parties';
import { partyProblems } from '../../../renderer/src/flows/filing/problems';

const cardAddress = { divisionCode: '440703', area: '广东省江门市蓬江区', street: '港口路 16 号' };
const filer = plaintiffFromApplicant(
  {
    name: '张建国',
    idType: 'residentId',
    idNumber: '440703195502100012',
    card: { sex: 'male', ethnicity: '汉', birthDate: '1955-02-10', address: cardAddress },
  },
  { ...EMPTY_PARTY, phone: '13912345678' },
);
const company = {
  ...EMPTY_PARTY,
  kind: 'organisation' as const,
  name: '示范市安居物业服务有限公司',
  creditCode: '91440704MA4W1234K7',
  representative: '陈志明',
  address: { divisionCode: '440704', area: '广东省江门市江海区', street: '滨江路 88 号' },
};
const parties: Parties = {
  plaintiffs: [
    {
      ...filer,
      agent: { ...EMPTY_AGENT, name: '刘律师', phone: '13700000000', licenceNo: '14407201810123456', authority: 'special', specialPowers: ['settle'] },
    },
  ],
  defendants: [company],
  thirdParties: [],
};

describe('parties', () => {
  it('take the filer from the card, keeping the phone typed here', () => {
    expect(filer).toMatchObject({
      kind: 'person',
      name: '张建国',
      sex: 'male',
      birthDate: '1955-02-10',
      address: cardAddress,
      phone: '13912345678',
    });
  });

  it("become the contract's parties: unknowns null, an agent's powers only under special authority", () => {
    const [plaintiff, defendant] = filingPartiesOf(parties);
    expect(plaintiff).toMatchObject({
      id: 'plaintiff1',
      role: 'plaintiff',
      party: { kind: 'person', ethnicity: '汉族', idType: 'residentId', idNumber: '440703195502100012' },
      agent: { kind: 'lawyer', relationship: null, specialPowers: ['settle'] },
    });
    expect(defendant).toEqual({
      id: 'defendant1',
      role: 'defendant',
      party: {
        kind: 'organisation',
        form: 'legalPerson',
        name: '示范市安居物业服务有限公司',
        creditCode: '91440704MA4W1234K7',
        representative: '陈志明',
        representativeTitle: null,
        address: '广东省江门市江海区滨江路 88 号',
        phone: null,
      },
      agent: null,
    });
    const general = filingPartiesOf({
      ...parties,
      plaintiffs: [{ ...filer, agent: { ...EMPTY_AGENT, name: '李', phone: '1', licenceNo: '1', specialPowers: ['appeal'] } }],
    });
    expect(general[0]!.agent?.specialPowers).toEqual([]);
  });

  it("need names, the plaintiff's phone and ID, a defendant's address and an organisation's representative", () => {
    expect(validateParties(parties)).toEqual({});
    expect(
      validateParties({
        plaintiffs: [{ ...filer, phone: '', idNumber: '' }],
        defendants: [{ ...company, address: EMPTY_ADDRESS, representative: '' }],
        thirdParties: [{ ...EMPTY_PARTY }],
      }),
    ).toEqual({
      'plaintiffs.0.phone': 'parties.errors.phoneRequired',
      'plaintiffs.0.idNumber': 'parties.errors.idNumber',
      'defendants.0.representative': 'parties.errors.representative',
      'defendants.0.address': 'parties.errors.address',
      'thirdParties.0.name': 'parties.errors.name',
    });
    expect(validateParties({ ...parties, defendants: [] })).toEqual({ defendants: 'parties.errors.noDefendant' });
  });

  it("get main's problems on the field they are about, warnings apart from errors", () => {
    const found = partyProblems(
      [
        { path: 'parties.1.party.creditCode', severity: 'warning', code: 'CREDIT_CODE_CHECKSUM', messageKey: 'complaint.x' },
        { path: 'parties.0.agent.licenceNo', severity: 'error', code: 'LICENCE', messageKey: 'complaint.y' },
        { path: 'answers.principal', severity: 'error', code: 'OTHER', messageKey: 'complaint.z' },
      ],
      parties,
    );
    expect(found).toEqual({ errors: { 'plaintiffs.0.agent.licenceNo': 'complaint.y' }, warnings: { 'defendants.0.creditCode': 'complaint.x' } });
  });
});

describe('elements', () => {
  const loan: ElementAnswers = {
    caseType: 'private_lending',
    rules: [
      { id: 'interestAgreed', required: true },
      { id: 'agreedRate', required: true, showIf: { element: 'interestAgreed', is: true } },
    ],
    answers: { interestAgreed: false, agreedRate: '30' },
  };

  it("require a branch's element only while the branch is open, and file only what is asked", () => {
    expect(validateElements(loan, { caseType: 'private_lending' })).toEqual({});
    expect(askedAnswers(loan)).toEqual({ interestAgreed: false });
    const agreed = { ...loan, answers: { interestAgreed: true } };
    expect(validateElements(agreed, { caseType: 'private_lending' })).toEqual({ agreedRate: 'filing.elements.required' });
  });

  it("are not judged by another type's rules", () => {
    expect(validateElements(loan, { caseType: 'property_service' })).toEqual({ elements: 'filing.elements.notLoaded' });
  });
});

describe("a party's sex and birth date", () => {
  it.each([
    ['440703195502100012', { sex: 'male', birthDate: '1955-02-10' }],
    ['440704197903150032', { sex: 'male', birthDate: '1979-03-15' }],
    ['11010519491231002X', { sex: 'female', birthDate: '1949-12-31' }],
    ['4407031955021', null],
    ['440703195502300012', null],
  ])('are read from the ID number %s (GB 11643: digits 7–14, the 17th odd for a man)', (idNumber, facts) => {
    expect(factsFromIdNumber(idNumber)).toEqual(facts);
  });

  it('follow the ID number as it changes, and are asked again once it is cleared', () => {
    const typed = withIdNumber(EMPTY_PARTY, '11010519491231002X');
    expect(typed).toMatchObject({ sex: 'female', birthDate: '1949-12-31' });
    expect(withIdNumber(typed, '1101051949')).toMatchObject({ sex: '', birthDate: '' });
    const picked = { ...EMPTY_PARTY, sex: 'male' as const, birthDate: '1960-01-01' };
    expect(withIdNumber(picked, '1101')).toMatchObject({ sex: 'male', birthDate: '1960-01-01' });
  });

  it("a typed filer's come from the number, without a card", () => {
    expect(plaintiffFromApplicant({ name: '李华', idType: 'residentId', idNumber: '11010519491231002X', card: null }, undefined)).toMatchObject({
      sex: 'female',
      birthDate: '1949-12-31',
    });
  });
});

describe('another identity document (登记立案规定 Art 6(1))', () => {
  const passportHolder = {
    ...filer,
    idType: 'passport' as const,
    idNumber: 'E12345678',
    nationality: 'US',
    // Asked of a Chinese national only: the permits' rows below are Chinese nationals' documents.
    ethnicity: '汉族',
    sex: 'female' as const,
    birthDate: '1958-06-01',
  };
  const withPlaintiff = (plaintiff: typeof filer): Parties => ({ ...parties, plaintiffs: [plaintiff] });

  it.each([
    ['passport', 'E12345678', {}],
    ['passport', 'E12-345', { 'plaintiffs.0.idNumber': 'identity.errors.format.passport' }],
    ['hkMacaoPermit', 'H60123456', {}],
    ['hkMacaoPermit', 'X60123456', { 'plaintiffs.0.idNumber': 'identity.errors.format.hkMacaoPermit' }],
    ['taiwanPermit', '01234567', {}],
    ['taiwanPermit', '0123456', { 'plaintiffs.0.idNumber': 'identity.errors.format.taiwanPermit' }],
    ['foreignPermanentResident', 'USA110086012345', {}],
    // The 2023 card's shape passes here; its check digit is main's (filing.preview), as for a resident ID.
    ['foreignPermanentResident', '911840198503150016', {}],
    ['foreignPermanentResident', 'US110086012345', { 'plaintiffs.0.idNumber': 'identity.errors.format.foreignPermanentResident' }],
  ] as const)('a %s numbered %s is judged by its own shape', (idType, idNumber, errors) => {
    expect(validateParties(withPlaintiff({ ...passportHolder, idType, idNumber }))).toEqual(errors);
  });

  it('asks a Chinese national plaintiff 民族 on the form, which main needs, and a foreigner no 民族', () => {
    expect(validateParties(withPlaintiff({ ...passportHolder, nationality: 'CN', ethnicity: '' }))).toEqual({
      'plaintiffs.0.ethnicity': 'parties.errors.ethnicity',
    });
    expect(validateParties(withPlaintiff({ ...filer, ethnicity: '' }))).toEqual({ 'plaintiffs.0.ethnicity': 'parties.errors.ethnicity' });
    expect(validateParties(withPlaintiff({ ...passportHolder, nationality: 'US', ethnicity: '' }))).toEqual({});
    // A defendant needs only enough to be found.
    expect(validateParties({ ...parties, defendants: [{ ...filer, ethnicity: '', phone: '' }] })).toEqual({});
  });

  it("asks a plaintiff's sex and birth date, which only a resident ID's number holds", () => {
    expect(validateParties(withPlaintiff({ ...passportHolder, sex: '', birthDate: '' }))).toEqual({
      'plaintiffs.0.sex': 'parties.errors.sex',
      'plaintiffs.0.birthDate': 'parties.errors.birthDate',
    });
    // Chosen instead of a resident ID, the passport takes none of the number's facts and clears those it gave.
    const resident = withIdNumber(EMPTY_PARTY, '11010519491231002X');
    expect(withIdNumber(resident, '', 'passport')).toMatchObject({ idType: 'passport', idNumber: '', sex: '', birthDate: '' });
    expect(withIdNumber({ ...EMPTY_PARTY, idType: 'passport' }, 'E12345678')).toMatchObject({ sex: '', birthDate: '' });
    // The 2023 permanent-residence card is laid out like a resident ID and holds them too.
    expect(withIdNumber({ ...EMPTY_PARTY, idType: 'foreignPermanentResident' }, '911840198503150017')).toMatchObject({ sex: 'male', birthDate: '1985-03-15' });
  });

  it("takes 国籍 from a 2004–2017 permanent-residence card's letters, and asks again once the number no longer states it", () => {
    const card = { ...EMPTY_PARTY, idType: 'foreignPermanentResident' as const };
    expect(withIdNumber(card, 'usa110086012345')).toMatchObject({ nationality: 'US' });
    expect(withIdNumber(card, 'KOR440085071234')).toMatchObject({ nationality: 'KR' });
    // Half typed, the letters state nothing yet; and a picked nationality they once overrode is not brought back.
    expect(withIdNumber(withIdNumber(card, 'USA110086012345'), 'USA11008')).toMatchObject({ nationality: '' });
    expect(withIdNumber({ ...card, nationality: 'DE' }, 'FRA11')).toMatchObject({ nationality: 'DE' });
    // Letters no country has, CHN (the card is a foreigner's), and the 2023 card's digits state nothing.
    for (const idNumber of ['ZZZ110086012345', 'CHN110086012345', '911840198503150017'])
      expect(withIdNumber({ ...card, nationality: 'DE' }, idNumber)).toMatchObject({ nationality: 'DE' });
    // A passport's number never states it.
    expect(withIdNumber({ ...EMPTY_PARTY, idType: 'passport' }, 'USA110086012345')).toMatchObject({ nationality: '' });
  });

  // 国籍 where the document does not settle it; 民族 of a Chinese national only (a foreigner's complaint gives 国籍).
  it.each([
    ['passport', 'US', '', { nationality: 'US', ethnicity: null }, 'foreign'],
    ['passport', 'CN', '汉族', { nationality: 'CN', ethnicity: '汉族' }, 'chinese'],
    ['passport', '', '', { ethnicity: null }, 'unknown'],
    ['foreignPermanentResident', 'KR', '', { nationality: 'KR', ethnicity: null }, 'foreign'],
    // A resident ID's or a permit's holder is Chinese: no 国籍 is sent, whatever an old entry held.
    ['hkMacaoPermit', 'US', '汉族', { ethnicity: '汉族' }, 'chinese'],
    ['residentId', '', '回族', { ethnicity: '回族' }, 'chinese'],
  ] as const)('a %s holder of nationality "%s" goes to main as %o (%s)', (idType, nationality, ethnicity, sent, who) => {
    const party = { ...passportHolder, idType, idNumber: idType === 'hkMacaoPermit' ? 'H60123456' : passportHolder.idNumber, nationality, ethnicity };
    expect(nationalityOf(party)).toBe(who);
    const filed = filingPartiesOf(withPlaintiff(party))[0]!.party as Record<string, unknown>;
    expect({ nationality: filed.nationality, ethnicity: filed.ethnicity }).toEqual({ nationality: undefined, ...sent });
  });

  it('asks a passport holder their nationality, again when the document changes, and keeps it in the draft', () => {
    expect(validateParties(withPlaintiff({ ...passportHolder, nationality: '' }))).toEqual({ 'plaintiffs.0.nationality': 'parties.errors.nationality' });
    expect(validateParties(withPlaintiff({ ...passportHolder, idType: 'taiwanPermit', idNumber: '01234567', nationality: '' }))).toEqual({});
    expect(withIdNumber(passportHolder, '', 'foreignPermanentResident')).toMatchObject({ nationality: '' });
    expect(withIdNumber(passportHolder, 'E12345679')).toMatchObject({ nationality: 'US' });
    const saved = partiesFromDraft(
      JSON.parse(JSON.stringify({ plaintiffs: [passportHolder, { ...passportHolder, nationality: 'XX' }], defendants: [], thirdParties: [] })),
    );
    expect(saved?.plaintiffs.map((p) => p.nationality)).toEqual(['US', '']);
  });

  it("takes a relative agent's passport by its shape and sends its kind", () => {
    const agent = { ...EMPTY_AGENT, kind: 'relative' as const, name: '李明', phone: '13800001111', relationship: '父女', idType: 'passport' as const };
    expect(validateParties(withPlaintiff({ ...passportHolder, agent: { ...agent, idNumber: 'E12-345' } }))).toEqual({
      'plaintiffs.0.agent.idNumber': 'identity.errors.format.passport',
    });
    const filed = filingPartiesOf(withPlaintiff({ ...passportHolder, agent: { ...agent, idNumber: 'E12345678' } }))[0]!;
    expect(filed.agent).toMatchObject({ idType: 'passport', idNumber: 'E12345678' });
  });

  it('goes to main with its kind, and a draft without one is a resident ID', () => {
    expect(filingPartiesOf(withPlaintiff(passportHolder))[0]!.party).toMatchObject({
      idType: 'passport',
      idNumber: 'E12345678',
      sex: 'female',
      birthDate: '1958-06-01',
    });
    const saved = partiesFromDraft(JSON.parse(JSON.stringify({ plaintiffs: [passportHolder, { name: '旧稿' }], defendants: [], thirdParties: [] })));
    expect(saved?.plaintiffs.map((p) => p.idType)).toEqual(['passport', 'residentId']);
  });

  it("is the filer's too, typed on step 1 and carried to the parties with the sex and birth date asked there", () => {
    expect(validateApplicant({ name: 'Maria Lopez', idType: 'passport', idNumber: 'PA1234567', card: null })).toEqual({});
    expect(validateApplicant({ name: 'Maria Lopez', idType: 'passport', idNumber: 'PA-12', card: null })).toEqual({
      idNumber: 'identity.errors.format.passport',
    });
    expect(validateApplicant({ name: '李华', idType: 'residentId', idNumber: '1101', card: null })).toEqual({ idNumber: 'identity.errors.length' });
    const asked = { ...EMPTY_PARTY, sex: 'female' as const, birthDate: '1958-06-01' };
    expect(plaintiffFromApplicant({ name: 'Maria Lopez', idType: 'passport', idNumber: 'PA1234567', card: null }, asked)).toMatchObject({
      idType: 'passport',
      idNumber: 'PA1234567',
      sex: 'female',
      birthDate: '1958-06-01',
    });
  });

  it('reads a draft from before the kinds and the split card address as a resident ID with the address as the street', () => {
    const card = { sex: 'male', ethnicity: '汉', birthDate: '1955-02-10', address: '广东省江门市蓬江区港口路 16 号' };
    expect(applicantFromDraft({ name: '张建国', idNumber: '440703195502100012', card })).toEqual({
      name: '张建国',
      idType: 'residentId',
      idNumber: '440703195502100012',
      card: { ...card, address: { ...EMPTY_ADDRESS, street: '广东省江门市蓬江区港口路 16 号' } },
    });
  });
});

describe('民族', () => {
  it('is one of the 56 groups of GB/T 3304, 汉族 first, each once', () => {
    expect(ETHNIC_GROUPS).toHaveLength(56);
    expect(ETHNIC_GROUPS[0]?.name).toBe('汉族');
    expect(new Set(ETHNIC_GROUPS.map((group) => group.name)).size).toBe(56);
  });

  it("reads the card's word without 族 as the group", () => {
    expect(ethnicGroupOf('汉')?.name).toBe('汉族');
    expect(ethnicGroupOf('蒙古')?.name).toBe('蒙古族');
    expect(ethnicGroupOf('火星')).toBeNull();
    expect(filer.ethnicity).toBe('汉族');
  });
});

describe('a saved draft', () => {
  it('made before the area picker keeps its one-line address as the street', () => {
    const parties = partiesFromDraft({ plaintiffs: [], defendants: [{ name: '王强', address: '广东省示范市江海区五邑路 21 号' }], thirdParties: [] });
    expect(parties?.defendants[0]?.address).toEqual({ divisionCode: '', area: '', street: '广东省示范市江海区五邑路 21 号' });
  });

  it('keeps a picked area and the street', () => {
    const parties = partiesFromDraft(JSON.parse(JSON.stringify({ plaintiffs: [], defendants: [company], thirdParties: [] })));
    expect(parties?.defendants[0]?.address).toEqual(company.address);
  });
});
