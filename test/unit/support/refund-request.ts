// A refund request that goes into the outbox as a submission: the audit tests use it to make the
// terminal deliver something, and so send its audit head to the court.
import type { MethodInput } from '../../../contract';

export const REFUND_REQUEST = {
  caseNumber: '（2026）粤0703民初1234号',
  reason: 'withdrawn',
  accountHolder: '张建国',
  bankCardNumber: '6222 0212 3456 7894',
  bankName: '中国工商银行',
  phone: '13800138000',
} satisfies MethodInput<'fees.refund'>;
