// From a filing receipt straight to paying its fee: the fee desk opened at the notice lookup with the
// receipt number and a plaintiff's document number handed over in memory (the desk keeps no draft),
// so the litigant types neither again.
import type { Route } from '../../app/router';
import type { PartyEntry } from '../filing/parties';
import type { NoticeSearch } from './payment-steps';

/**
 * The number the court finds a case's fee notice by: a plaintiff's document, never an agent's (the
 * court refuses it) — the first natural person among the plaintiffs with a number, the filer when
 * they are one. '' when none has one (a company's case): the lookup then asks for it.
 */
export function payerIdNumberOf(plaintiffs: readonly PartyEntry[]): string {
  return plaintiffs.find((plaintiff) => plaintiff.kind === 'person' && plaintiff.idNumber.trim() !== '')?.idNumber.trim() ?? '';
}

export function payAfterFiling(receiptNo: string, plaintiffs: readonly PartyEntry[]): Route {
  // A receipt number goes where a case number would: main tells the two apart by their form.
  const search: NoticeSearch = { query: { caseNumber: receiptNo, payerIdNumber: payerIdNumberOf(plaintiffs) }, notice: null };
  return { page: 'service', service: 'fees', opening: { stepId: 'pay-lookup', values: { desk: 'pay', 'pay-lookup': search } } };
}
