// Estimating a court fee: the kind of case, the amount claimed when the fee depends on it, then
// the estimate explained.
import { useState } from 'react';
import type { CaseType, FeeKind } from '../../../../preload/contract';
import { CaseTypePicker } from './CaseTypePicker';
import { ClaimAmountEntry } from './ClaimAmountEntry';
import { FeeEstimate } from './FeeEstimate';

/** Kinds charged by the amount claimed (Art 13(1), (3)); the rest are charged per case. */
const CHARGED_BY_AMOUNT: ReadonlySet<FeeKind> = new Set(['property', 'ip']);

type Stage = { at: 'caseType' } | { at: 'amount'; caseType: CaseType } | { at: 'estimate'; caseType: CaseType; amount: string | null };

export function FeeEstimator({ onLeave }: { onLeave(): void }) {
  const [stage, setStage] = useState<Stage>({ at: 'caseType' });
  const [amount, setAmount] = useState('');
  const restart = () => {
    setAmount('');
    setStage({ at: 'caseType' });
  };

  if (stage.at === 'caseType') {
    return (
      <CaseTypePicker
        onLeave={onLeave}
        onPick={(caseType) => setStage(CHARGED_BY_AMOUNT.has(caseType.feeKind) ? { at: 'amount', caseType } : { at: 'estimate', caseType, amount: null })}
      />
    );
  }
  if (stage.at === 'amount') {
    return (
      <ClaimAmountEntry
        caseType={stage.caseType}
        value={amount}
        onChange={setAmount}
        onBack={restart}
        onDone={() => setStage({ at: 'estimate', caseType: stage.caseType, amount })}
      />
    );
  }
  return (
    <FeeEstimate
      caseType={stage.caseType}
      amount={stage.amount}
      onChangeAmount={stage.amount === null ? null : () => setStage({ at: 'amount', caseType: stage.caseType })}
      onRestart={restart}
    />
  );
}
