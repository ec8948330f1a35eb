// Estimating a court fee, as three steps of the desk: the kind of case, the amount claimed when the
// fee schedule prices it by the amount (fees.kinds says which; the step is passed over otherwise),
// then the estimate explained.
import { useEffect } from 'react';
import type { CaseType } from '../../../../contract';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useKiosk } from '../../kiosk';
import type { FlowValues, StepProps } from '../stepper/flow';
import { CaseTypePicker } from './CaseTypePicker';
import { ClaimAmountEntry } from './ClaimAmountEntry';
import { openStep } from './desk-step';
import { FeeEstimate } from './FeeEstimate';
import type { AmountNeed } from './fee-estimate';

export interface ChosenCaseType {
  caseType: CaseType;
  need: AmountNeed;
}

/** What was typed on the keypad, and the amount the estimate is for (null: none given). */
export interface ClaimAmount {
  typed: string;
  amount: string | null;
}

export const NO_AMOUNT: ClaimAmount = { typed: '', amount: null };

export const chosenCaseType = (values: Readonly<FlowValues>) => (values['estimate-type'] as ChosenCaseType | null | undefined) ?? null;

export function CaseTypeStep(props: StepProps<ChosenCaseType | null>) {
  const kinds = useKiosk('fees.kinds');
  const { run } = kinds;
  useEffect(() => {
    void run({});
  }, [run]);
  const pick = (caseType: CaseType) => {
    const need = kinds.value?.kinds.find((k) => k.kind === caseType.feeKind)?.amount;
    if (need === undefined) return;
    props.onChange({ caseType, need });
    props.next();
  };
  return (
    <>
      <ErrorBanner error={kinds.error} />
      <CaseTypePicker onLeave={() => openStep(props, 'desk')} onPick={pick} />
    </>
  );
}

export function AmountStep(props: StepProps<ClaimAmount>) {
  const chosen = chosenCaseType(props.values);
  if (!chosen || chosen.need === 'none') return null;
  const done = (amount: string | null) => {
    props.onChange({ ...props.value, amount });
    props.next();
  };
  return (
    <ClaimAmountEntry
      caseType={chosen.caseType}
      need={chosen.need}
      value={props.value.typed}
      onChange={(typed) => props.onChange({ ...props.value, typed })}
      onBack={() => openStep(props, 'estimate-type')}
      onDone={done}
    />
  );
}

export function EstimateStep(props: StepProps<null>) {
  const chosen = chosenCaseType(props.values);
  if (!chosen) return null;
  const amount = chosen.need === 'none' ? null : ((props.values['estimate-amount'] as ClaimAmount | undefined)?.amount ?? null);
  return (
    <FeeEstimate
      caseType={chosen.caseType}
      amount={amount}
      onChangeAmount={chosen.need === 'none' ? null : () => openStep(props, 'estimate-amount')}
      onRestart={() => openStep(props, 'estimate-type', { 'estimate-type': null, 'estimate-amount': NO_AMOUNT })}
    />
  );
}
