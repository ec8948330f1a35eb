// What the printed papers of a fee application say, built from the submission as it was queued for
// the court, so the paper and what the court receives can never differ.
import type { MethodInput } from '../../../contract';
import type { Translate } from '../i18n/translator';
import { RELIEF_GROUNDS } from './fee-relief.data';
import { screenFeeRelief } from './fee-relief';

export type RefundSubmission = MethodInput<'fees.refund'>;
export type ReliefSubmission = MethodInput<'fees.reliefApply'>;

export function refundReceiptInput(refund: RefundSubmission, receiptNo: string, submittedAt: string) {
  return {
    receiptNo,
    caseNumber: refund.caseNumber,
    reason: refund.reason,
    accountHolder: refund.accountHolder,
    bankName: refund.bankName,
    bankCardEnding: refund.bankCardNumber.slice(-4),
    submittedAt,
  };
}

/** `t` reads the fee-relief namespace in the document's language. Only the grounds for the relief asked are argued. */
export function reliefApplicationInput(relief: ReliefSubmission, receiptNo: string, signedOn: string, t: Translate) {
  const grounds = relief.grounds.filter((g) => RELIEF_GROUNDS[g].relief === relief.relief);
  // An organisation applies by its credit code (Art 44: deferral and reduction only).
  const option = screenFeeRelief(relief.applicant.idType !== 'creditCode', grounds).options.find((o) => o.relief === relief.relief)!;
  return {
    receiptNo,
    caseNumber: relief.caseNumber,
    applicant: relief.applicant,
    relief: relief.relief,
    minimumPercent: option.minimumPercent ?? null,
    situations: grounds.map((g) => t(`fees.relief.grounds.${g}.legal`)),
    articles: option.articles,
    proof: [...new Set(grounds.flatMap((g) => RELIEF_GROUNDS[g].proof))].map((p) => t(`fees.relief.proof.${p}`)),
    signedOn,
  };
}
