// The read-back names what each of main's problems is about (原告 1 · 民族), since it lists the
// problems of every step together and "请填写这一项" alone does not say which item.
import { describe, expect, it } from 'vitest';
import { EMPTY_PARTY, type Parties } from '../../../renderer/src/flows/filing/parties';
import { problemSubject } from '../../../renderer/src/flows/filing/problems';

const parties: Parties = {
  plaintiffs: [{ ...EMPTY_PARTY, name: '张建国' }],
  defendants: [
    { ...EMPTY_PARTY, name: '王强' },
    { ...EMPTY_PARTY, name: '李明' },
  ],
  thirdParties: [],
};

describe('problemSubject', () => {
  it("finds the party and field of main's path, counted as the screens count them", () => {
    expect(problemSubject('parties.0.party.ethnicity', parties)).toEqual({ role: 'plaintiffs', index: 0, field: 'ethnicity' });
    expect(problemSubject('parties.2.party.address', parties)).toEqual({ role: 'defendants', index: 1, field: 'address' });
  });

  it('names nothing for a path outside the parties, an agent, or a party that is not there', () => {
    expect(problemSubject('answers.principal', parties)).toBeNull();
    expect(problemSubject('parties.0.agent.licenceNo', parties)).toBeNull();
    expect(problemSubject('parties.3.party.name', parties)).toBeNull();
  });
});
