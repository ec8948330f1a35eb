// The filing screens' side of a complaint: the parties as typed become the contract's FilingParty
// list, main's problems find their way back to the field on screen, and an element asked only on
// a branch is neither required nor filed once the branch is closed.
import { describe, expect, it } from 'vitest';
import { validateElements, askedAnswers, type ElementAnswers } from '../../../renderer/src/flows/filing/elements';
import { EMPTY_AGENT, EMPTY_PARTY, filingPartiesOf, plaintiffFromApplicant, validateParties, type Parties } from '../../../renderer/src/flows/filing/parties';
import { partyProblems } from '../../../renderer/src/flows/filing/problems';

const filer = plaintiffFromApplicant(
  { name: '张建国', idNumber: '440703195502100012', card: { sex: 'male', ethnicity: '汉', birthDate: '1955-02-10', address: '示范市港口路 16 号' } },
  { ...EMPTY_PARTY, phone: '13912345678' },
);
const company = {
  ...EMPTY_PARTY,
  kind: 'organisation' as const,
  name: '示范市安居物业服务有限公司',
  creditCode: '91440704MA4W1234K7',
  representative: '陈志明',
  address: '滨江路 88 号',
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
    expect(filer).toMatchObject({ kind: 'person', name: '张建国', sex: 'male', birthDate: '1955-02-10', address: '示范市港口路 16 号', phone: '13912345678' });
  });

  it("become the contract's parties: unknowns null, an agent's powers only under special authority", () => {
    const [plaintiff, defendant] = filingPartiesOf(parties);
    expect(plaintiff).toMatchObject({
      id: 'plaintiff1',
      role: 'plaintiff',
      party: { kind: 'person', ethnicity: '汉', idNumber: '440703195502100012' },
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
        address: '滨江路 88 号',
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
        defendants: [{ ...company, address: '', representative: '' }],
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
