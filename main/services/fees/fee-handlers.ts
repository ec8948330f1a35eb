// The fee area over the contract: quotes and estimates, relief and refunds, paying a notice, and
// the papers of each.
import type { TerminalConfig } from '../../../contract';
import { requireCaseNumber } from '../cases/case-number';
import type { Clock } from '../clock';
import { handlerSet } from '../handler-table';
import { requireAnyIdDocument } from '../identity/identity-documents';
import type { PrintService } from '../printing/print-service';
import type { ReceiptService } from '../receipts/receipt-service';
import { assistedField } from '../staff/assisted';
import type { FeeApplications } from './fee-applications';
import { parseFeeRequest, quoteFee } from './fee-calculator';
import { estimateFee } from './fee-estimate';
import { feeKinds } from './fee-kinds';
import type { FeePapers } from './fee-papers';
import { screenFeeRelief } from './fee-relief';
import type { NoticeRef, PaymentService } from './payment-service';
import { isFilingReceiptNo } from '../outbox/receipt-numbers';
import { paymentVoucherInput } from './payment-voucher-input';
import { smallClaimsEligibility } from './small-claims';

export interface FeeHandlerDeps {
  clock: Clock;
  config: () => Promise<TerminalConfig>;
  payments: PaymentService;
  feeApplications: FeeApplications;
  feePapers: FeePapers;
  receipts: ReceiptService;
  printing: PrintService;
}

export function feeHandlers({ clock, config, payments, feeApplications, feePapers, receipts, printing }: FeeHandlerDeps) {
  // A notice is asked for by case number, or a filing receipt number of this terminal, and the payer:
  // both checked (and a case number parsed) before the court is. The payer may hold any accepted
  // document; its number is normalised as the filing stored it, which the court matches it against.
  const noticeQuery = (caseNumber: string, payerIdNumber: string) => {
    const now = clock.now();
    const ref: NoticeRef = isFilingReceiptNo(caseNumber.trim()) ? { filingReceiptNo: caseNumber.trim() } : { caseNumber: requireCaseNumber(caseNumber, now) };
    return [ref, requireAnyIdDocument(payerIdNumber, now)] as const;
  };
  return handlerSet({
    'fees.quote': async (input) => {
      const { fees } = await config();
      return quoteFee(parseFeeRequest(input), fees.bases, fees.practice);
    },
    'fees.smallClaims': async ({ amount, exclusions }) => smallClaimsEligibility(amount, (await config()).fees, exclusions),
    'fees.kinds': async () => ({ kinds: feeKinds() }),
    'fees.estimate': async ({ kind, amount }) => estimateFee(kind, amount, (await config()).fees),
    'fees.reliefScreen': async ({ naturalPerson, grounds }) => screenFeeRelief(naturalPerson, grounds),
    'fees.reliefApply': (request) => feeApplications.applyForRelief(request),
    'fees.refund': (request) => feeApplications.refund(request),
    'fees.findNotice': ({ caseNumber, payerIdNumber }) => payments.findNotice(...noticeQuery(caseNumber, payerIdNumber)),
    'fees.pay': ({ caseNumber, payerIdNumber, method }) => payments.start(...noticeQuery(caseNumber, payerIdNumber), method),
    'fees.payment': ({ paymentId }) => payments.get(paymentId),
    'fees.cancelPayment': ({ paymentId }) => payments.cancel(paymentId),
    'print.paymentVoucher': async ({ paymentId, caseNumber, payerIdNumber, language }) => {
      const payment = await payments.get(paymentId);
      const notice = await payments.paidNotice(paymentId, ...noticeQuery(caseNumber, payerIdNumber));
      const voucher = { ...paymentVoucherInput(payment, notice, language), ...assistedField(await payments.assistedBy(paymentId)) };
      return printing.submit(await receipts.render('payment-voucher', voucher, { language }));
    },
    'print.feeEstimate': (request) => feePapers.estimate(request),
    'print.refundReceipt': (request) => feePapers.refundReceipt(request),
    'print.reliefApplication': (request) => feePapers.reliefApplication(request),
  });
}
