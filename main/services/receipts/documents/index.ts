// Every document kind the kiosk prints, by the name the contract and the CLI use.
import type { ReceiptKind } from '../../../../contract';
import { complaint } from './complaint';
import { feeEstimate } from './fee-estimate';
import type { ReceiptDocument } from './document';
import { filingBundle } from './filing-bundle';
import { filingReceipt } from './filing-receipt';
import { helperGuide } from './helper-guide';
import { mediationApplication } from './mediation-application';
import { mediationReceipt } from './mediation-receipt';
import { paymentVoucher } from './payment-voucher';
import { queueTicket } from './queue-ticket';
import { refundReceipt } from './refund-receipt';
import { reliefApplication } from './relief-application';
import { riskNotice } from './risk-notice';
import { riskReport } from './risk-report';

export const RECEIPT_DOCUMENTS: Record<ReceiptKind, ReceiptDocument> = {
  'filing-receipt': filingReceipt,
  complaint,
  'filing-bundle': filingBundle,
  'risk-report': riskReport,
  'risk-notice': riskNotice,
  'payment-voucher': paymentVoucher,
  'mediation-application': mediationApplication,
  'mediation-receipt': mediationReceipt,
  'queue-ticket': queueTicket,
  'fee-estimate': feeEstimate,
  'refund-receipt': refundReceipt,
  'relief-application': reliefApplication,
  'helper-guide': helperGuide,
};
