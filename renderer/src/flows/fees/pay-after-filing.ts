// From a filing receipt straight to paying its fee: the fee desk opened at the notice lookup with the
// receipt number and the filer's ID handed over in memory (the desk keeps no draft), so the litigant
// types neither again.
import type { Route } from '../../app/router';
import type { NoticeSearch } from './payment-steps';

export function payAfterFiling(receiptNo: string, filerIdNumber: string): Route {
  // A receipt number goes where a case number would: main tells the two apart by their form.
  const search: NoticeSearch = { query: { caseNumber: receiptNo, payerIdNumber: filerIdNumber }, notice: null };
  return { page: 'service', service: 'fees', opening: { stepId: 'pay-lookup', values: { desk: 'pay', 'pay-lookup': search } } };
}
