// Problems main finds in a filing (filing.preview) point into the contract's draft, e.g.
// parties.1.party.idNumber; the screens name fields their own way, e.g. defendants.0.idNumber.
import type { FilingProblem } from '../../../../contract';
import type { FieldErrors } from '../stepper/flow';
import { partyOrder, type Parties } from './parties';

/** Problems of the parties, keyed as PartyForm names its fields, split into errors and warnings. */
export function partyProblems(problems: readonly FilingProblem[], parties: Parties): { errors: FieldErrors; warnings: FieldErrors } {
  const order = partyOrder(parties);
  const errors: FieldErrors = {};
  const warnings: FieldErrors = {};
  for (const problem of problems) {
    const match = /^parties\.(\d+)\.(party|agent)\.(\w+)$/.exec(problem.path);
    const entry = match ? order[Number(match[1])] : undefined;
    if (!match || !entry) continue;
    const key = `${entry.role}.${entry.index}.${match[2] === 'agent' ? 'agent.' : ''}${match[3]}`;
    (problem.severity === 'error' ? errors : warnings)[key] = problem.messageKey;
  }
  return { errors, warnings };
}
