// Asking for court fees back (退费申请): the case and why, the account to pay into, a read-back
// with the card number grouped as on the card, then the receipt to print.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskErrorShape } from '../../../../contract';
import { callKiosk, errorShapeOf } from '../../kiosk';
import { RefundAccount, RefundCase, RefundConfirm } from './RefundScreens';
import { EMPTY_REFUND, fieldOf, STAGE_FIELDS, type RefundDraft, type RefundField, type RefundStage } from './refund-request';
import { SubmittedPaper, type SubmittedKeys } from './SubmittedPaper';

const DONE: SubmittedKeys = {
  title: 'feeDesk.refund.done.title',
  number: 'feeDesk.refund.done.number',
  saved: 'feeDesk.refund.done.saved',
  next: 'feeDesk.refund.done.next',
  print: 'feeDesk.refund.done.print',
  printing: 'feeDesk.refund.done.printing',
  printed: 'feeDesk.refund.done.printed',
  printFailed: 'feeDesk.refund.done.printFailed',
  finish: 'feeDesk.refund.done.finish',
};

type Stage = RefundStage | 'confirm' | { receiptNo: string };

export function RefundRequest({ onLeave }: { onLeave(): void }) {
  const { i18n } = useTranslation();
  const [stage, setStage] = useState<Stage>('case');
  const [draft, setDraft] = useState<RefundDraft>(EMPTY_REFUND);
  // A refusal from main, shown beside its field once the litigant is back on that screen.
  const [refusal, setRefusal] = useState<{ field: RefundField | null; error: KioskErrorShape } | null>(null);
  const [sending, setSending] = useState(false);

  const submit = async () => {
    setSending(true);
    setRefusal(null);
    try {
      const { reason, ...rest } = draft;
      const receipt = await callKiosk('fees.refund', { ...rest, caseNumber: draft.caseNumber.trim(), reason: reason! });
      setStage({ receiptNo: receipt.receiptNo });
    } catch (err) {
      const error = errorShapeOf(err);
      const field = fieldOf(error);
      setRefusal({ field, error });
      if (field) setStage(STAGE_FIELDS.case.includes(field) ? 'case' : 'account');
    } finally {
      setSending(false);
    }
  };
  const edit = (next: RefundDraft) => {
    // A changed field no longer carries main's refusal of its old value.
    if (refusal?.field && next[refusal.field] !== draft[refusal.field]) setRefusal(null);
    setDraft(next);
  };
  const fieldError = refusal?.field ? { field: refusal.field, error: refusal.error } : null;

  if (typeof stage === 'object') {
    return (
      <SubmittedPaper
        keys={DONE}
        receiptNo={stage.receiptNo}
        print={() => callKiosk('print.refundReceipt', { receiptNo: stage.receiptNo, caseNumber: draft.caseNumber.trim(), language: i18n.language })}
      />
    );
  }
  if (stage === 'case') return <RefundCase draft={draft} onChange={edit} refusal={fieldError} onNext={() => setStage('account')} onBack={onLeave} />;
  if (stage === 'account') return <RefundAccount draft={draft} onChange={edit} refusal={fieldError} onNext={() => setStage('confirm')} onBack={() => setStage('case')} />;
  return <RefundConfirm draft={draft} sending={sending} error={refusal && !refusal.field ? refusal.error : null} onSubmit={() => void submit()} onEdit={() => setStage('case')} />;
}
