// Which risk-interview answer (resources/risk/rule-set.v1.json) fills which complaint element
// (resources/filing/elements), per case type. Only answers that mean the same thing in both are
// listed: e.g. the risk "amount in dispute" is the loan's principal, but not a lease's deposit.

export const RISK_TO_ELEMENTS: Record<string, Record<string, string>> = {
  private_lending: {
    claimAmount: 'principal',
    loanDate: 'loanDate',
    interestRate: 'interestRate',
    dueDate: 'dueDate',
    guarantee: 'guarantee',
    lastDemandDate: 'lastDemandDate',
  },
  property_service: {
    claimAmount: 'unpaidFees',
    oldestUnpaidDate: 'unpaidFrom',
    lastDemandDate: 'lastDemandDate',
  },
};
