// Which risk-interview answer (resources/risk/rule-set.v1.json) fills which complaint element
// (resources/filing/elements/<type>.json), per case type. Only answers that mean the same thing in
// both are listed: the risk "amount in dispute" is a loan's principal, but not a lease's deposit.
// `values` renames choice answers where the two sets word the same choice differently.

export interface CarriedAnswer {
  element: string;
  values?: Record<string, string>;
}

export const RISK_TO_ELEMENTS: Record<string, Record<string, CarriedAnswer>> = {
  private_lending: {
    claimAmount: { element: 'principal' },
    loanDate: { element: 'loanDate' },
    interestAgreed: { element: 'interestAgreed' },
    interestRate: { element: 'agreedRate' },
    dueDate: { element: 'dueDate' },
    guarantee: { element: 'hasGuarantee' },
    lastDemandDate: { element: 'demandDate' },
  },
  property_service: {
    propertyRole: { element: 'plaintiffRole', values: { company: 'manager', owner: 'owner' } },
    claimAmount: { element: 'unpaidFees' },
    oldestUnpaidDate: { element: 'periodFrom' },
    lastDemandDate: { element: 'demandDate' },
  },
  sales_contract: {
    role: { element: 'plaintiffRole', values: { seller: 'seller', buyer: 'buyer' } },
    paymentDueDate: { element: 'paymentDueDate' },
  },
  labour: {
    employmentEndDate: { element: 'endDate' },
  },
  traffic_accident: {
    accidentDate: { element: 'accidentDate' },
  },
  housing_lease: {
    leaseRole: { element: 'plaintiffRole', values: { landlord: 'landlord', tenant: 'tenant' } },
    rentDueDate: { element: 'unpaidFrom' },
  },
  financial_loan: {
    loanDueDate: { element: 'dueDate' },
  },
  online_shopping: {
    purchaseDate: { element: 'orderDate' },
  },
};
