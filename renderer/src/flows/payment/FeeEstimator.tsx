// Estimating a court fee: the kind of case, the amount claimed when the fee schedule prices it by
// the amount (fees.kinds says which), then the estimate explained.
import { useEffect, useState } from 'react';
import type { CaseType } from '../../../../contract';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useKiosk } from '../../kiosk';
import { CaseTypePicker } from './CaseTypePicker';
import { ClaimAmountEntry } from './ClaimAmountEntry';
import { FeeEstimate } from './FeeEstimate';
import type { AmountNeed } from './fee-estimate';

type Stage =
  | { at: 'caseType' }
  | { at: 'amount'; caseType: CaseType; need: Exclude<AmountNeed, 'none'> }
  | { at: 'estimate'; caseType: CaseType; need: AmountNeed; amount: string | null };

export function FeeEstimator({ onLeave }: { onLeave(): void }) {
  const [stage, setStage] = useState<Stage>({ at: 'caseType' });
  const [amount, setAmount] = useState('');
  const kinds = useKiosk('fees.kinds');
  const { run } = kinds;
  useEffect(() => {
    void run({});
  }, [run]);
  const restart = () => {
    setAmount('');
    setStage({ at: 'caseType' });
  };
  const pick = (caseType: CaseType) => {
    const need = kinds.value?.kinds.find((k) => k.kind === caseType.feeKind)?.amount;
    if (need === undefined) return;
    setStage(need === 'none' ? { at: 'estimate', caseType, need, amount: null } : { at: 'amount', caseType, need });
  };

  if (stage.at === 'caseType') {
    return (
      <>
        <ErrorBanner error={kinds.error} />
        <CaseTypePicker onLeave={onLeave} onPick={pick} />
      </>
    );
  }
  if (stage.at === 'amount') {
    const { caseType, need } = stage;
    return (
      <ClaimAmountEntry
        caseType={caseType}
        need={need}
        value={amount}
        onChange={setAmount}
        onBack={restart}
        onDone={(claimed) => setStage({ at: 'estimate', caseType, need, amount: claimed })}
      />
    );
  }
  const { caseType, need } = stage;
  return (
    <FeeEstimate
      caseType={caseType}
      amount={stage.amount}
      onChangeAmount={need === 'none' ? null : () => setStage({ at: 'amount', caseType, need })}
      onRestart={restart}
    />
  );
}
