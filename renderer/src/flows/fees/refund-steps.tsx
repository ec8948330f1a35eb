// Asking for court fees back (退费申请), as four steps of the desk: the case and why, the account to
// pay into, a read-back with the card number grouped as on the card, then the receipt to print. A
// refusal from main goes back to the screen of the field it is about, shown beside that field.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskErrorShape } from '../../../../contract';
import { callKiosk, errorShapeOf } from '../../kiosk';
import type { FlowValues, StepProps } from '../stepper/flow';
import { openStep } from './desk-step';
import { EMPTY_REFUND, fieldOf, STAGE_FIELDS, type RefundDraft, type RefundField, type RefundStage } from './refund-request';
import { RefundAccount, RefundCase, RefundConfirm } from './RefundScreens';
import { SubmittedPaper, type SubmittedKeys } from './SubmittedPaper';

const DONE: SubmittedKeys = {
  title: 'fees.refund.done.title',
  number: 'fees.refund.done.number',
  saved: 'fees.refund.done.saved',
  next: 'fees.refund.done.next',
  print: 'fees.refund.done.print',
  printing: 'fees.refund.done.printing',
  printed: 'fees.refund.done.printed',
  printFailed: 'fees.refund.done.printFailed',
};

/** One screen's part of the request, with main's refusal of one of its fields when it was sent back. */
export interface RefundPart {
  fields: Partial<RefundDraft>;
  refusal: { field: RefundField; error: KioskErrorShape } | null;
}

export const NO_REFUND_PART: RefundPart = { fields: {}, refusal: null };

const STEP_OF: Record<RefundStage, string> = { case: 'refund-case', account: 'refund-account' };

const partOf = (values: Readonly<FlowValues>, stage: RefundStage) => (values[STEP_OF[stage]] as RefundPart | undefined) ?? NO_REFUND_PART;

/** The whole request as the screens have it so far. */
const refundDraft = (values: Readonly<FlowValues>): RefundDraft => ({ ...EMPTY_REFUND, ...partOf(values, 'case').fields, ...partOf(values, 'account').fields });

/** The steps "what is your case" and "where to pay it back": each keeps the fields it asks for. */
function RefundPartStep({ stage, ...props }: StepProps<RefundPart> & { stage: RefundStage }) {
  const draft = refundDraft(props.values);
  const { refusal } = props.value;
  const edit = (changed: RefundDraft) => {
    const fields = Object.fromEntries(STAGE_FIELDS[stage].map((field) => [field, changed[field]]));
    // A changed field no longer carries main's refusal of its old value.
    const stillRefused = refusal && changed[refusal.field] === draft[refusal.field] ? refusal : null;
    props.onChange({ fields, refusal: stillRefused });
  };
  const Screen = stage === 'case' ? RefundCase : RefundAccount;
  return (
    <Screen draft={draft} onChange={edit} refusal={refusal} onNext={props.next} onBack={() => openStep(props, stage === 'case' ? 'desk' : 'refund-case')} />
  );
}

export const RefundCaseStep = (props: StepProps<RefundPart>) => <RefundPartStep {...props} stage="case" />;
export const RefundAccountStep = (props: StepProps<RefundPart>) => <RefundPartStep {...props} stage="account" />;

/** The read-back; its value is the receipt once main has taken the request. */
export function RefundConfirmStep(props: StepProps<{ receiptNo: string } | null>) {
  const draft = refundDraft(props.values);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<KioskErrorShape | null>(null);
  const submit = async () => {
    setSending(true);
    setError(null);
    try {
      const { reason, ...rest } = draft;
      const receipt = await callKiosk('fees.refund', { ...rest, caseNumber: draft.caseNumber.trim(), reason: reason! });
      props.onChange({ receiptNo: receipt.receiptNo });
      props.next();
    } catch (err) {
      const refused = errorShapeOf(err);
      const field = fieldOf(refused);
      if (!field) return setError(refused);
      const stage: RefundStage = STAGE_FIELDS.case.includes(field) ? 'case' : 'account';
      openStep(props, STEP_OF[stage], { [STEP_OF[stage]]: { ...partOf(props.values, stage), refusal: { field, error: refused } } });
    } finally {
      setSending(false);
    }
  };
  return <RefundConfirm draft={draft} sending={sending} error={error} onSubmit={() => void submit()} onEdit={() => openStep(props, 'refund-case')} />;
}

export function RefundDoneStep(props: StepProps<null>) {
  const { i18n } = useTranslation();
  const receipt = props.values['refund-confirm'] as { receiptNo: string } | null;
  const caseNumber = refundDraft(props.values).caseNumber.trim();
  if (!receipt) return null;
  return (
    <SubmittedPaper
      keys={DONE}
      receiptNo={receipt.receiptNo}
      print={() => callKiosk('print.refundReceipt', { receiptNo: receipt.receiptNo, caseNumber, language: i18n.language })}
    />
  );
}
