// What the payment voucher (receipts/documents/payment-voucher.ts) prints for a confirmed payment:
// the payment's own record plus the notice it paid, so the voucher lists what the money was for.
import type { FeeNotice, Payment } from '../../../contract';
import { KioskError } from '../errors';

export function paymentVoucherInput(payment: Payment, notice: FeeNotice, language: string) {
  // Only a payment the court has confirmed has a voucher; the notice must be the one it paid.
  if (payment.state !== 'confirmed' || !payment.voucherNo) throw new KioskError('NOT_CONFIRMED', 'fees.payment.errors.notConfirmed', { state: payment.state });
  if (notice.noticeNo !== payment.noticeNo) throw new KioskError('PAYMENT_NOT_FOUND', 'fees.payment.errors.notFound');
  return {
    voucherNo: payment.voucherNo,
    caseNumber: notice.caseNumber,
    noticeNo: notice.noticeNo,
    payerName: notice.payerName,
    items: notice.items.map((item) => ({ label: item.label[language] ?? item.label['zh-CN'], amountFen: item.amountFen })),
    totalFen: payment.amountFen,
    method: payment.method,
    // The court's reference once it has booked the payment; the voucher number until then.
    transactionRef: payment.courtRef ?? payment.voucherNo,
    paidAt: payment.updatedAt,
  };
}
