// Problems main finds in a filing (filing.preview) point into the contract's draft, e.g.
// parties.1.party.idNumber; the screens name fields their own way, e.g. defendants.0.idNumber.
import type { FilingProblem } from '../../../../contract';
import type { FieldErrors } from '../stepper/flow';
import { partyOrder, type Parties, type PartyRole } from './parties';

/** Where main's path points among the parties, as the screens name them: the role, its index, and the field. */
function partyOf(path: string, parties: Parties): { role: PartyRole; index: number; agent: boolean; field: string } | null {
  const match = /^parties\.(\d+)\.(party|agent)\.(\w+)$/.exec(path);
  const entry = match ? partyOrder(parties)[Number(match[1])] : undefined;
  return match && entry ? { role: entry.role, index: entry.index, agent: match[2] === 'agent', field: match[3]! } : null;
}

/**
 * What a problem is about, in the read-back's words — 原告 1 · 民族 — or null when it is not a party's
 * field: "请填写这一项" alone does not say which item, and the read-back lists the problems of every step.
 */
export function problemSubject(path: string, parties: Parties): { role: PartyRole; index: number; field: string } | null {
  const found = partyOf(path, parties);
  return found && !found.agent ? { role: found.role, index: found.index, field: found.field } : null;
}

/** Problems of the parties, keyed as PartyForm names its fields, split into errors and warnings. */
export function partyProblems(problems: readonly FilingProblem[], parties: Parties): { errors: FieldErrors; warnings: FieldErrors } {
  const errors: FieldErrors = {};
  const warnings: FieldErrors = {};
  for (const problem of problems) {
    const found = partyOf(problem.path, parties);
    if (!found) continue;
    const key = `${found.role}.${found.index}.${found.agent ? 'agent.' : ''}${found.field}`;
    (problem.severity === 'error' ? errors : warnings)[key] = problem.messageKey;
  }
  return { errors, warnings };
}
